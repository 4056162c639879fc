// Parse errors as Windows PowerShell 5.1 prints them: one "At ..." group per error, then the category
// and fully qualified id of the first error.

import type { ParseError } from './ast.js';
import { maskLine, type MaskedLine } from './maskedLine.js';

/** How the source line of an error is shown; the engine passes one that masks secrets. */
export type ErrorLineView = (e: ParseError) => MaskedLine;

const plainLine: ErrorLineView = (e) => maskLine(e.extent.source.text, e.extent.line, [], '');

function positionLine(e: ParseError): string {
  const where = e.extent.source.file ? `${e.extent.source.file}:${e.extent.line}` : `line:${e.extent.line}`;
  return `At ${where} char:${e.extent.column}`;
}

function underline(e: ParseError, line: MaskedLine): string {
  const start = line.column(e.extent.column - 1);
  const sameLine = e.extent.endLine === e.extent.line;
  const end = sameLine ? line.column(e.extent.endColumn - 1) : Math.max(line.text.length, start + 1);
  return ' '.repeat(start) + '~'.repeat(Math.max(1, end - start));
}

export function formatParseError(e: ParseError, lineView: ErrorLineView = plainLine): string {
  const line = lineView(e);
  return [positionLine(e), `+ ${line.text}`, `+ ${underline(e, line)}`, e.message].join('\n');
}

export function formatParseErrors(errors: ParseError[], lineView: ErrorLineView = plainLine): string {
  if (errors.length === 0) return '';
  const groups = errors.map((e) => formatParseError(e, lineView)).join('\n\n');
  return [
    groups,
    '    + CategoryInfo          : ParserError: (:) [], ParentContainsErrorRecordException',
    `    + FullyQualifiedErrorId : ${errors[0].errorId}`,
  ].join('\n');
}
