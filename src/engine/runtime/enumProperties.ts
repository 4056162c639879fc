// Enum-typed properties of object types. csshell keeps an enum value as its name (a string); what the
// property's enum numbers are is known here, by object type, for the places that write the number
// (ConvertTo-Json, as 5.1's serializer writes an enum as its underlying value).

/** Type name → property name (lower case) → enumerator name (lower case) → number. */
const byType = new Map<string, Map<string, Map<string, number>>>();

/** Declares that `property` of objects of `typeName` holds an enum with these numbers by enumerator name. */
export function registerEnumProperty(typeName: string, property: string, values: Record<string, number>): void {
  let props = byType.get(typeName);
  if (!props) byType.set(typeName, (props = new Map()));
  props.set(property.toLowerCase(), new Map(Object.entries(values).map(([name, n]) => [name.toLowerCase(), n])));
}

/** Numbers in declaration order (0, 1, 2, …), for enums whose numbers are not documented. */
export function ordinalValues(names: readonly string[]): Record<string, number> {
  return Object.fromEntries(names.map((name, i) => [name, i]));
}

/**
 * The number of an enum property's value, or undefined when the property is not an enum of a known type
 * or the value is not one of its names. Select-Object output (`Selected.<type>`) keeps its source's enums.
 */
export function enumPropertyNumber(typeNames: readonly string[], property: string, value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const lower = property.toLowerCase();
  for (const typeName of typeNames) {
    const values = byType.get(typeName.replace(/^Selected\./, ''))?.get(lower);
    if (values) return values.get(value.toLowerCase());
  }
  return undefined;
}
