// Bad values by parameter type, as PowerShell expressions assigned to $v before the call. `refuse`
// marks the values PowerShell's own type conversion refuses (DOMAIN.md §5.3, §6.5–6.7): the shell must
// refuse them too. The others may be refused or accepted; either way the outcome must be clean.

import type { ParameterType } from '../../src/engine/binder/typeNames.js';

export interface BadValue {
  label: string;
  /** PowerShell expression for $v. */
  expr: string;
  /** True when PowerShell refuses this value for the type. */
  refuse?: boolean;
  /** The text may legitimately contain `NaN` (the value is NaN). */
  nan?: boolean;
}

const HUGE = { label: 'a 100,000-character string', expr: "'x' * 100000" };
const UNICODE = { label: 'unicode text', expr: '"Zo$([char]0xEB) $([char]0x65E5)$([char]0x672C) $([char]0xD83C)$([char]0xDF89) $([char]0x202E)txet"' };
const CONTROL = { label: 'control characters', expr: '"a`nb`tc$([char]0)d"' };
const SQL = { label: 'SQL metacharacters', expr: `"'; DROP TABLE config_documents;--"` };
const NULL = { label: '$null', expr: '$null' };
const ARRAY = { label: 'an array', expr: "@('one', 'two')" };
const HASHTABLE = { label: 'a hashtable', expr: '@{ a = 1 }' };
const SCRIPTBLOCK = { label: 'a script block', expr: '{ 1 }' };

const STRING: BadValue[] = [
  NULL,
  { label: 'an empty string', expr: "''" },
  HUGE,
  UNICODE,
  CONTROL,
  SQL,
  { label: 'quotes and subexpressions', expr: "'\"$(Get-Date)\" '''''" },
  { label: 'wildcards', expr: "'*?[a-z]'" },
  { label: 'a number', expr: '42' },
  { label: 'a date', expr: '(Get-Date 2026-01-02)' },
  { ...ARRAY, refuse: true },
  HASHTABLE,
];

const BOOLEAN: BadValue[] = [
  { ...NULL, refuse: true },
  { label: "the string 'true'", expr: "'true'", refuse: true },
  { label: "the string '0'", expr: "'0'", refuse: true },
  { label: 'the number 2', expr: '2' },
  { label: 'the number -1', expr: '-1' },
  { label: 'NaN', expr: '[double]::NaN', nan: true },
  { ...ARRAY, expr: '@($true, $false)', refuse: true },
  { ...SQL, refuse: true },
  { ...HASHTABLE, refuse: true },
];

/** Unsigned integers (UInt16, UInt32, UInt64) up to `max`. */
function unsignedIntegers(max: bigint): BadValue[] {
  return [
    { ...NULL },
    { label: 'a negative number', expr: '-1', refuse: true },
    { label: 'one past the maximum', expr: `[decimal]'${max + 1n}'`, refuse: true },
    { label: 'a 20-digit number', expr: "'99999999999999999999'", refuse: true },
    { label: 'text', expr: "'abc'", refuse: true },
    { label: 'digits and text', expr: "'12abc'", refuse: true },
    { label: 'a fraction', expr: '2.5' },
    { label: 'NaN', expr: '[double]::NaN', refuse: true, nan: true },
    { label: 'infinity', expr: '[double]::PositiveInfinity', refuse: true },
    { label: 'hex text', expr: "'0x10'" },
    { label: 'an empty string', expr: "''" },
    { ...SQL, refuse: true },
    { ...ARRAY, expr: '@(1, 2)', refuse: true },
  ];
}

const INT32: BadValue[] = [
  { label: 'one past Int32.MaxValue', expr: '2147483648', refuse: true },
  { label: 'one below Int32.MinValue', expr: '-2147483649', refuse: true },
  { label: 'text', expr: "'abc'", refuse: true },
  { label: 'NaN', expr: '[double]::NaN', refuse: true, nan: true },
  { ...SQL, refuse: true },
  { ...ARRAY, expr: '@(1, 2)', refuse: true },
  NULL,
];

const ENUM: BadValue[] = [
  { label: 'an unknown name', expr: "'NoSuchValue'", refuse: true },
  { label: 'an empty string', expr: "''", refuse: true },
  { label: 'an undefined number', expr: '99', refuse: true },
  { label: 'a negative number', expr: '-1', refuse: true },
  { ...SQL, refuse: true },
  { ...CONTROL, refuse: true },
  NULL,
  ARRAY,
];

