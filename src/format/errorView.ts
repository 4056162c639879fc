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
import { maskedSourceLine } from '../engine/secrets/redact.js';
import type { SourceLineView } from '../lang/maskedLine.js';

/** Source lines longer than this are shown as a window around the error (the console is assumed 80 wide). */
export const POSITION_LINE_MAX = 69;
/** Characters of context first kept before and after the error when the line is windowed. */
export const POSITION_CONTEXT_BEFORE = 12;
export const POSITION_CONTEXT_AFTER = 8;
/** CategoryInfo shortens target names and types longer than this: 15 chars, an ellipsis, the last 15 [I exactness]. */
export const CATEGORY_FIELD_MAX = 40;

/** `view` shows the source line (secrets masked): the session's, else as the record's own session judged it. */
export function renderErrorRecord(record: ErrorRecord, view: SourceLineView = record.lineView ?? maskedSourceLine): string {
  const lines: string[] = [];
  const command = record.invocation.commandName;
  lines.push(command ? `${command} : ${record.message}` : record.message);
  const position = record.invocation.extent ? positionMessage(record.invocation.extent, view) : '';
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
  return `${text.slice(0, 15)}...${text.slice(text.length - 15)}`; // ASCII dots in Windows PowerShell 5.1
}

/**
 * `At line:1 char:5` / `At C:\scripts\x.ps1:3 char:1`, the source line, and the ~~~ underline. Secrets
 * written on the line are masked (src/engine/secrets); the underline follows the masked text.
 */
export function positionMessage(extent: Extent, view: SourceLineView = maskedSourceLine): string {
  const where = `At ${extent.source.file ?? 'line'}:${extent.line} char:${extent.column}`;
  const masked = view(extent.source, extent.line);
  const rawLine = masked.text.trimEnd();
  if (rawLine.length === 0) return where;
  let before = masked.column(extent.column - 1);
  let length = extent.endLine === extent.line ? masked.column(extent.endColumn - 1) - before : rawLine.length - before;
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
 * A line longer than POSITION_LINE_MAX shows a POSITION_LINE_MAX-wide window: up to 12 characters before the
 * error and 8 after it, then the rest of the room goes to earlier context first and later context second.
 * `... ` / ` ...` mark cut-off text; an error wider than the window is underlined to the window's edge.
 */
function windowed(line: string, before: number, length: number): { text: string; before: number; length: number } {
  const max = POSITION_LINE_MAX;
  if (line.length <= max) return { text: line, before, length };
  const roomBefore = before;
  const roomAfter = line.length - length - before;
  let keepBefore = Math.min(roomBefore, POSITION_CONTEXT_BEFORE);
  let keepAfter = Math.min(roomAfter, POSITION_CONTEXT_AFTER);
  let underline = length;
  let cutEnd: boolean;
  if (keepBefore + length + keepAfter >= max) {
    if (keepBefore + length >= max) underline = max - keepBefore;
    cutEnd = true;
  } else {
    keepBefore += Math.min(roomBefore - keepBefore, max - (keepBefore + length + keepAfter));
    const used = keepBefore + length + keepAfter;
    if (used < max && roomAfter > 0) keepAfter += Math.min(roomAfter, max - used);
    cutEnd = keepAfter < roomAfter;
  }
  const cutStart = keepBefore < roomBefore;
  const start = Math.max(before - keepBefore, 0);
  const shownBefore = Math.min(before, keepBefore);
  const text = `${cutStart ? '... ' : ''}${line.slice(start, start + max)}${cutEnd ? ' ...' : ''}`;
  return { text, before: shownBefore + (cutStart ? 4 : 0), length: Math.min(underline, max - shownBefore) };
}
