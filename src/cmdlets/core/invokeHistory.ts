// Invoke-History (aliases r, ihy): runs a command of the session history again, by Id, by the start of
// its command line, or the most recent one. As in 5.1 it echoes the line before running it, runs it in
// the caller's scope, and the history records the line it ran rather than `r`.

import type { CmdletContext, ErrorSpec } from '../../engine/cmdlet.js';
import { toStr } from '../../engine/runtime/convert.js';
import { PSRuntimeError } from '../../engine/errors.js';
import { scriptBlockFromText } from '../../engine/functions/scriptText.js';
import { maskedSourceLine } from '../../engine/secrets/redact.js';
import type { ScriptBlockValue } from '../../engine/runtime/values.js';
import { CORE, define } from './meta.js';
import type { HistoryItem, SessionHistory } from '../../engine/session/history.js';
import type { CmdletDefinition } from '../../engine/cmdlet.js';

/** History entries being run again right now, per session list: an entry that reaches itself is a loop. */
const running = new WeakMap<SessionHistory, Set<number>>();

const invalidOperation = (message: string, errorId: string): ErrorSpec => ({ message, errorId, category: 'InvalidOperation', exceptionType: 'System.InvalidOperationException' });

/** The entry an -Id names: a number is an Id, any other text the start of a command line (newest first). */
function entryFor(ctx: CmdletContext, history: SessionHistory, id: string | undefined): HistoryItem {
  const items = history.typed();
  if (id === undefined) {
    const last = items[items.length - 1];
    return last ?? ctx.throwTerminatingError(invalidOperation('Cannot locate most recent history.', 'InvokeHistoryNoLastHistoryEntryFound'));
  }
  if (/^\s*[+-]?\d+\s*$/.test(id)) {
    const n = Number(id);
    if (n <= 0) {
      ctx.throwTerminatingError({
        message: `The identifier ${n} is not a valid value for a History identifier. Specify a positive number, and then try again.`,
        errorId: 'InvokeHistoryInvalidIdGetHistory',
        category: 'InvalidArgument',
        exceptionType: 'System.ArgumentOutOfRangeException',
        targetObject: n,
      });
    }
    const found = items.find((i) => i.id === n);
    return found ?? ctx.throwTerminatingError({ message: `Cannot locate the history for Id ${n}.`, errorId: 'InvokeHistoryNoHistoryForId', category: 'ObjectNotFound', exceptionType: 'System.ArgumentException', targetObject: n });
  }
  const match = [...items].reverse().find((i) => i.commandLine.startsWith(id));
  return (
    match ??
    ctx.throwTerminatingError({ message: `Cannot locate the history for command line ${id}.`, errorId: 'InvokeHistoryNoHistoryForCommandline', category: 'ObjectNotFound', exceptionType: 'System.ArgumentException', targetObject: id })
  );
}

function parse(ctx: CmdletContext, line: string): ScriptBlockValue {
  try {
    return scriptBlockFromText(line, ctx.engine.secrets?.sourceLine ?? maskedSourceLine);
  } catch (e) {
    if (!(e instanceof PSRuntimeError)) throw e;
    return ctx.throwTerminatingError({ message: e.record.message, errorId: e.record.fullyQualifiedErrorId, category: 'ParserError', exceptionType: 'System.Management.Automation.ParseException' });
  }
}

async function invokeEntry(ctx: CmdletContext, history: SessionHistory, ids: string[], shown: (history: SessionHistory, item: HistoryItem) => string): Promise<void> {
  if (ids.length > 1) {
    ctx.throwTerminatingError({
      message: 'Cannot process multiple history commands. You can only run a single command by using Invoke-History.',
      errorId: 'InvokeHistoryMultipleCommandsError',
      category: 'InvalidArgument',
      exceptionType: 'System.ArgumentException',
    });
  }
  const entry = entryFor(ctx, history, ids[0]);
  const active = running.get(history) ?? new Set<number>();
  running.set(history, active);
  if (active.has(entry.id)) ctx.throwTerminatingError(invalidOperation('The Invoke-History cmdlet is called repeatedly, in a loop.', 'InvokeHistoryLoopDetected'));
  history.recordRunningAs(entry.commandLine);
  if (!(await ctx.shouldProcess(shown(history, entry)))) return;
  ctx.writeHost(entry.commandLine);
  const block = parse(ctx, entry.commandLine);
  active.add(entry.id);
  try {
    for (const v of await ctx.engine.invokeScriptBlock(block, { dotSource: true })) ctx.writeObject(v);
  } finally {
    active.delete(entry.id);
  }
}

/** Invoke-History over the session's command list (`history(ctx)`). */
export function invokeHistoryCmdlet(history: (ctx: CmdletContext) => SessionHistory, shown: (history: SessionHistory, item: HistoryItem) => string): CmdletDefinition {
  return define('Invoke-History', { module: CORE, shouldProcess: true, params: { Id: { position: 0, pipeline: 'True (ByPropertyName)' } } }, () => {
    const ids: string[] = [];
    return {
      process(ctx) {
        if (ctx.params.Id !== undefined && ctx.params.Id !== null) ids.push(toStr(ctx.params.Id));
      },
      end: (ctx) => invokeEntry(ctx, history(ctx), ids, shown),
    };
  });
}
