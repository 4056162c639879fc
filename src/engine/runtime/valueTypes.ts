// Small .NET value types scripts use: System.Guid, System.Version, TimeSpan parsing.

import { randomUUID } from 'node:crypto';
import { conversionError, isNull, toStr, type SelfComparing } from './convert.js';
import { TimeSpan } from './values.js';

/** System.Guid: shown as lower-case `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`. */
export class GuidValue {
  readonly typeName = 'System.Guid';
  constructor(readonly value: string) {}
  static newGuid(): GuidValue {
    return new GuidValue(randomUUID());
  }
  static parse(v: unknown): GuidValue {
    if (v instanceof GuidValue) return v;
    const s = toStr(v).trim().replace(/^[{(]|[})]$/g, '');
    const compact = /^[0-9a-f]{32}$/i.test(s) ? s.replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5') : s;
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(compact)) {
      throw conversionError(v, 'System.Guid', 'Guid should contain 32 digits with 4 dashes (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).', 'InvalidCastParseTargetInvocation');
    }
    return new GuidValue(compact.toLowerCase());
  }
  toString(): string {
    return this.value;
  }
}

/** System.Version: Major.Minor[.Build[.Revision]]; missing parts are -1 as in .NET. */
export class VersionValue implements SelfComparing {
  readonly typeName = 'System.Version';
  constructor(
    readonly major: number,
    readonly minor: number,
    readonly build = -1,
    readonly revision = -1,
  ) {}
  static parse(v: unknown): VersionValue {
    if (v instanceof VersionValue) return v;
    const s = isNull(v) ? '' : toStr(v).trim();
    const m = /^(\d+)\.(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(s);
    if (!m) throw conversionError(v, 'System.Version', 'Version string portion was too short or too long.', 'InvalidCastParseTargetInvocation');
    return new VersionValue(Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : -1, m[4] ? Number(m[4]) : -1);
  }
  compare(o: VersionValue): number {
    const a = [this.major, this.minor, this.build, this.revision];
    const b = [o.major, o.minor, o.build, o.revision];
    for (let i = 0; i < 4; i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
    return 0;
  }
  /** `-gt`, `-lt` … with a version on the left: the right side is read as a version. */
  compareTo(other: unknown): number {
    return this.compare(VersionValue.parse(other));
  }
  toString(): string {
    return [this.major, this.minor, this.build, this.revision].filter((n) => n >= 0).join('.');
  }
}

/** `d.hh:mm:ss[.fffffff]`, `hh:mm[:ss]`, or a day count. */
export function parseTimeSpan(text: string): TimeSpan | undefined {
  const m = /^\s*(-)?(?:(\d+)\.)?(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:\.(\d{1,7}))?)?\s*$/.exec(text);
  if (m) {
    const ticks =
      Number(m[2] ?? 0) * 864e9 + Number(m[3]) * 36e9 + Number(m[4]) * 6e8 + Number(m[5] ?? 0) * 1e7 + Number((m[6] ?? '0').padEnd(7, '0'));
    return new TimeSpan(m[1] ? -ticks : ticks);
  }
  const d = /^\s*(-?\d+)\s*$/.exec(text);
  if (d) return new TimeSpan(Number(d[1]) * 864e9);
  return undefined;
}

/** A type literal used as a value: `[string]`, `$t = [int]`. */
export class TypeValue {
  readonly typeName = 'System.RuntimeType';
  constructor(
    readonly fullName: string,
    /** The ResolvedType from types.ts (kept loose here to avoid an import cycle). */
    readonly resolved: unknown,
  ) {}
  get name(): string {
    return this.fullName.split('.').pop() ?? this.fullName;
  }
  toString(): string {
    return this.fullName;
  }
}

/** `[ref]$x`: a reference to a variable (or a boxed value) that methods like TryParse write through. */
export class RefValue {
  readonly typeName = 'System.Management.Automation.PSReference';
  constructor(
    private boxed: unknown,
    private readonly getter?: () => unknown,
    private readonly setter?: (v: unknown) => void,
  ) {}
  get value(): unknown {
    return this.getter ? this.getter() : this.boxed;
  }
  set(v: unknown): void {
    if (this.setter) this.setter(v);
    else this.boxed = v;
  }
  toString(): string {
    return 'System.Management.Automation.PSReference';
  }
}
