// Default views keyed by type name, like PowerShell's *.format.ps1xml: which properties a type shows,
// in which order, under which labels, as a list or a table.

import { PSObject } from '../engine/runtime/values.js';
import { registerDisplay } from '../engine/runtime/displayText.js';
import { getPropertyValue, propertyNames, typeNamesOf } from '../engine/runtime/members.js';
import { VIEW_FAMILIES } from './views/index.js';

export type Alignment = 'Left' | 'Right' | 'Center';

export interface ViewField {
  /** Property to read; also the default label. */
  property?: string;
  /** Shown name (e.g. `Target Fqdn` for the TargetFqdn property). */
  label?: string;
  /** Computed value instead of a property. */
  value?: (o: unknown) => unknown;
  /** Table column width; 0/undefined = sized from the data. */
  width?: number;
  alignment?: Alignment;
}

export interface GroupBy {
  /** Header label, e.g. `TypeName`, `Directory`. */
  label: string;
  value: (o: unknown) => unknown;
  /** Leading spaces before `<label>: <value>` (3 for Get-Member, 4 for directories). */
  indent?: number;
  /** Blank lines after the header line (1 for Get-Member, 2 for directories). */
  blankLinesAfter?: number;
}

export interface TableView {
  kind: 'table';
  columns: ViewField[];
  groupBy?: GroupBy;
}

export interface ListView {
  kind: 'list';
  items: ViewField[];
}

export interface WideView {
  kind: 'wide';
  field: ViewField;
  columns?: number;
}

/** A type that prints itself (e.g. a DateTime on its own line). Lines exclude framing; the view says its framing. */
export interface CustomView {
  kind: 'custom';
  render: (o: unknown) => string[];
  /** Printed as plain lines, as a string would be (no blank framing). */
  inline?: boolean;
}

export type View = TableView | ListView | WideView | CustomView;

const views = new Map<string, View>();

/** Registers the default view of a type name (`#Decorated` suffixes are matched too). */
export function registerView(typeName: string, view: View): void {
  views.set(typeName.toLowerCase(), view);
  viewCache.clear();
}

/** Lookups by exact type name, cached: formatting 100k objects must not redo string work per object. */
const viewCache = new Map<string, View | null>();

function viewOfType(t: string): View | null {
  let v = viewCache.get(t);
  if (v === undefined) {
    v = views.get(t.toLowerCase()) ?? views.get(t.replace(/#.*$/, '').toLowerCase()) ?? null;
    viewCache.set(t, v);
  }
  return v;
}

export function findView(value: unknown): View | undefined {
  for (const t of typeNamesOf(value)) {
    const v = viewOfType(t);
    if (v) return v;
  }
  return undefined;
}

/** The view of a value with the type name it is registered under (which -View accepts as its name [I]). */
export function findNamedView(value: unknown): { name: string; view: View } | undefined {
  for (const t of typeNamesOf(value)) {
    const v = viewOfType(t);
    if (v) return { name: t.replace(/#.*$/, ''), view: v };
  }
  return undefined;
}

/** Cs objects (`Microsoft.Rtc.*`) show every property as a list, as the Lync module's objects do. */
export function isCsObject(value: unknown): boolean {
  return value instanceof PSObject && value.typeNames.some((t) => t.startsWith('Microsoft.Rtc.'));
}

/** PowerShell's rule for objects without a view: fewer than 5 properties → table, otherwise list. */
export const TABLE_PROPERTY_LIMIT = 5;

/** The view used when a value is shown without an explicit Format-* command. */
export function defaultView(value: unknown): TableView | ListView | CustomView {
  const registered = findView(value);
  if (registered && registered.kind !== 'wide') return registered;
  const names = propertyNames(value);
  const fields = names.map((n) => ({ property: n }));
  if (isCsObject(value) || names.length >= TABLE_PROPERTY_LIMIT) return { kind: 'list', items: fields };
  return { kind: 'table', columns: fields };
}

export function fieldLabel(f: ViewField): string {
  return f.label ?? f.property ?? '';
}

export function fieldValue(f: ViewField, o: unknown): unknown {
  if (f.value) return f.value(o);
  return f.property ? getPropertyValue(o, f.property) : undefined;
}

/** A key that tells two values apart by shape: the type name, or the view they share. */
export function shapeKey(value: unknown): string {
  const names = typeNamesOf(value);
  const t = names[0] ?? '';
  const view = findView(value);
  // Types sharing one view (FileInfo and DirectoryInfo) continue the same table.
  if (view) return `view#${viewId(view)}`;
  // As in PowerShell, objects of one type share the first object's columns (a custom object without
  // those properties shows an empty row).
  return t;
}

const viewIds = new WeakMap<View, number>();
function viewId(v: View): number {
  let id = viewIds.get(v);
  if (id === undefined) viewIds.set(v, (id = viewIds.has(v) ? 0 : nextViewId++));
  return id;
}
let nextViewId = 1;

/** Fills the registry from the view files (src/format/views/), one family of types per file. */
function loadViewFamilies(): void {
  for (const family of Object.values(VIEW_FAMILIES)) {
    for (const [typeName, view] of Object.entries(family.views)) registerView(typeName, view);
    for (const [typeName, toText] of Object.entries(family.displays ?? {})) registerDisplay(typeName, toText);
  }
}
loadViewFamilies();
