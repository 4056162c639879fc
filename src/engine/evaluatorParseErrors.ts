// Parse errors as Windows PowerShell 5.1 prints them: every error's position and message, then one
// CategoryInfo / FullyQualifiedErrorId footer naming the first error.

import type { ParseError } from '../lang/ast.js';

function position(e: ParseError): string[] {
  const ext = e.extent;
  const line = ext.source.text.split(/\r?\n/)[ext.line - 1] ?? '';
  const width = ext.endLine === ext.line ? Math.max(1, ext.endColumn - ext.column) : Math.max(1, line.length - ext.column + 1);
  return [`At ${ext.source.file ?? 'line'}:${ext.line} char:${ext.column}`, `+ ${line.trimEnd()}`, `+ ${' '.repeat(ext.column - 1)}${'~'.repeat(width)}`];
}

export function formatParseErrorsFallback(errors: ParseError[]): string {
  const blocks = errors.map((e) => [...position(e), e.message].join('\n'));
  const first = errors[0]!;
  return [
    blocks.join('\n\n'),
    '    + CategoryInfo          : ParserError: (:) [], ParentContainsErrorRecordException',
    `    + FullyQualifiedErrorId : ${first.errorId}`,
  ].join('\n');
}
