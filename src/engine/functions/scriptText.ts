// PowerShell text turned into a script block at run time (Invoke-Expression, [scriptblock]::Create,
// $ExecutionContext.InvokeCommand.NewScriptBlock). The text only ever runs in csshell's own evaluator.

import { parse } from '../../lang/parser.js';
import { formatParseError } from '../../lang/parseErrorView.js';
import type { ParseError } from '../../lang/ast.js';
import { ErrorRecord, PSRuntimeError } from '../errors.js';
import { methodException } from '../members/support.js';
import { ScriptBlockValue } from '../runtime/values.js';
import { maskedParseErrorLine } from '../secrets/redact.js';

/** The message of a ParseException: each error's position, source line, underline and text. */
export function parseExceptionMessage(errors: ParseError[]): string {
  return errors.map((e) => formatParseError(e, maskedParseErrorLine)).join('\n\n');
}

/** Parses text into an unbound script block; parse errors become a terminating ParseException. */
export function scriptBlockFromText(text: string): ScriptBlockValue {
  const result = parse(text);
  if (result.errors.length > 0) {
    throw new PSRuntimeError(
      new ErrorRecord({
        message: parseExceptionMessage(result.errors),
        errorId: result.errors[0]!.errorId,
        category: 'ParserError',
        exceptionType: 'System.Management.Automation.ParseException',
      }),
    );
  }
  return new ScriptBlockValue(result.ast, text);
}

/** `[scriptblock]::Create(text)` and `NewScriptBlock(text)`: a parse error surfaces as a failed method call. */
export function createScriptBlockMethod(name: string): (args: unknown[]) => ScriptBlockValue {
  return (args) => {
    if (args.length !== 1) throw methodException(name, args, `Cannot find an overload for "${name}" and the argument count: "${args.length}".`, 'System.Management.Automation.MethodException');
    try {
      return scriptBlockFromText(args[0] == null ? '' : String(args[0]));
    } catch (e) {
      if (e instanceof PSRuntimeError) throw methodException(name, args, e.record.message, 'System.Management.Automation.ParseException');
      throw e;
    }
  };
}
