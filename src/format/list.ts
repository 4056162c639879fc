// Format-List rendering: `Name : Value` lines, names padded to the longest name of the object.

import { formatPropertyValue } from '../engine/runtime/displayText.js';
import { wrapText } from '../engine/runtime/textWrap.js';

export interface ListItem {
  label: string;
  value: unknown;
}

/** The lines of one object in list form (no surrounding blank lines). */
export function renderListEntry(items: ListItem[], width: number): string[] {
  if (items.length === 0) return [];
  const nameWidth = Math.max(...items.map((i) => i.label.length));
  const indent = ' '.repeat(nameWidth + 3);
  const lines: string[] = [];
  for (const item of items) {
    const head = `${item.label.padEnd(nameWidth)} :`;
    const text = formatPropertyValue(item.value);
    if (text === '') {
      lines.push(head);
      continue;
    }
    const valueLines = wrapText(text, width - indent.length);
    lines.push(`${head} ${valueLines[0]}`.trimEnd());
    for (const more of valueLines.slice(1)) lines.push(`${indent}${more}`.trimEnd());
  }
  return lines;
}
