// Printing a topology diff (src/store/snapshotDiff.ts): grouped by object type, `+` added, `-` removed,
// `~` changed with each property as `before → after`; or JSON for tools.

import type { ObjectChange } from '../store/snapshotDiff.js';

const MARK = { added: '+', removed: '-', changed: '~' } as const;

/** A value as the shell shows it: True/False, `{a, b}` for a list, `$null` for nothing. */
export function valueText(v: unknown): string {
  if (v === null || v === undefined) return '$null';
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (Array.isArray(v)) return `{${v.map(valueText).join(', ')}}`;
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

function isEmpty(v: unknown): boolean {
  return v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
}

function summary(changes: ObjectChange[]): Record<ObjectChange['change'], number> {
  const count = (c: ObjectChange['change']) => changes.filter((x) => x.change === c).length;
  return { added: count('added'), changed: count('changed'), removed: count('removed') };
}

/** The readable diff; `No changes.` when there are none. */
export function diffText(changes: ObjectChange[]): string {
  if (!changes.length) return 'No changes.\n';
  const lines: string[] = [];
  let type: string | undefined;
  for (const c of changes) {
    if (c.type !== type) {
      if (type !== undefined) lines.push('');
      lines.push(c.type);
      type = c.type;
    }
    lines.push(`  ${MARK[c.change]} ${c.identity}`);
    for (const p of c.properties) {
      // [I] A new object lists only the properties that hold something.
      if (c.change === 'added') {
        if (!isEmpty(p.after)) lines.push(`      ${p.name}: ${valueText(p.after)}`);
      } else lines.push(`      ${p.name}: ${valueText(p.before)} → ${valueText(p.after)}`);
    }
  }
  const s = summary(changes);
  lines.push('', `${changes.length} object${changes.length === 1 ? '' : 's'}: ${s.added} added, ${s.changed} changed, ${s.removed} removed`);
  return `${lines.join('\n')}\n`;
}

/** The diff for tools; a dry run adds the files it would have written or removed. */
export function diffJson(changes: ObjectChange[], files?: unknown[]): string {
  return `${JSON.stringify({ changes, summary: summary(changes), ...(files ? { files } : {}) }, null, 2)}\n`;
}
