// A form's values: read from a stored object, from a fresh object's defaults, or from what the
// browser posted; and the cmdlet command a Commit runs, which gives only what differs from the
// object as it was shown (a new object: from its defaults), as an admin would type it.

import { xdsSchemas, type ConfigDocument } from '../../store/configSchema.js';
import type { FieldSpec, ObjectKind } from './objectKinds.js';
import { psCommand, type PsValue } from './psText.js';

export type FieldValue = string | boolean | string[];
export type FormValues = Record<string, FieldValue>;

function fieldValue(field: FieldSpec, stored: unknown): FieldValue {
  if (field.kind === 'bool') return stored === true;
  if (field.kind === 'list') return Array.isArray(stored) ? stored.map(String) : [];
  return stored === null || stored === undefined ? '' : String(stored);
}

export function valuesOfDocument(kind: ObjectKind, doc: ConfigDocument): FormValues {
  return Object.fromEntries(kind.fields.map((f) => [f.param, fieldValue(f, doc[f.param])]));
}

/** The values of a new object: the stored type's defaults (DOMAIN.md §2). */
export function defaultValues(kind: ObjectKind): FormValues {
  const props = xdsSchemas[kind.xdsType].properties;
  return Object.fromEntries(kind.fields.map((f) => [f.param, fieldValue(f, props.find((p) => p.name === f.param)?.default)]));
}

/** What the browser posted: an unticked box is absent; a list is one item a line. */
export function valuesOfForm(kind: ObjectKind, form: URLSearchParams): FormValues {
  const values: FormValues = {};
  for (const f of kind.fields) {
    const raw = form.get(f.param);
    if (f.kind === 'bool') values[f.param] = raw !== null;
    else if (f.kind === 'list') values[f.param] = (raw ?? '').split(/[\r\n,]+/).map((s) => s.trim()).filter(Boolean);
    else values[f.param] = raw ?? '';
  }
  return values;
}

function same(a: FieldValue | undefined, b: FieldValue | undefined): boolean {
  return Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((x, i) => x === b[i]) : a === b;
}

/** A changed value as the parameter takes it; an emptied text or list clears the setting ($null). */
function parameterValue(value: FieldValue, creating: boolean): PsValue | undefined {
  if (typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.length ? value : creating ? undefined : null;
  return value !== '' ? value : creating ? undefined : null;
}

/** `New-Cs…` (creating) or `Set-Cs…` for the object `identity`, with the fields that differ from `before`. */
export function commitCommand(kind: ObjectKind, identity: string, before: FormValues, after: FormValues, creating: boolean): string {
  const params: Record<string, PsValue> = {};
  for (const f of kind.fields) {
    if (!(f.always && creating) && same(before[f.param], after[f.param])) continue;
    const v = parameterValue(after[f.param]!, creating);
    if (v !== undefined) params[f.param] = v;
  }
  const named = kind.globalOnly ? {} : { Identity: identity };
  return psCommand(`${creating ? 'New' : 'Set'}-${kind.noun}`, { ...named, ...params, ...kind.extraParams?.(params) });
}
