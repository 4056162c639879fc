// Format-List rendering: `Name : Value` lines, names padded to the longest name of the object.

import { formatPropertyValue } from '../engine/runtime/displayText.js';

export interface ListItem {
  label: string;
  value: unknown;
}

/** Splits text into lines of at most `width` characters, breaking at spaces where possible. */
export function wrapText(text: string, width: number): string[] {
  const out: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    if (width <= 0 || raw.length <= width) {
      out.push(raw);
      continue;
    }
    let rest = raw;
    while (rest.length > width) {
      let cut = rest.lastIndexOf(' ', width);
      if (cut <= 0) cut = width;
      out.push(rest.slice(0, cut).trimEnd());
      rest = rest.slice(cut).replace(/^ /, '');
    }
    out.push(rest);
  }
  return out;
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
