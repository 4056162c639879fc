// Enum-typed properties of object types. csshell keeps an enum value as its name (a string); what the
// property's enum numbers are is declared by the modules whose objects have them, gathered into one
// table per process (src/cmdlets builtins()) that each session reads, for the places that write the
// number (ConvertTo-Json, as 5.1's serializer writes an enum as its underlying value).

/** `property` of objects of `typeName` holds an enum with these numbers by enumerator name. */
export interface EnumPropertyDeclaration {
  typeName: string;
  property: string;
  values: Readonly<Record<string, number>>;
}

/** Numbers in declaration order (0, 1, 2, …), for enums whose numbers are not documented. */
export function ordinalValues(names: readonly string[]): Record<string, number> {
  return Object.fromEntries(names.map((name, i) => [name, i]));
}

/** The declared enum properties, by type name, then property and enumerator name (lower case). */
export class EnumPropertyTable {
  private readonly byType = new Map<string, Map<string, Map<string, number>>>();

  constructor(declarations: readonly EnumPropertyDeclaration[] = []) {
    for (const { typeName, property, values } of declarations) {
      let props = this.byType.get(typeName);
      if (!props) this.byType.set(typeName, (props = new Map()));
      props.set(property.toLowerCase(), new Map(Object.entries(values).map(([name, n]) => [name.toLowerCase(), n])));
    }
  }

  /**
   * The number of an enum property's value, or undefined when the property is not an enum of a known type
   * or the value is not one of its names. Select-Object output (`Selected.<type>`) keeps its source's enums.
   */
  numberOf(typeNames: readonly string[], property: string, value: unknown): number | undefined {
    if (typeof value !== 'string') return undefined;
    const lower = property.toLowerCase();
    for (const typeName of typeNames) {
      const values = this.byType.get(typeName.replace(/^Selected\./, ''))?.get(lower);
      if (values) return values.get(value.toLowerCase());
    }
    return undefined;
  }
}
