// Parse errors as Windows PowerShell 5.1 prints them: one "At ..." group per error, then the category
// and fully qualified id of the first error.

import type { ParseError } from './ast.js';

function positionLine(e: ParseError): string {
  const where = e.extent.source.file ? `${e.extent.source.file}:${e.extent.line}` : `line:${e.extent.line}`;
  return `At ${where} char:${e.extent.column}`;
}

function sourceLine(e: ParseError): string {
  const lines = e.extent.source.text.split(/\r\n|\r|\n/);
  return lines[e.extent.line - 1] ?? '';
}

function underline(e: ParseError, line: string): string {
  const start = e.extent.column - 1;
  const sameLine = e.extent.endLine === e.extent.line;
  const end = sameLine ? e.extent.endColumn - 1 : Math.max(line.length, start + 1);
  return ' '.repeat(start) + '~'.repeat(Math.max(1, end - start));
}

export function formatParseError(e: ParseError): string {
  const line = sourceLine(e);
  return [positionLine(e), `+ ${line}`, `+ ${underline(e, line)}`, e.message].join('\n');
}

export function formatParseErrors(errors: ParseError[]): string {
  if (errors.length === 0) return '';
  const groups = errors.map(formatParseError).join('\n\n');
  return [
    groups,
    '    + CategoryInfo          : ParserError: (:) [], ParentContainsErrorRecordException',
    `    + FullyQualifiedErrorId : ${errors[0].errorId}`,
  ].join('\n');
}
