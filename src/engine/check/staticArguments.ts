// The arguments of a command as far as they are known before the script runs: literals keep their
// value, anything computed becomes an UnknownArgument, and `@p` where `$p` surely holds a literal
// hashtable becomes the named parameters it will pass.

import type { CommandAst, ExpressionAst, Extent, HashtableAst, StatementAst } from '../../lang/ast.js';
import { UnknownArgument } from '../binder/staticValue.js';
import type { CommandArgument } from '../cmdlet.js';
import type { CheckScope } from './commandSites.js';

function sourceText(extent: Extent): string {
  return extent.source.text.slice(extent.start, extent.end);
}

/** The command's arguments; undefined when it splats something whose content is not known. */
export function commandArguments(cmd: CommandAst, scope: CheckScope): CommandArgument[] | undefined {
  const args: CommandArgument[] = [];
  for (const el of cmd.elements) {
    if (el.kind === 'CommandParameter') {
      args.push({
        kind: 'parameter',
        name: el.name,
        hasColonValue: el.argument !== undefined,
        value: el.argument ? staticValue(el.argument) : undefined,
        extent: el.extent,
        text: sourceText(el.extent),
      });
      continue;
    }
    if (el.kind === 'Variable' && el.splatted) {
      const table = el.scope ? undefined : scope.literalTable(el.name, el.extent.start);
      const splatted = table && splatArguments(table);
      if (!splatted) return undefined;
      args.push(...splatted);
      continue;
    }
    args.push({
      kind: 'argument',
      value: staticValue(el),
      extent: el.extent,
      text: sourceText(el.extent),
      bare: el.kind === 'StringConstant' && el.quote === 'bare',
    });
  }
  return args;
}

/**
 * `@{ Identity = 'x'; TlsNegotiation = 'Required' }` as `-Identity:'x' -TlsNegotiation:'Required'`. Each
 * parameter's extent is its key's, so a problem shows where it is written in the hashtable; a value that
 * cannot be judged (computed) is unknown. Undefined when a key is not a literal name.
 */
function splatArguments(table: HashtableAst): CommandArgument[] | undefined {
  const args: CommandArgument[] = [];
  for (const entry of table.entries) {
    if (entry.key.kind !== 'StringConstant') return undefined;
    const value = expressionOf(entry.value);
    args.push({
      kind: 'parameter',
      name: entry.key.value,
      hasColonValue: true,
      value: value ? staticValue(value) : new UnknownArgument(sourceText(entry.value.extent)),
      extent: entry.key.extent,
      text: `-${entry.key.value}:`,
    });
  }
  return args;
}

/** The expression of a statement that is just one (`'x'`, `$true`, `1, 2`). */
function expressionOf(s: StatementAst): ExpressionAst | undefined {
  if (s.kind !== 'Pipeline' || s.elements.length !== 1) return undefined;
  const only = s.elements[0]!;
  return only.kind === 'CommandExpression' && only.redirections.length === 0 ? only.expression : undefined;
}

/** The value of a literal expression, or an UnknownArgument for anything computed at run time. */
export function staticValue(e: ExpressionAst): unknown {
  switch (e.kind) {
    case 'StringConstant':
    case 'Constant':
      return e.value;
    case 'ExpandableString':
      return e.parts.every((p) => typeof p === 'string') ? e.parts.join('') : new UnknownArgument(sourceText(e.extent));
    case 'Variable':
      if (!e.scope && !e.splatted) {
        const name = e.name.toLowerCase();
        if (name === 'true') return true;
        if (name === 'false') return false;
        if (name === 'null') return null;
      }
      return new UnknownArgument(sourceText(e.extent));
    case 'Unary':
      if (e.operator === '-' && e.operand.kind === 'Constant') return -e.operand.value;
      return new UnknownArgument(sourceText(e.extent));
    case 'ArrayLiteral': {
      const values = e.elements.map(staticValue);
      return values.some((v) => v instanceof UnknownArgument) ? new UnknownArgument(sourceText(e.extent)) : values;
    }
    default:
      return new UnknownArgument(sourceText(e.extent));
  }
}
