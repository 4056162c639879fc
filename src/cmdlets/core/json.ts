// ConvertTo-Json (Windows PowerShell 5.1 layout: 4-space indent, `"name":  value` with two spaces,
// nested containers indented from their opening bracket) and ConvertFrom-Json (→ custom objects).

import type { CmdletContext, ErrorSpec } from '../../engine/cmdlet.js';
import { toStr } from '../../engine/runtime/convert.js';
import { dateDisplayHints, DISPLAY_HINT_VALUES, formatDate } from '../../engine/runtime/dateText.js';
import type { EnumPropertyTable } from '../../engine/runtime/enumProperties.js';
import { isNumeric } from '../../engine/runtime/numbers.js';
import { PSArrayList, PSHashtable, PSObject, ScriptBlockValue, TimeSpan } from '../../engine/runtime/values.js';
import { getPropertyValue, propertyNames } from '../../engine/runtime/members.js';
import { define, UTILITY } from './meta.js';
import { listOf } from './util.js';
import { checkParameterRange } from './validateRange.js';
import { jsonNumberText, numericJsonText } from './jsonNumber.js';
import { JsonMembers, JsonReadError, readJson } from './jsonReader.js';
import type { CmdletDefinition } from '../../engine/cmdlet.js';

/** The cmdlets this module declares, gathered by its family index. */
export const cmdlets: CmdletDefinition[] = [];

/** 5.1 takes any -Depth from 1 but refuses one above this. */
const MAX_DEPTH = 100;

/** A JSON-ready tree: null, boolean, number, string, array, or ordered key/value pairs. */
type Json = null | boolean | number | string | JsonNumber | Json[] | { pairs: [string, Json][] };

/** A number whose exact text JSON keeps (an Int64 beyond 2^53, a Decimal with its scale). */
class JsonNumber {
  constructor(readonly text: string) {}
}

