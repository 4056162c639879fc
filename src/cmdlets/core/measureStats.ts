// Measure-Object's running statistics: each input object is counted as it arrives, so measuring 100k
// objects keeps none of them.

import type { CmdletContext } from '../../engine/cmdlet.js';
import { toNumber, toStr } from '../../engine/runtime/convert.js';
import { PSObject } from '../../engine/runtime/values.js';
import { safeCompare } from './select.js';

function numeric(v: unknown): number | undefined {
  // Objects never convert (and building the conversion error for each of 100k objects is slow).
  if (v === null || v === undefined || v instanceof PSObject || v instanceof Date) return undefined;
  try {
    return typeof v === 'number' ? v : toNumber(v, 'System.Double');
  } catch {
    return undefined;
  }
}

/** How a measured property is looked up on an input (the caller's member lookup). */
export interface PropertyAccess {
  has(o: unknown, name: string): boolean;
  get(o: unknown, name: string): unknown;
}

export interface MeasureStats {
  add(o: unknown): void;
  /** The result object, or undefined after writing the error that replaces it. */
  result(ctx: CmdletContext): PSObject | undefined;
}

/** Count, Sum, Average, Maximum, Minimum of the inputs (or of one of their properties). */
export class GenericStats implements MeasureStats {
  private inputs = 0;
  private count = 0;
  private sum = 0;
  private numbers = 0;
  private firstNonNumeric: { value: unknown } | undefined;
  private numericMax: number | undefined;
  private numericMin: number | undefined;
  /** Extremes in PowerShell's ordering, for inputs that are not all numbers. */
  private orderedMax: { value: unknown } | undefined;
  private orderedMin: { value: unknown } | undefined;

  constructor(
    private readonly params: Record<string, unknown>,
    private readonly property: string | undefined,
    private readonly access: PropertyAccess,
  ) {}

  add(o: unknown): void {
    this.inputs++;
    if (this.property !== undefined && !this.access.has(o, this.property)) return;
    const value = this.property === undefined ? o : this.access.get(o, this.property);
    this.count++;
    const n = numeric(value);
    if (n === undefined) this.firstNonNumeric ??= { value };
    else {
      this.numbers++;
      this.sum += n;
      this.numericMax = this.numericMax === undefined ? n : Math.max(this.numericMax, n);
      this.numericMin = this.numericMin === undefined ? n : Math.min(this.numericMin, n);
    }
    if (this.params.Maximum || this.params.Minimum) this.order(value);
  }

  /** A stable sort's last and first: a later equal value replaces the maximum, an earlier one keeps the minimum. */
  private order(value: unknown): void {
    if (!this.orderedMax || safeCompare(value, this.orderedMax.value) >= 0) this.orderedMax = { value };
    if (!this.orderedMin || safeCompare(value, this.orderedMin.value) < 0) this.orderedMin = { value };
  }

  result(ctx: CmdletContext): PSObject | undefined {
    const p = this.params;
    if (this.property !== undefined && this.count === 0 && this.inputs > 0) {
      ctx.writeError({
        message: `The property "${this.property}" cannot be found in the input for any objects.`,
        errorId: 'GenericMeasurePropertyNotFound',
        category: 'InvalidArgument',
        targetObject: this.property,
        exceptionType: 'System.Management.Automation.PSArgumentException',
      });
      return undefined;
    }
    if ((p.Sum || p.Average) && this.firstNonNumeric) {
      const bad = this.firstNonNumeric.value;
      ctx.writeError({
        message: `Input object "${toStr(bad)}" is not numeric.`,
        errorId: 'NonNumericInputObject',
        category: 'InvalidType',
        targetObject: bad,
        exceptionType: 'System.Management.Automation.PSInvalidOperationException',
      });
    }
    const allNumeric = this.numbers === this.count;
    const extreme = (max: boolean) => {
      if (this.count === 0) return null;
      if (allNumeric) return max ? this.numericMax : this.numericMin;
      return (max ? this.orderedMax : this.orderedMin)?.value;
    };
    return new PSObject('Microsoft.PowerShell.Commands.GenericMeasureInfo', [
      ['Count', this.count],
      ['Average', p.Average ? (this.numbers ? this.sum / this.numbers : null) : null],
      ['Sum', p.Sum ? this.sum : null],
      ['Maximum', p.Maximum ? extreme(true) : null],
      ['Minimum', p.Minimum ? extreme(false) : null],
      ['Property', this.property ?? null],
    ]);
  }
}

/** Lines, words and characters of the inputs' text. */
export class TextStats implements MeasureStats {
  private lines = 0;
  private words = 0;
  private chars = 0;

  constructor(
    private readonly params: Record<string, unknown>,
    private readonly property: string | undefined,
    private readonly access: PropertyAccess,
  ) {}

  add(o: unknown): void {
    const t = toStr(this.property === undefined ? o : this.access.get(o, this.property));
    const ignoreWhiteSpace = !!this.params.IgnoreWhiteSpace;
    this.lines += t.split(/\r?\n/).filter((l) => !ignoreWhiteSpace || l.trim() !== '').length;
    this.words += t.split(/\s+/).filter((w) => w.length > 0).length;
    this.chars += ignoreWhiteSpace ? t.replace(/\s/g, '').length : t.length;
  }

  result(): PSObject {
    const p = this.params;
    return new PSObject('Microsoft.PowerShell.Commands.TextMeasureInfo', [
      ['Lines', p.Line ? this.lines : null],
      ['Words', p.Word ? this.words : null],
      ['Characters', p.Character ? this.chars : null],
      ['Property', this.property ?? null],
    ]);
  }
}
