// The shapes of a default view (list, table, wide or custom), as data: the view files under
// src/format/views/ declare them, views.ts looks them up.

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
