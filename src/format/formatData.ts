// What Format-List / Format-Table / Format-Wide write to the pipeline, as PowerShell's format objects:
// a FormatStartData that opens a block (its columns and options), a GroupStartData, one FormatEntryData
// per input object (values already evaluated, labels chosen), then GroupEndData and FormatEndData.
// Out-Default, Out-String, Out-File and Out-Host render them as they come, so a formatted listing
// streams. Like PowerShell's, they are meant for the Out-* cmdlets, not for further processing.

import { TypeNamedRecord } from '../engine/runtime/members.js';
import { type ListItem } from './list.js';
import type { TableColumn, TableOptions } from './table.js';

export interface TableGroupHeader {
  label: string;
  value: string;
  indent: number;
  blankLinesAfter: number;
}

export type FormatKind = 'table' | 'list' | 'wide';

const FORMAT_NAMESPACE = 'Microsoft.PowerShell.Commands.Internal.Format';

export abstract class FormatRecord extends TypeNamedRecord {}

/** Opens a Format-* block. */
export class FormatStartData extends FormatRecord {
  readonly typeName = `${FORMAT_NAMESPACE}.FormatStartData`;
  /**
   * Table columns. Format-Table fills them in from the first object that is not a scalar, which may
   * come after the block opened (scalars before it are written as text rows).
   */
  columns: TableColumn[] = [];

  constructor(
    readonly kind: FormatKind,
    readonly options: TableOptions = {},
    /** $FormatEnumerationLimit when the Format-* command ran; collections are cut there when rendered. */
    readonly enumerationLimit?: number,
    /** Format-Wide: -Column, and -AutoSize in `options.autoSize`. */
    readonly wideColumns?: number,
  ) {
    super();
  }
}

export class GroupStartData extends FormatRecord {
  readonly typeName = `${FORMAT_NAMESPACE}.GroupStartData`;
  constructor(readonly start: FormatStartData) {
    super();
  }
}

/**
 * One object of the block: a table row (raw cell values), a list entry, a Format-Wide value, or
 * `{ text }` for a scalar written as it is.
 */
export type FormatEntry = unknown[] | ListItem[] | { text: string } | { wide: unknown };

export class FormatEntryData extends FormatRecord {
  readonly typeName = `${FORMAT_NAMESPACE}.FormatEntryData`;
  constructor(
    readonly start: FormatStartData,
    readonly entry: FormatEntry,
    /** Table rows: the group header the row belongs to (Get-Member's `TypeName:`, -GroupBy). */
    readonly group?: TableGroupHeader,
  ) {
    super();
  }
}

export class GroupEndData extends FormatRecord {
  readonly typeName = `${FORMAT_NAMESPACE}.GroupEndData`;
  constructor(readonly start: FormatStartData) {
    super();
  }
}

export class FormatEndData extends FormatRecord {
  readonly typeName = `${FORMAT_NAMESPACE}.FormatEndData`;
  constructor(readonly start: FormatStartData) {
    super();
  }
}

/** What Format-Wide lays out, once it has every value. */
export interface WideFormat {
  kind: 'wide';
  items: unknown[];
  columns?: number;
  autoSize?: boolean;
}
