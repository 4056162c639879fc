// The host of `csshell run … --output json`, for tools such as jq: each output object is one JSON line
// on stdout; each error record, parse error, warning, verbose, debug and information message is one
// JSON line on stderr with a `stream` field. Nothing else is written, so every line parses.

import type { HostStream, WriteOptions } from '../engine/host.js';
import type { ErrorRecord } from '../engine/errors.js';
import type { ParseError } from '../lang/ast.js';
import { compressJson, toJsonTree } from '../cmdlets/core/json.js';
import type { EnumPropertyTable } from '../engine/runtime/enumProperties.js';
import { BatchHost } from './batch.js';

/** [I] How deep objects are written: ConvertTo-Json's default depth. Deeper values become their string form. */
export const OUTPUT_JSON_DEPTH = 2;

/** The prefixes the engine puts before each stream's text; a JSON line carries the stream instead. */
const PREFIX: Partial<Record<HostStream, string>> = { warning: 'WARNING: ', verbose: 'VERBOSE: ', debug: 'DEBUG: ' };

export class JsonLinesHost extends BatchHost {
  /** Masks secrets in a finished line (the session's secrets; set by the CLI once the engine exists). */
  scrub: (text: string) => string = (text) => text;
  /** The session's enum-typed properties, written as numbers as ConvertTo-Json writes them (set by the CLI with scrub). */
  enumProperties: EnumPropertyTable | undefined;

  /** One output object as one line on stdout. */
  writeObject(value: unknown): void {
    this.put(this.out, `${this.scrub(compressJson(toJsonTree(value, OUTPUT_JSON_DEPTH, this.enumProperties)))}\n`);
  }

  override write(stream: HostStream, text: string, _options?: WriteOptions): void {
    // Text that reaches the output stream as text (Out-Host, formatted views) is a JSON string.
    if (stream === 'output') {
      for (const line of text.split('\n')) this.put(this.out, `${JSON.stringify(line)}\n`);
      return;
    }
    const name = stream === 'host' ? 'information' : stream;
    const prefix = PREFIX[stream];
    const message = prefix && text.startsWith(prefix) ? text.slice(prefix.length) : text;
    this.line({ stream: name, message });
  }

  writeErrorRecord(record: ErrorRecord): void {
    const extent = record.invocation.extent;
    this.line({
      stream: 'error',
      message: this.scrub(record.message),
      fullyQualifiedErrorId: record.fullyQualifiedErrorId,
      category: record.category,
      target: record.targetName,
      exception: record.exceptionType,
      ...(extent?.source.file !== undefined ? { script: extent.source.file } : {}),
      ...(extent ? { line: extent.line, column: extent.column } : {}),
    });
  }

  writeParseErrors(errors: ParseError[]): void {
    for (const e of errors) {
      const script = e.extent.source.file !== undefined ? { script: e.extent.source.file } : {};
      this.line({ stream: 'error', message: e.message, fullyQualifiedErrorId: e.errorId, category: 'ParserError', ...script, line: e.extent.line, column: e.extent.column });
    }
  }

  private line(fields: Record<string, unknown>): void {
    this.put(this.err, `${this.scrub(JSON.stringify(fields))}\n`);
  }
}