/** 5.1's serializer escapes HTML-sensitive characters too. */
function quote(s: string): string {
  return JSON.stringify(s).replace(/[<>&']/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Converts a value to the JSON tree, turning objects deeper than `depth` into their string form. An
 * enum-typed property `enums` knows (the session's table) is written as its number, as 5.1's serializer does.
 */
export function toJsonTree(v: unknown, depth: number, enums?: EnumPropertyTable): Json {
  if (v === null || v === undefined) return null;
  if (typeof v === 'boolean' || typeof v === 'string') return v;
  if (typeof v === 'number') return v;
  if (isNumeric(v)) return new JsonNumber(numericJsonText(v));
  if (v instanceof Date) return dateJson(v, depth);
  if (v instanceof ScriptBlockValue) return v.text;
  if (Array.isArray(v) || v instanceof PSArrayList) {
    if (depth < 0) return toStr(v);
    return listOf(v).map((x) => toJsonTree(x, depth - 1, enums));
  }
  if (depth < 0) return toStr(v);
  if (v instanceof PSHashtable) return { pairs: v.entries().map(([k, x]) => [toStr(k), toJsonTree(x, depth - 1, enums)]) };
  if (v instanceof PSObject || v instanceof TimeSpan) {
    const typeNames = v instanceof PSObject ? v.typeNames : [];
    return {
      pairs: propertyNames(v).map((n) => {
        const value = getPropertyValue(v, n);
        return [n, enums?.numberOf(typeNames, n, value) ?? toJsonTree(value, depth - 1, enums)];
      }),
    };
  }
  return toStr(v);
}

/** `\/Date(ms)\/`; Get-Date's output also carries its DisplayHint and DateTime members, which 5.1 writes out. */
function dateJson(d: Date, depth: number): Json {
  const stamp = `\\/Date(${d.getTime()})\\/`;
  const hint = dateDisplayHints.get(d);
  if (hint === undefined || depth < 0) return stamp;
  return { pairs: [['value', stamp], ['DisplayHint', DISPLAY_HINT_VALUES[hint]], ['DateTime', formatDate(d, 'F')]] };
}

function scalarText(j: Json): string {
  if (j === null) return 'null';
  if (j instanceof JsonNumber) return j.text;
  if (typeof j === 'string') return quote(j).replace(/\\\\\/Date/g, '\\/Date').replace(/\)\\\\\//g, ')\\/');
  if (typeof j === 'number') return jsonNumberText(j);
  return String(j);
}

export function compressJson(j: Json): string {
  if (Array.isArray(j)) return `[${j.map(compressJson).join(',')}]`;
  if (j !== null && typeof j === 'object' && !(j instanceof JsonNumber)) return `{${j.pairs.map(([k, v]) => `${quote(k)}:${compressJson(v)}`).join(',')}}`;
  return scalarText(j);
}

/** Pretty form; `column` is where the opening bracket sits (nested containers hang from it). */
export function prettyJson(j: Json, column = 0): string {
  const pad = ' '.repeat(column);
  const inner = ' '.repeat(column + 4);
  if (Array.isArray(j)) {
    if (j.length === 0) return '[\n\n' + pad + ']';
    return `[\n${j.map((x) => inner + prettyJson(x, column + 4)).join(',\n')}\n${pad}]`;
  }
  if (j !== null && typeof j === 'object' && !(j instanceof JsonNumber)) {
    if (j.pairs.length === 0) return '{\n\n' + pad + '}';
    const lines = j.pairs.map(([k, v]) => {
      const head = `${quote(k)}:  `;
      return inner + head + prettyJson(v, column + 4 + head.length);
    });
    return `{\n${lines.join(',\n')}\n${pad}}`;
  }
  return scalarText(j);
}

cmdlets.push(define(
  'ConvertTo-Json',
  {
    module: UTILITY,
    params: {
      InputObject: { type: 'Object', mandatory: true, position: 0, pipeline: 'True (ByValue)', allowNull: true, allowEmptyCollection: true },
      Depth: { type: 'Int32' },
      Compress: { type: 'SwitchParameter' },
    },
  },
  () => {
    const items: unknown[] = [];
    return {
      process(ctx) {
        items.push(ctx.expectingInput ? ctx.inputObject : ctx.params.InputObject);
      },
      end(ctx) {
        if (items.length === 0) return;
        const depth = ctx.params.Depth !== undefined ? Number(ctx.params.Depth) : 2;
        checkParameterRange(ctx, 'Depth', depth, 1, 2147483647);
        if (depth > MAX_DEPTH) {
          ctx.throwTerminatingError({ message: `The maximum depth allowed for serialization is ${MAX_DEPTH}.`, errorId: 'ReachedMaximumDepthAllowed', category: 'InvalidOperation', exceptionType: 'System.InvalidOperationException' });
        }
        const value = items.length === 1 ? items[0] : items;
        const tree = toJsonTree(value, depth, ctx.engine.state.enumProperties);
        ctx.writeObject(ctx.params.Compress ? compressJson(tree) : prettyJson(tree));
      },
    };
  },
));

/** Two member names that differ only in case: a custom object cannot hold both. */
class DuplicateKeys extends Error {
  constructor(readonly first: string, readonly second: string) {
    super(`Cannot convert the JSON string because a dictionary that was converted from the string contains the duplicated keys '${first}' and '${second}'.`);
  }
}

/** Read JSON → PowerShell values: objects become custom objects, arrays stay arrays. */
export function fromJsonValue(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(fromJsonValue);
  if (v instanceof JsonMembers) {
    const seen = new Map<string, string>();
    for (const [k] of v.entries) {
      const earlier = seen.get(k.toLowerCase());
      if (earlier !== undefined) throw new DuplicateKeys(earlier, k);
      seen.set(k.toLowerCase(), k);
    }
    return new PSObject('System.Management.Automation.PSCustomObject', v.entries.map(([k, x]) => [k, fromJsonValue(x)] as [string, unknown]));
  }
  return v;
}

/** The read value, or the refusal as 5.1 reports it. */
function readForPowerShell(text: string): { value: unknown } | { error: ErrorSpec } {
  try {
    return { value: fromJsonValue(readJson(text)) };
  } catch (err) {
    if (err instanceof JsonReadError) return { error: { message: err.message, errorId: 'System.ArgumentException', category: 'NotSpecified', exceptionType: 'System.ArgumentException' } };
    if (err instanceof DuplicateKeys) return { error: { message: err.message, errorId: 'DuplicateKeysInJsonString', category: 'InvalidOperation', exceptionType: 'System.InvalidOperationException' } };
    throw err;
  }
}

function writeJson(ctx: CmdletContext, text: string): void {
  // Empty input converts to nothing (no error), as 5.1 documents.
  if (text.trim() === '') return;
  const read = readForPowerShell(text);
  if ('error' in read) ctx.throwTerminatingError(read.error);
  // Windows PowerShell 5.1 writes a top-level array as one object (it is not enumerated).
  else ctx.writeObject(read.value, false);
}

cmdlets.push(define(
  'ConvertFrom-Json',
  { module: UTILITY, params: { InputObject: { type: 'String', mandatory: true, position: 0, pipeline: 'True (ByValue)', allowEmptyString: true } } },
  () => {
    const parts: string[] = [];
    return {
      process(ctx) {
        parts.push(toStr(ctx.expectingInput ? ctx.inputObject : ctx.params.InputObject));
      },
      end(ctx) {
        // Several strings: each one on its own when the first is complete JSON, else all of them as one text.
        if (parts.length > 1 && 'value' in readForPowerShell(parts[0]!)) for (const part of parts) writeJson(ctx, part);
        else writeJson(ctx, parts.join('\n'));
      },
    };
  },
));
