// PowerShell's intrinsic ForEach() and Where() methods, which every value has (a scalar acts as a
// one-item collection).

import { ScriptBlockValue } from '../runtime/values.js';
import { isEnumerable, isNull, toBool, toList, toStr } from '../runtime/convert.js';
import { convertToType, type ResolvedType } from '../runtime/types.js';
import { TypeValue } from '../runtime/valueTypes.js';
import { intArg, methodException } from './support.js';
import type { EvaluatorApi } from '../eval/evaluatorApi.js';

/** How ForEach('Name') reads a member and calls a method of each item: the evaluator's member access. */
export interface MemberAccess {
  getMember(ev: EvaluatorApi, target: unknown, name: string): unknown;
  callMethod(ev: EvaluatorApi, target: unknown, name: string, args: unknown[]): unknown;
}

export async function foreachMethod(ev: EvaluatorApi, items: unknown[], args: unknown[], access: MemberAccess): Promise<unknown[]> {
  const [first, ...rest] = args;
  const out: unknown[] = [];
  if (first instanceof ScriptBlockValue) {
    for (const item of items) out.push(...(await ev.services.invokeScriptBlock(first, { dollarUnder: item, args: rest, dotSource: true })));
    return out;
  }
  if (first instanceof TypeValue) return items.map((x) => convertToType(x, first.resolved as ResolvedType));
  const name = toStr(first);
  for (const item of items) {
    if (rest.length === 0) {
      const v = access.getMember(ev, item, name);
      if (isEnumerable(v)) out.push(...toList(v));
      else if (!isNull(v)) out.push(v);
    } else out.push(await access.callMethod(ev, item, name, rest));
  }
  return out;
}

export async function whereMethod(ev: EvaluatorApi, items: unknown[], args: unknown[]): Promise<unknown[]> {
  const block = args[0];
  if (!(block instanceof ScriptBlockValue)) throw methodException('Where', args, 'The script block argument is required.', 'System.ArgumentException');
  const mode = args.length > 1 ? toStr(args[1]).toLowerCase() : 'default';
  const limit = args.length > 2 ? intArg(args[2]) : 0;
  const test = async (item: unknown) => toBool(await ev.services.invokeScriptBlock(block, { dollarUnder: item, dotSource: true }).then((r) => (r.length === 1 ? r[0] : r)));
  const out: unknown[] = [];
  if (mode === 'last') {
    for (let i = items.length - 1; i >= 0; i--) if (await test(items[i])) out.unshift(items[i]);
    return limit > 0 ? out.slice(-limit) : out.slice(-1);
  }
  let skipping = mode === 'skipuntil';
  const other: unknown[] = [];
  for (const item of items) {
    const ok = await test(item);
    if (mode === 'skipuntil') {
      if (skipping && ok) skipping = false;
      if (!skipping) out.push(item);
      continue;
    }
    if (mode === 'until') {
      if (ok) break;
      out.push(item);
      continue;
    }
    if (ok) out.push(item);
    else other.push(item);
    if (mode === 'first' && out.length >= Math.max(1, limit)) break;
    if (mode === 'default' && limit > 0 && out.length >= limit) break;
  }
  if (mode === 'split') return [out, other];
  return out;
}
