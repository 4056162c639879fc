// Error records as Windows PowerShell 5.1 prints them with $ErrorView = NormalView (DOMAIN.md §5.1):
//
//   <Command> : <message>
//   At line:<L> char:<C>
//   + <source line>
//   + <spaces><~~~>
//       + CategoryInfo          : <Category>: (<TargetName>:<TargetType>) [<Activity>], <Exception>
//       + FullyQualifiedErrorId : <FQID>

import type { Extent } from '../lang/ast.js';
import type { ErrorRecord } from '../engine/errors.js';

/** Source lines longer than this are shown as a window around the error (the console is assumed 80 wide). */
export const POSITION_LINE_MAX = 69;
/** Characters of context kept before the error when the line is windowed. */
export const POSITION_CONTEXT_BEFORE = 12;
/** CategoryInfo shortens target names and types longer than this: 15 chars, an ellipsis, the last 15 [I exactness]. */
export const CATEGORY_FIELD_MAX = 40;

export function renderErrorRecord(record: ErrorRecord): string {
  const lines: string[] = [];
  const command = record.invocation.commandName;
  lines.push(command ? `${command} : ${record.message}` : record.message);
  const position = record.invocation.extent ? positionMessage(record.invocation.extent) : '';
  if (position) lines.push(position);
  lines.push(`    + CategoryInfo          : ${categoryInfo(record)}`);
  lines.push(`    + FullyQualifiedErrorId : ${record.fullyQualifiedErrorId}`);
  return lines.join('\n');
}

/** `InvalidArgument: (:) [Set-CsExternalAccessPolicy], ParameterBindingException`. */
export function categoryInfo(record: ErrorRecord): string {
  const activity = record.activity ?? record.invocation.commandName ?? '';
  const reason = record.exceptionType.split('.').pop() ?? record.exceptionType;
  return `${record.category}: (${ellipsize(record.targetName)}:${ellipsize(record.targetType)}) [${activity}], ${reason}`;
}

function ellipsize(text: string): string {
  if (text.length <= CATEGORY_FIELD_MAX) return text;
  return `${text.slice(0, 15)}\u2026${text.slice(text.length - 15)}`;
}

/** `At line:1 char:5` / `At C:\scripts\x.ps1:3 char:1`, the source line, and the ~~~ underline. */
export function positionMessage(extent: Extent): string {
  const where = `At ${extent.source.file ?? 'line'}:${extent.line} char:${extent.column}`;
  const rawLine = (extent.source.text.split(/\r?\n/)[extent.line - 1] ?? '').trimEnd();
  if (rawLine.length === 0) return where;
  let before = extent.column - 1;
  let length = extent.endLine === extent.line ? extent.endColumn - extent.column : rawLine.length - extent.column + 1;
  let line = rawLine;
  if (line.includes('\t')) {
    const head = line.slice(0, before).replace(/\t/g, '    ');
    const body = line.slice(before, before + length).replace(/\t/g, '    ');
    line = head + body + line.slice(before + length).replace(/\t/g, '    ');
    before = head.length;
    length = body.length;
  }
  const shown = windowed(line, before, Math.max(length, 1));
  return `${where}\n+ ${shown.text}\n+ ${' '.repeat(shown.before)}${'~'.repeat(Math.max(shown.length, 1))}`;
}

/**
 * A long line is cut to POSITION_LINE_MAX characters around the error: when the error ends within the first
 * window the line is cut at the end (` ...`); otherwise the window starts a little before the error (`... `).
 */
function windowed(line: string, before: number, length: number): { text: string; before: number; length: number } {
  if (line.length <= POSITION_LINE_MAX) return { text: line, before, length };
  let start = 0;
  if (before + length > POSITION_LINE_MAX) start = Math.max(0, before - POSITION_CONTEXT_BEFORE);
  const end = Math.min(line.length, start + POSITION_LINE_MAX);
  const prefix = start > 0 ? '... ' : '';
  const suffix = end < line.length ? ' ...' : '';
  const visible = Math.max(1, Math.min(length, end - before));
  return { text: prefix + line.slice(start, end) + suffix, before: prefix.length + before - start, length: visible };
}
