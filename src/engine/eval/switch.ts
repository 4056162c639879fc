// The switch statement: each input value is tested against every clause (plain equality, -Wildcard,
// -Regex, -Exact, -CaseSensitive, or a script block evaluated with $_), and `break` / `continue`
// inside a clause end the switch or move to the next input value.

import type { ExpressionAst, SwitchAst } from '../../lang/ast.js';
import { BreakSignal, ContinueSignal } from '../errors.js';
import { AutomationNull, PSArrayList, ScriptBlockValue } from '../runtime/values.js';
import { isNull, toBool, toStr, valuesEqual } from '../runtime/convert.js';
import { likeMatch, matchesTable } from '../operators/compare.js';
import { toRegex } from '../operators/regexPattern.js';
import { evalExpr } from './expressions.js';
import type { EvaluatorApi, Sink } from './evaluatorApi.js';
import { labelMatches, restoreVar } from './flow.js';
import { sandboxFiles } from '../files/sandbox.js';
import { decodeScript } from '../files/scriptDecode.js';

async function clauseMatches(ev: EvaluatorApi, s: SwitchAst, test: ExpressionAst, item: unknown): Promise<boolean> {
  if (test.kind === 'ScriptBlockExpression') {
    const block = new ScriptBlockValue(test.scriptBlock, test.text, ev.scope);
    const out = await ev.services.invokeScriptBlock(block, { dollarUnder: item, dotSource: true });
    return toBool(out.length === 1 ? out[0] : out);
  }
  const value = test.kind === 'StringConstant' ? test.value : await evalExpr(ev, test);
  const cs = s.flags.caseSensitive;
  if (s.flags.regex) {
    const m = toRegex(toStr(value), cs).exec(toStr(item));
    if (m) ev.scope.set('Matches', matchesTable(m));
    return !!m;
  }
  if (s.flags.wildcard) return likeMatch(item, value, cs);
  if (s.flags.exact || typeof value === 'string') return isNull(item) ? isNull(value) : valuesEqual(toStr(item), toStr(value), cs);
  return valuesEqual(item, value, cs);
}

async function switchInputs(ev: EvaluatorApi, s: SwitchAst): Promise<unknown[]> {
  const value = await ev.pipelineValue(s.condition);
  if (s.flags.file) {
    const text = decodeScript(sandboxFiles(ev.services.session).readFile(ev.services.resolvePath(toStr(value))));
    const lines = text.split(/\r?\n/);
    if (lines.length && lines[lines.length - 1] === '') lines.pop();
    return lines;
  }
  if (value === AutomationNull) return [];
  if (Array.isArray(value)) return value;
  if (value instanceof PSArrayList) return [...value.items];
  return [value];
}

export async function execSwitch(ev: EvaluatorApi, s: SwitchAst, sink: Sink): Promise<void> {
  const items = await switchInputs(ev, s);
  const prev = ev.scope.vars.get('_');
  try {
    for (const item of items) {
      ev.checkStopping();
      ev.scope.set('_', item);
      let matched = false;
      try {
        for (const clause of s.clauses) {
          ev.scope.set('_', item);
          if (await clauseMatches(ev, s, clause.test, item)) {
            matched = true;
            ev.scope.set('_', item);
            await ev.runStatements(clause.body.statements, sink);
          }
        }
        if (!matched && s.defaultBody) await ev.runStatements(s.defaultBody.statements, sink);
      } catch (e) {
        if (e instanceof ContinueSignal && labelMatches(e.label, s.label)) continue;
        if (e instanceof BreakSignal && labelMatches(e.label, s.label)) return;
        throw e;
      }
    }
  } finally {
    restoreVar(ev.scope, '_', prev);
  }
}
