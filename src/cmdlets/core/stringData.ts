// ConvertFrom-StringData: `name=value` lines into a hashtable, with .NET Regex.Unescape escapes in
// the values (as the 5.1 cmdlet does: `\n`, `\\`, `\t`…), `#` comment lines and blank lines skipped.

import type { CmdletContext } from '../../engine/cmdlet.js';
import { toStr } from '../../engine/runtime/convert.js';
import { PSHashtable } from '../../engine/runtime/values.js';
import { define, UTILITY } from './meta.js';
import type { CmdletDefinition } from '../../engine/cmdlet.js';

/** The cmdlets this module declares, gathered by its family index. */
export const cmdlets: CmdletDefinition[] = [];

const SIMPLE_ESCAPES: Record<string, string> = { a: '\x07', b: '\b', t: '\t', r: '\r', v: '\v', f: '\f', n: '\n', e: '\x1b' };

class UnescapeError extends Error {}

/** Reads `count` hex digits at `at`, or fails as Regex.Unescape does. */
function hexAt(text: string, at: number, count: number): number {
  const digits = text.slice(at, at + count);
  if (!new RegExp(`^[0-9a-fA-F]{${count}}$`).test(digits)) throw new UnescapeError(`parsing "${text}" - Insufficient hex digits.`);
  return parseInt(digits, 16);
}

/** .NET Regex.Unescape: the escapes a regular expression knows; a backslash before a symbol keeps the symbol. */
export function regexUnescape(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch !== '\\') {
      out += ch;
      continue;
    }
    const next = text[++i];
    if (next === undefined) throw new UnescapeError(`parsing "${text}" - Illegal \\ at end of pattern.`);
    if (SIMPLE_ESCAPES[next] !== undefined) out += SIMPLE_ESCAPES[next];
    else if (next === 'x') {
      out += String.fromCharCode(hexAt(text, i + 1, 2));
      i += 2;
    } else if (next === 'u') {
      out += String.fromCharCode(hexAt(text, i + 1, 4));
      i += 4;
    } else if (/[0-7]/.test(next)) {
      const octal = /^[0-7]{1,3}/.exec(text.slice(i))![0];
      out += String.fromCharCode(parseInt(octal, 8) & 0xff);
      i += octal.length - 1;
    } else if (/\w/.test(next)) throw new UnescapeError(`parsing "${text}" - Unrecognized escape sequence \\${next}.`);
    else out += next;
  }
  return out;
}

/** One string of data; throws the cmdlet's terminating error on a bad line. */
function parseStringData(ctx: CmdletContext, data: string): PSHashtable {
  const table = new PSHashtable();
  for (const line of data.split('\n')) {
    const text = line.trim();
    if (text === '' || text.startsWith('#')) continue;
    const eq = text.indexOf('=');
    if (eq <= 0) {
      ctx.throwTerminatingError({ message: `Data line '${line}' is not in 'name=value' format.`, errorId: 'InvalidOperation', category: 'InvalidOperation', exceptionType: 'System.Management.Automation.PSInvalidOperationException' });
    }
    const name = text.slice(0, eq).trim();
    if (table.has(name)) {
      ctx.throwTerminatingError({ message: `Data item '${name}' in line '${line}' is already defined.`, errorId: 'InvalidOperation', category: 'InvalidOperation', exceptionType: 'System.Management.Automation.PSInvalidOperationException' });
    }
    const raw = text.slice(eq + 1).trim();
    let value: string;
    try {
      value = regexUnescape(raw);
    } catch (e) {
      if (!(e instanceof UnescapeError)) throw e;
      ctx.throwTerminatingError({ message: e.message, errorId: 'System.ArgumentException', category: 'NotSpecified', exceptionType: 'System.ArgumentException' });
    }
    table.set(name, value);
  }
  return table;
}

cmdlets.push(define(
  'ConvertFrom-StringData',
  {
    module: UTILITY,
    outputType: 'System.Collections.Hashtable',
    params: {
      StringData: { type: 'String', mandatory: true, position: 0, pipeline: 'True (ByValue)', allowEmptyString: true },
    },
  },
  () => ({
    process(ctx) {
      const data = ctx.expectingInput && !ctx.bound.has('StringData') ? ctx.inputObject : ctx.params.StringData;
      ctx.writeObject(parseStringData(ctx, toStr(data ?? '')), false);
    },
  }),
));
