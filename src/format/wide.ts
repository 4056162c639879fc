// Format-Wide rendering: one value per object, several objects per line.

import { formatPropertyValue } from '../engine/runtime/displayText.js';
import type { WideFormat } from './formatData.js';
import { truncate } from './table.js';

/** Format-Wide shows two columns unless told otherwise. */
export const DEFAULT_WIDE_COLUMNS = 2;

export function renderWide(shape: WideFormat, width: number): string[] {
  const texts = shape.items.map((i) => formatPropertyValue(i).split(/\r?\n/)[0] ?? '');
  if (texts.length === 0) return [];
  let columns = shape.columns ?? DEFAULT_WIDE_COLUMNS;
  if (shape.autoSize && !shape.columns) {
    const longest = Math.max(1, ...texts.map((t) => t.length));
    columns = Math.max(1, Math.floor((width + 1) / (longest + 1)));
  }
  columns = Math.max(1, Math.min(columns, texts.length === 0 ? 1 : Math.max(columns, 1)));
  const cell = Math.max(1, Math.floor(width / columns));
  const lines: string[] = [];
  for (let i = 0; i < texts.length; i += columns) {
    const row = texts.slice(i, i + columns).map((t) => truncate(t, cell - 1).padEnd(cell));
    lines.push(row.join('').trimEnd());
  }
  return lines;
}
