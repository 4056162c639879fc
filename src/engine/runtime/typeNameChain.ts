// The chain of type names a value starts with, most derived first, as Windows PowerShell 5.1 reports it
// in `.PSObject.TypeNames`: a custom object's chain is its own names, then PSCustomObject, then
// System.Object; an emulated .NET object's (a Cs policy, a user) is its class and base classes, ending
// with System.Object; any other value's is its .NET type's.

export const CUSTOM_OBJECT_TYPE = 'System.Management.Automation.PSCustomObject';
export const SYSTEM_OBJECT_TYPE = 'System.Object';

const CUSTOM_LOWER = CUSTOM_OBJECT_TYPE.toLowerCase();

/**
 * Whether an object made with these names is a custom object. A custom object is one made as a
 * PSCustomObject ([pscustomobject]@{…}, Select-Object, Import-Csv); every other PSObject stands for a
 * .NET object the shell emulates. No names at all make a plain property bag, a custom object.
 */
function namesMakeCustomObject(names: readonly string[]): boolean {
  return names.length === 0 || names.some((n) => n.toLowerCase() === CUSTOM_LOWER);
}

/**
 * The full chain of an object made with `names`: a custom object keeps its names up to PSCustomObject
 * and ends with System.Object; an emulated .NET object gets System.Object after its own classes.
 */
function completeTypeNames(names: readonly string[], custom: boolean): string[] {
  if (custom) {
    const at = names.findIndex((n) => n.toLowerCase() === CUSTOM_LOWER);
    return [...(at < 0 ? names : names.slice(0, at)), CUSTOM_OBJECT_TYPE, SYSTEM_OBJECT_TYPE];
  }
  return names.at(-1) === SYSTEM_OBJECT_TYPE ? [...names] : [...names, SYSTEM_OBJECT_TYPE];
}

/** A made object's kind and chain; the chain is frozen, so objects made alike share it. */
export interface MadeChain {
  readonly custom: boolean;
  readonly names: readonly string[];
}

// Objects are made by the 100k (a user listing): one chain per distinct list of names, not per object.
const madeChains = new Map<string, MadeChain>();
const MADE_CHAIN_LIMIT = 1000;

/** The kind and full chain of an object made with `names`. */
export function madeChain(names: readonly string[]): MadeChain {
  // One name is its own key; a list gets a NUL-led key no single name (nor an XML one) can equal.
  const key = names.length === 1 ? names[0]! : `\u0000${names.join('\u0000')}`;
  let chain = madeChains.get(key);
  if (!chain) {
    const custom = namesMakeCustomObject(names);
    chain = { custom, names: Object.freeze(completeTypeNames(names, custom)) };
    if (madeChains.size < MADE_CHAIN_LIMIT) madeChains.set(key, chain);
  }
  return chain;
}

/** .NET value types the engine models: their chain passes through System.ValueType. */
const VALUE_TYPES = new Set([
  'System.Boolean', 'System.Byte', 'System.SByte', 'System.Int16', 'System.UInt16', 'System.Int32', 'System.UInt32',
  'System.Int64', 'System.UInt64', 'System.Single', 'System.Double', 'System.Decimal', 'System.Char',
  'System.DateTime', 'System.TimeSpan', 'System.Guid', 'System.Management.Automation.SwitchParameter',
]);

/** Base classes (below System.Object) of the reference types whose chain is longer than their own name. */
const BASE_CLASSES: Record<string, readonly string[]> = {
  'System.Text.RegularExpressions.Match': ['System.Text.RegularExpressions.Group', 'System.Text.RegularExpressions.Capture'],
  'System.Text.RegularExpressions.Group': ['System.Text.RegularExpressions.Capture'],
  'System.RuntimeType': ['System.Reflection.TypeInfo', 'System.Type', 'System.Reflection.MemberInfo'],
};

/** The chain of a value that is not a PSObject, from its .NET type's full name. */
export function dotNetTypeNames(fullName: string): string[] {
  if (fullName === SYSTEM_OBJECT_TYPE) return [SYSTEM_OBJECT_TYPE];
  if (VALUE_TYPES.has(fullName)) return [fullName, 'System.ValueType', SYSTEM_OBJECT_TYPE];
  if (fullName.endsWith('[]')) return [fullName, 'System.Array', SYSTEM_OBJECT_TYPE];
  return [fullName, ...(BASE_CLASSES[fullName] ?? []), SYSTEM_OBJECT_TYPE];
}

/** How a type names' list refuses a $null or empty name (PSTraceSource's words for a bad "item" argument). */
export const EMPTY_TYPE_NAME_MESSAGE =
  'Cannot process argument because the value of argument "item" is not valid. Change the value of the "item" argument and run the operation again.';
