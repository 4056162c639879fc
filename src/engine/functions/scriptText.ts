// PowerShell text turned into a script block at run time (Invoke-Expression, [scriptblock]::Create,
// $ExecutionContext.InvokeCommand.NewScriptBlock). The text only ever runs in csshell's own evaluator.

import { parse } from '../../lang/parser.js';
import { formatParseError } from '../../lang/parseErrorView.js';
import type { ParseError } from '../../lang/ast.js';
import { ErrorRecord, PSRuntimeError } from '../errors.js';
import { methodException } from '../members/support.js';
import { ScriptBlockValue } from '../runtime/values.js';
import { parseErrorLines } from '../secrets/redact.js';
import type { SourceLineView } from '../../lang/maskedLine.js';

/** The message of a ParseException: each error's position, source line (as `view` shows it), underline and text. */
export function parseExceptionMessage(errors: ParseError[], view: SourceLineView): string {
  return errors.map((e) => formatParseError(e, parseErrorLines(view))).join('\n\n');
}

/**
 * Parses text into an unbound script block; parse errors become a terminating ParseException whose
 * message shows the lines as `view` (the session's) masks them.
 */
export function scriptBlockFromText(text: string, view: SourceLineView): ScriptBlockValue {
  const result = parse(text);
  if (result.errors.length > 0) {
    throw new PSRuntimeError(
      new ErrorRecord({
        message: parseExceptionMessage(result.errors, view),
        errorId: result.errors[0]!.errorId,
        category: 'ParserError',
        exceptionType: 'System.Management.Automation.ParseException',
      }),
    );
  }
  return new ScriptBlockValue(result.ast, text);
}

/** `[scriptblock]::Create(text)` and `NewScriptBlock(text)`: a parse error surfaces as a failed method call. */
export function createScriptBlock(name: string, args: unknown[], view: SourceLineView): ScriptBlockValue {
  if (args.length !== 1) throw methodException(name, args, `Cannot find an overload for "${name}" and the argument count: "${args.length}".`, 'System.Management.Automation.MethodException');
  try {
    return scriptBlockFromText(args[0] == null ? '' : String(args[0]), view);
  } catch (e) {
    if (e instanceof PSRuntimeError) throw methodException(name, args, e.record.message, 'System.Management.Automation.ParseException');
    throw e;
  }
}
