// System.Management.Automation.ScriptBlock's members. Invoke runs the block, so it takes the
// evaluator from the call context; the rest read the block's syntax tree.

import type { Extent } from '../../lang/ast.js';
import { PSRuntimeError } from '../errors.js';
import { isCallDepthOverflow } from '../eval/errors.js';
import { methodException, withoutArguments } from './support.js';
import { toStringOverride } from '../runtime/convert.js';
import { NO_METHOD, type MemberCallContext, MemberTable } from '../runtime/memberTable.js';
import { PSObject, type ScriptBlockValue } from '../runtime/values.js';

/** The block's text as written, braces included. */
function extentText(e: Extent): string {
  return e.source.text.slice(e.start, e.end);
}

/** `$sb.Ast`: the syntax tree as scripts read it (its Extent and text). */
function astOf(sb: ScriptBlockValue): PSObject {
  const e = sb.ast.extent;
  const extent = new PSObject('System.Management.Automation.Language.InternalScriptExtent', {
    File: e.source.file ?? null,
    StartLineNumber: e.line,
    StartColumnNumber: e.column,
    EndLineNumber: e.endLine,
    EndColumnNumber: e.endColumn,
    Text: extentText(e),
    StartOffset: e.start,
    EndOffset: e.end,
  });
  toStringOverride.set(extent, () => extentText(e));
  const ast = new PSObject('System.Management.Automation.Language.ScriptBlockAst', { Extent: extent, Parent: null });
  toStringOverride.set(ast, () => extentText(e));
  return ast;
}

/** `$sb.StartPosition`: the token the block starts with, as PSParser tokens describe it. */
function startPosition(sb: ScriptBlockValue): PSObject {
  const e = sb.ast.extent;
  return new PSObject('System.Management.Automation.PSToken', {
    Content: extentText(e).slice(0, 1),
    Type: 'GroupStart',
    Start: e.start,
    Length: 1,
    StartLine: e.line,
    StartColumn: e.column,
    EndLine: e.line,
    EndColumn: e.column + 1,
  });
}

/**
 * Runs the block with the call's arguments; without an evaluator at hand there is no such method.
 * An error that ends the block comes out as the method's exception, as .NET reports it; a call
 * depth overflow goes on up as it is, so every route into deep recursion ends the same way.
 */
function invoker(name: string) {
  return (sb: ScriptBlockValue, args: unknown[], ctx?: MemberCallContext): unknown => {
    if (!ctx) return NO_METHOD;
    return ctx.services.invokeScriptBlock(sb, { args }).catch((err: unknown) => {
      if (err instanceof PSRuntimeError && !isCallDepthOverflow(err)) throw methodException(name, args, err.record.message, err.record.exceptionType);
      throw err;
    });
  };
}

export const SCRIPT_BLOCK_MEMBERS = new MemberTable<ScriptBlockValue>()
  // A block keeps the scope it was made in, so the closure is the block itself. [I]
  .method('GetNewClosure', 'scriptblock GetNewClosure()', withoutArguments('GetNewClosure', (sb: ScriptBlockValue) => sb))
  .method('Invoke', 'System.Collections.ObjectModel.Collection[psobject] Invoke(Params System.Object[] args)', invoker('Invoke'))
  .method('InvokeReturnAsIs', 'System.Object InvokeReturnAsIs(Params System.Object[] args)', invoker('InvokeReturnAsIs'))
  .method('ToString', 'string ToString()', withoutArguments('ToString', (sb: ScriptBlockValue) => sb.text))
  .property('Ast', 'System.Management.Automation.Language.Ast', astOf)
  .property('File', 'string', (sb) => sb.ast.extent.source.file ?? null)
  // Scripts and functions here never come from a module. [I]
  .property('Module', 'psmoduleinfo', () => null)
  .property('StartPosition', 'System.Management.Automation.PSToken', startPosition);
