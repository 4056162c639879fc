// The language front end: parse PowerShell text into the AST of ./ast.ts.
export { parse } from './parser.js';
export type * from './ast.js';
