// Large scripts in bounded memory. PowerShell parses a whole script before running any of it (a parse
// error anywhere means nothing runs); a multi-megabyte script parsed whole would hold every token and
// AST node at once. Here a first pass scans and parses the script one chunk of top-level statements
// at a time, keeping only the errors; when there are none, a second pass parses each chunk again just
// before it runs. The first pass is a check-only parse: statements that cannot hold a parse error (plain
// commands and assignments of them, most of a big admin script) are stepped over without building
// their nodes, so only the run pass builds the tree. (Keeping the first pass's trees instead would cost
// some 400 bytes per token: far too much for a multi-megabyte script.) Tokens keep their offsets, lines and columns in the whole text, so errors and
// $MyInvocation read exactly as for a whole-file parse. Scripts with top-level begin/process/end
// blocks are parsed whole (their blocks run at different times).

import { LineMap } from '../../grammar/lineMap.js';
import { scanChunks, type ScriptChunk } from '../../grammar/chunkScanner.js';
import type { ParseError, ParseResult, ScriptBlockAst, Source, StatementAst } from './ast.js';
import { emptyScript, extentAt, guarded, parse, parseTokens, parserFailure } from './parser.js';

/** [I] Scripts at least this long (UTF-16 units) are checked and run chunk by chunk. */
export const CHUNKED_SCRIPT_MIN_LENGTH = 256 * 1024;
/**
 * [I] A chunk holds at least this many tokens (it ends at the next statement boundary after that).
 * Small enough that a chunk's tree is garbage before the collector moves it to the old generation
 * while the chunk runs: with 1024, the heap of a 90,000-line grant script grew by about 1.5 KB a line
 * until a full collection; with 256 it stays flat (about 20 MB).
 */
export const DEFAULT_CHUNK_TOKENS = 256;

function sourceOf(text: string, file?: string): Source {
  return file === undefined ? { text } : { text, file };
}

/** Every parse error of the script, found chunk by chunk (memory grows with the largest chunk). */
export function scriptParseErrors(text: string, file?: string, chunkTokens = DEFAULT_CHUNK_TOKENS): ParseError[] {
  const source = sourceOf(text, file);
  const checked = checkChunks(source, chunkTokens);
  return checked.namedBlocks ? parse(text, file).errors : checked.errors;
}

/**
 * The script's AST for a run. Its top-level statements (`end.statements`) are parsed lazily, one
 * chunk at a time, as they are iterated: iterate them once, in order, as a run does. `onParsed` sees
 * each part as it is parsed (the first chunk's script, then each later chunk's statements), before
 * any of it runs: walking the returned AST instead would parse every chunk at once.
 */
export function parseScriptInChunks(text: string, file?: string, chunkTokens = DEFAULT_CHUNK_TOKENS, onParsed: (part: ScriptBlockAst | StatementAst[]) => void = () => {}): ParseResult {
  const source = sourceOf(text, file);
  const checked = checkChunks(source, chunkTokens);
  if (checked.namedBlocks) {
    const whole = parse(text, file);
    onParsed(whole.ast as ScriptBlockAst);
    return whole;
  }
  if (checked.errors.length) return { ast: emptyScript(extentAt(source, 0)), errors: checked.errors };
  return guarded(source, () => {
    const lines = new LineMap(text);
    const chunks = scanChunks(text, lines, chunkTokens);
    const first = chunks.next().value as ScriptChunk;
    const ast: ScriptBlockAst = parseTokens(source, lines, first.tokens, first.errors, 'script').result;
    onParsed(ast);
    const end = ast.end ?? { kind: 'NamedBlock', name: 'end', statements: [], extent: ast.extent };
    end.statements = lazyStatements(end.statements, () => {
      const next = chunks.next();
      if (next.done) return undefined;
      const statements: StatementAst[] = parseTokens(source, lines, next.value.tokens, next.value.errors, 'statements').result;
      onParsed(statements);
      return statements;
    });
    ast.end = end;
    return { ast, errors: [] };
  });
}

/** An array whose iteration yields `first`, then each later chunk's statements as it is parsed. */
function lazyStatements(first: StatementAst[], nextChunk: () => StatementAst[] | undefined): StatementAst[] {
  const statements: StatementAst[] = [];
  let pending: StatementAst[] | undefined = first;
  Object.defineProperty(statements, Symbol.iterator, {
    value: function* (): Generator<StatementAst> {
      while (pending) {
        const chunk: StatementAst[] = pending;
        pending = undefined;
        yield* chunk;
        pending = nextChunk();
      }
    },
  });
  return statements;
}

interface CheckedChunks {
  errors: ParseError[];
  /** A top-level begin/process/end block was seen: the script must be parsed whole. */
  namedBlocks: boolean;
}

function checkChunks(source: Source, chunkTokens: number): CheckedChunks {
  const errors: ParseError[] = [];
  try {
    const lines = new LineMap(source.text);
    let first = true;
    for (const chunk of scanChunks(source.text, lines, chunkTokens)) {
      if (chunk.namedBlocks) return { errors: [], namedBlocks: true };
      const parsed = first
        ? parseTokens(source, lines, chunk.tokens, chunk.errors, 'script', true)
        : parseTokens(source, lines, chunk.tokens, chunk.errors, 'statements', true);
      errors.push(...parsed.errors);
      first = false;
    }
  } catch (e) {
    errors.push(parserFailure(e, extentAt(source, 0)));
  }
  return { errors, namedBlocks: false };
}
