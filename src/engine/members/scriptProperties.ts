// Script properties (Add-Member -MemberType ScriptProperty): a getter script block run with $this
// bound to the object, and an optional setter receiving the assigned value as its argument.
// A getter made of plain expressions (`$this.a * 10`) is evaluated synchronously, so the formatter
// and the sorting/selecting cmdlets read it like any property; any other getter runs on the
// evaluator's asynchronous path ($o.Prop in a script), and synchronous readers see $null [I].

import { AutomationNull, type PSObject, type ScriptBlockValue } from '../runtime/values.js';
import { evalSync, isPureStatement } from '../eval/expressions.js';
import { runtimeError } from '../eval/errors.js';
import { Scope } from '../session/scope.js';
import type { EvaluatorApi } from '../eval/evaluatorApi.js';
import type { StatementAst } from '../../lang/ast.js';

/** The getter's statements when every one is a plain expression; undefined otherwise. */
function pureStatements(block: ScriptBlockValue): StatementAst[] | undefined {
  const { ast } = block;
  if (ast.param || ast.begin || ast.process || !ast.end) return undefined;
  const statements = ast.end.statements;
  return statements.every(isPureStatement) ? statements : undefined;
}

/** Output of a pipeline written as one value: nothing is $null, one item itself, several an array. */
function collapse(items: unknown[]): unknown {
  if (items.length === 0) return null;
  return items.length === 1 ? items[0] : items;
}

function evaluatePure(ev: EvaluatorApi, statements: StatementAst[], self: PSObject): unknown {
  const caller = ev.scope;
  const scope = new Scope(caller, 'function');
  scope.set('this', self);
  ev.scope = scope;
  try {
    const out: unknown[] = [];
    for (const s of statements) {
      const expression = (s as Extract<StatementAst, { kind: 'Pipeline' }>).elements[0] as { expression: Parameters<typeof evalSync>[1] };
      const value = evalSync(ev, expression.expression);
      if (value === AutomationNull) continue;
      if (Array.isArray(value)) out.push(...value);
      else out.push(value);
    }
    return collapse(out);
  } finally {
    ev.scope = caller;
  }
}

export function defineScriptProperty(ev: EvaluatorApi, o: PSObject, name: string, getter: ScriptBlockValue | null, setter: ScriptBlockValue | null): void {
  const statements = getter ? pureStatements(getter) : undefined;
  o.addComputed(name, () => (statements ? evaluatePure(ev, statements, o) : null));
  const p = o.getProperty(name)!;
  if (getter && !statements) p.asyncGetter = async () => collapse(await ev.services.invokeScriptBlock(getter, { variables: { this: o } }));
  p.setter = setter
    ? async (value) => void (await ev.services.invokeScriptBlock(setter, { args: [value], variables: { this: o } }))
    : () => {
        throw runtimeError(`Set accessor for property "${name}" is unavailable.`, 'SetWithoutSetterFromScriptProperty');
      };
  // Settable exactly when it has a setter (the one made without refuses, in 5.1's words).
  p.readOnly = !setter;
  p.memberType = 'ScriptProperty';
  p.definition = `System.Object ${name} {${getter ? `get=${getter.text};` : ''}${setter ? `set=${setter.text};` : ''}}`;
}
