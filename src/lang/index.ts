// The language front end: parse PowerShell text into the AST of ./ast.ts, render parse errors, and
// the helpers the interactive shell uses (highlighting, continuation lines).
export { parse } from './parser.js';
export { tokenize, isIncomplete, type HighlightKind, type HighlightToken } from './highlight.js';
export { formatParseErrors, formatParseError } from './parseErrorView.js';
export type * from './ast.js';
