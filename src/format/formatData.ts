// What Format-List / Format-Table / Format-Wide write to the pipeline: an already-shaped view of the
// objects (values evaluated, labels chosen) that Out-Default, Out-String, Out-File and Out-Host render.
// Like PowerShell's format objects, it is meant for the Out-* cmdlets, not for further processing.

import { type ListItem } from './list.js';
import type { TableColumn, TableOptions } from './table.js';

export interface ListFormat {
  kind: 'list';
  /** One entry per input object. Scalars are kept as plain text lines. */
  entries: (ListItem[] | { text: string })[];
}

export interface TableGroupHeader {
  label: string;
  value: string;
  indent: number;
  blankLinesAfter: number;
}

export interface TableFormat {
  kind: 'table';
  columns: TableColumn[];
  /** Raw cell values per row; a `{ text }` row is a scalar written as it is. */
  rows: (unknown[] | { text: string })[];
  options: TableOptions;
  /** Per row: the group header it belongs to (Get-Member's `TypeName:`), when the view groups. */
  groups?: (TableGroupHeader | undefined)[];
}

export interface WideFormat {
  kind: 'wide';
  items: unknown[];
  columns?: number;
  autoSize?: boolean;
}

export type FormatShape = ListFormat | TableFormat | WideFormat;

export class FormattedOutput {
  static readonly typeName = 'Microsoft.PowerShell.Commands.Internal.Format.FormatStartData';
  constructor(
    readonly shape: FormatShape,
    /** $FormatEnumerationLimit when the Format-* command ran; collections are cut there when rendered. */
    readonly enumerationLimit?: number,
  ) {}
  toString(): string {
    return FormattedOutput.typeName;
  }
}
