// Default views keyed by type name, like PowerShell's *.format.ps1xml: which properties a type shows,
// in which order, under which labels, as a list or a table.

import { PSObject } from '../engine/runtime/values.js';
import { PSRuntimeError } from '../engine/errors.js';
import { registerDisplay } from '../engine/runtime/displayText.js';
import { getPropertyValue, propertyNames, typeNamesOf } from '../engine/runtime/members.js';
import { VIEW_FAMILIES } from './views/index.js';

export type { Alignment, CustomView, GroupBy, ListView, TableView, View, ViewField, WideView } from './viewTypes.js';
import type { CustomView, ListView, TableView, View, ViewField } from './viewTypes.js';

/**
 * The default views of one session: the shipped ones (loaded once per process from src/format/views/
 * and shared, never changed) and the ones this session registered, which win and no other session sees.
 */
export class ViewTable {
  private readonly own = new Map<string, View>();
  /** Lookups by exact type name, cached: formatting 100k objects must not redo string work per object. */
  private readonly cache = new Map<string, View | null>();

  constructor(private readonly shared: ReadonlyMap<string, View> = new Map()) {}

  /** Registers the default view of a type name (`#Decorated` suffixes are matched too). */
  register(typeName: string, view: View): void {
    this.own.set(typeName.toLowerCase(), view);
    this.cache.clear();
  }

  private named(lower: string): View | undefined {
    return this.own.get(lower) ?? this.shared.get(lower);
  }

  private ofType(t: string): View | null {
    let v = this.cache.get(t);
    if (v === undefined) {
      v = this.named(t.toLowerCase()) ?? this.named(t.replace(/#.*$/, '').toLowerCase()) ?? null;
      this.cache.set(t, v);
    }
    return v;
  }

  find(value: unknown): View | undefined {
    for (const t of typeNamesOf(value)) {
      const v = this.ofType(t);
      if (v) return v;
    }
    return undefined;
  }

  /** The view of a value with the type name it is registered under (which -View accepts as its name [I]). */
  findNamed(value: unknown): { name: string; view: View } | undefined {
    for (const t of typeNamesOf(value)) {
      const v = this.ofType(t);
      if (v) return { name: t.replace(/#.*$/, ''), view: v };
    }
    return undefined;
  }
}

/** The shipped views by lower-case type name, filled once from the view families. */
const shippedViews = new Map<string, View>();

/** A new session's views: the shipped ones, shared. */
export function createViewTable(): ViewTable {
  return new ViewTable(shippedViews);
}

/** The views of callers outside any session (the shipped ones, plus what registerView adds). */
export const defaultViews = createViewTable();

/** Registers a view for callers outside any session; a session registers on its own ViewTable. */
export function registerView(typeName: string, view: View): void {
  defaultViews.register(typeName, view);
}

export function findView(value: unknown, views: ViewTable = defaultViews): View | undefined {
  return views.find(value);
}

/** The view of a value with the type name it is registered under (which -View accepts as its name [I]). */
export function findNamedView(value: unknown, views: ViewTable = defaultViews): { name: string; view: View } | undefined {
  return views.findNamed(value);
}

/** Cs objects (`Microsoft.Rtc.*`) show every property as a list, as the Lync module's objects do. */
export function isCsObject(value: unknown): boolean {
  return value instanceof PSObject && value.typeNames.some((t) => t.startsWith('Microsoft.Rtc.'));
}

/** PowerShell's rule for objects without a view: fewer than 5 properties → table, otherwise list. */
export const TABLE_PROPERTY_LIMIT = 5;

/** The view used when a value is shown without an explicit Format-* command. */
export function defaultView(value: unknown, views: ViewTable = defaultViews): TableView | ListView | CustomView {
  const registered = views.find(value);
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
  if (!f.property) return undefined;
  try {
    return getPropertyValue(o, f.property);
  } catch (e) {
    // As in PowerShell, a property whose getter throws (a closed reader's EndOfStream) shows empty.
    if (e instanceof PSRuntimeError) return undefined;
    throw e;
  }
}

/** A key that tells two values apart by shape: the type name, or the view they share. */
export function shapeKey(value: unknown, views: ViewTable = defaultViews): string {
  const names = typeNamesOf(value);
  const t = names[0] ?? '';
  const view = views.find(value);
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
    for (const [typeName, view] of Object.entries(family.views)) shippedViews.set(typeName.toLowerCase(), view);
    for (const [typeName, toText] of Object.entries(family.displays ?? {})) registerDisplay(typeName, toText);
  }
}
loadViewFamilies();