const IDENTITY: BadValue[] = [
  { ...CONTROL, refuse: true },
  { label: 'a newline at the end', expr: '"contoso.com`n"', refuse: true },
  { label: 'an empty string', expr: "''" },
  { label: 'blanks', expr: "'   '" },
  HUGE,
  SQL,
  UNICODE,
  { label: 'an empty site scope', expr: "'site:'" },
  { label: 'an empty tag scope', expr: "'tag:'" },
  { label: 'an unknown scope', expr: "'foo:bar:baz'" },
  { label: 'a wildcard', expr: "'*'" },
  NULL,
  { ...ARRAY, refuse: true },
  { ...SCRIPTBLOCK, refuse: true },
];

const FQDN: BadValue[] = [
  { label: 'a space', expr: "'bad host.contoso.com'", refuse: true },
  { label: 'two dots', expr: "'a..contoso.com'", refuse: true },
  { label: 'a newline', expr: '"pool01.contoso.com`n"', refuse: true },
  { ...HUGE, refuse: true },
  { ...SQL, refuse: true },
  { label: 'a wildcard', expr: "'*.contoso.com'", refuse: true },
  { label: 'non-ASCII letters', expr: '"z$([char]0xF6)e.contoso.com"', refuse: true },
  { label: 'an underscore', expr: "'pool_01.contoso.com'", refuse: true },
  NULL,
  { ...ARRAY, refuse: true },
];

const LIST_MODIFIER: BadValue[] = [
  { label: 'an unknown modifier', expr: "@{ Append = 'x.example.org' }", refuse: true },
  { label: 'a hashtable value', expr: '@{ Add = @{ a = 1 } }' },
  CONTROL,
  HUGE,
  SQL,
  NULL,
  { label: 'an empty array', expr: '@()' },
];

const INSTANCE: BadValue[] = [
  { label: 'a string', expr: "'Global'", refuse: true },
  { label: 'a number', expr: '42', refuse: true },
  { label: 'a hashtable', expr: "@{ Identity = 'Global' }", refuse: true },
  { label: 'a custom object', expr: "[pscustomobject]@{ Identity = 'Global' }", refuse: true },
  { label: 'an object of another type', expr: "(Get-CsSite -Identity Redmond)", refuse: true },
];

const SWITCH: BadValue[] = [
  { label: "the string 'yes'", expr: "'yes'", refuse: true },
  { ...ARRAY, refuse: true },
  { ...HASHTABLE, refuse: true },
];

const GUID: BadValue[] = [
  { label: 'not a GUID', expr: "'not-a-guid'", refuse: true },
  { label: 'a number', expr: '12', refuse: true },
  { ...SQL, refuse: true },
];

const DATETIME: BadValue[] = [
  { label: 'not a date', expr: "'not a date'", refuse: true },
  { label: 'an impossible date', expr: "'13/45/2020'", refuse: true },
  { ...SQL, refuse: true },
];

/** Objects only the product's cmdlets make (a service, an AcpInfo). */
const PRODUCT_OBJECT: BadValue[] = [
  { label: 'a string', expr: "'RTCSRV'", refuse: true },
  { label: 'a number', expr: '42', refuse: true },
  { label: 'a custom object', expr: "[pscustomobject]@{ Name = 'RTCSRV' }", refuse: true },
  NULL,
];

const OTHER: BadValue[] = [{ label: 'a string', expr: "'x'" }, SQL, NULL];

/** The bad values for a parameter of this type (an array parameter takes arrays, of course). */
export function badValuesFor(t: ParameterType): BadValue[] {
  const values = scalarBadValues(t);
  return t.isArray ? values.map((v) => (v.label === ARRAY.label ? { ...v, refuse: undefined } : v)) : values;
}

function scalarBadValues(t: ParameterType): BadValue[] {
  switch (t.kind) {
    case 'string':
      return STRING;
    case 'boolean':
      return BOOLEAN;
    case 'switch':
      return SWITCH;
    case 'integer':
      if (t.integer === 'Int32') return INT32;
      return unsignedIntegers(t.integer === 'UInt16' ? 65535n : t.integer === 'UInt64' ? 18446744073709551615n : 4294967295n);
    case 'enum':
      return ENUM;
    case 'identity':
      return t.name === 'Fqdn' ? FQDN : IDENTITY;
    case 'listModifier':
      return LIST_MODIFIER;
    case 'psobject':
      return INSTANCE;
    case 'guid':
      return GUID;
    case 'datetime':
      return DATETIME;
    case 'opaque':
      return t.name === 'NTService' || t.name === 'AcpInfo' ? PRODUCT_OBJECT : OTHER;
    default:
      return OTHER;
  }
}
