// The parser under the module name src/lang/parser.ts imports it by; the parser itself is parser.ts.

export { PsParser } from './parser.js';
