// A small System.Text.StringBuilder for New-Object: Append, AppendLine, AppendFormat, Insert, Remove,
// Replace, Clear and ToString, with Capacity/MaxCapacity/Length like the real one. Methods return the
// builder itself, so an uncaptured $sb.Append('x') prints the builder, as in PowerShell.

import { toStr, toStringOverride } from '../../engine/runtime/convert.js';
import { nativeMethods } from '../../engine/members/objects.js';
import { formatOperator } from '../../engine/operators/format.js';
import { PSObject } from '../../engine/runtime/values.js';

/** [I] AppendLine ends lines with LF (the console and files written later add CRLF where needed). */
export const STRING_BUILDER_NEWLINE = '\n';

export function newStringBuilder(initial = ''): PSObject {
  let text = initial;
  const o = new PSObject('System.Text.StringBuilder');
  o.addComputed('Capacity', () => Math.max(16, 2 ** Math.ceil(Math.log2(Math.max(16, text.length)))));
  o.addComputed('MaxCapacity', () => 2147483647);
  o.addComputed('Length', () => text.length);
  toStringOverride.set(o, () => text);
  const num = (v: unknown) => Number(v ?? 0);
  nativeMethods.set(o, {
    append: (args) => ((text += args.length ? toStr(args[0]) : ''), o),
    appendline: (args) => ((text += (args.length ? toStr(args[0]) : '') + STRING_BUILDER_NEWLINE), o),
    appendformat: (args) => ((text += formatOperator(toStr(args[0]), args.slice(1))), o),
    insert: (args) => ((text = text.slice(0, num(args[0])) + toStr(args[1]) + text.slice(num(args[0]))), o),
    remove: (args) => ((text = text.slice(0, num(args[0])) + text.slice(num(args[0]) + num(args[1]))), o),
    replace: (args) => ((text = text.split(toStr(args[0])).join(toStr(args[1]))), o),
    clear: () => ((text = ''), o),
    tostring: () => text,
  });
  return o;
}
