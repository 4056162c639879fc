// Get-History: the commands run in the interactive session, as HistoryInfo objects. The list is the
// session's (its SessionState; only the interactive shell records into it); outside the shell (`-c`,
// `run`) it is empty, as in a fresh PowerShell host.

import { cmdletDefinition } from '../../catalog/registry.js';
import type { CmdletContext, CmdletMetadata, ParameterMetadata } from '../../engine/cmdlet.js';
import { PSObject } from '../../engine/runtime/values.js';
import { parameter } from '../../engine/parameterMetadata.js';
import type { HistoryItem, SessionHistory } from '../../engine/session/history.js';
import { invokeHistoryCmdlet } from './invokeHistory.js';
import type { CmdletDefinition } from '../../engine/cmdlet.js';

/** The cmdlets this module declares, gathered by its family index. */
export const cmdlets: CmdletDefinition[] = [];

export const HISTORY_INFO_TYPE = 'Microsoft.PowerShell.Commands.HistoryInfo';

/** The session's command list; empty outside the interactive shell. */
export function historyOf(ctx: CmdletContext): SessionHistory {
  return ctx.engine.state.history;
}

export function historyInfo(item: HistoryItem): PSObject {
  return new PSObject([HISTORY_INFO_TYPE, 'System.Object'], [
    ['Id', item.id],
    ['CommandLine', item.commandLine],
    ['ExecutionStatus', item.executionStatus],
    ['StartExecutionTime', item.startExecutionTime],
    ['EndExecutionTime', item.endExecutionTime],
  ]);
}

function param(name: string, type: string, position: number, isArray = false): ParameterMetadata {
  return parameter({ name, type, isArray, position, pipeline: name === 'Id' ? 'True (ByPropertyName, ByValue)' : 'False' });
}

export const getHistoryMetadata: CmdletMetadata = {
  name: 'Get-History',
  verb: 'Get',
  noun: 'History',
  defaultParameterSet: null,
  parameterSets: ['__AllParameterSets'],
  supportsShouldProcess: false,
  parameters: [param('Id', 'Int64', 0, true), param('Count', 'Int32', 1)],
  outputType: HISTORY_INFO_TYPE,
  module: 'Microsoft.PowerShell.Core',
  className: 'Microsoft.PowerShell.Commands.GetHistoryCommand',
};

function toIds(value: unknown): number[] {
  const list = Array.isArray(value) ? value : [value];
  return list.map((v) => Number(v)).filter((n) => Number.isFinite(n));
}

function selectItems(ctx: CmdletContext): HistoryItem[] {
  const sessionHistory = historyOf(ctx);
  const all = [...sessionHistory.all()];
  const count = ctx.bound.has('Count') ? Number(ctx.params.Count) : undefined;
  if (ctx.bound.has('Id')) {
    const found: HistoryItem[] = [];
    for (const id of toIds(ctx.params.Id)) {
      const item = sessionHistory.get(id);
      if (!item) {
        ctx.writeError({
          message: `Cannot locate history for Id ${id}.`,
          errorId: 'GetHistoryNotFound',
          category: 'ObjectNotFound',
          targetObject: id,
          exceptionType: 'System.ArgumentException',
        });
        continue;
      }
      if (count !== undefined && toIds(ctx.params.Id).length === 1) {
        const end = all.indexOf(item);
        return all.slice(Math.max(0, end - count + 1), end + 1);
      }
      found.push(item);
    }
    return found;
  }
  return count === undefined ? all : all.slice(Math.max(0, all.length - count));
}

// The console's default HistoryInfo view: a table of Id (right-aligned) and CommandLine.

cmdlets.push(
  cmdletDefinition(getHistoryMetadata, () => ({
    process(ctx) {
      for (const item of selectItems(ctx)) ctx.writeObject(historyInfo(item));
    },
  })),
  // The target -WhatIf and -Confirm name is the line as Get-History shows it (secrets masked).
  invokeHistoryCmdlet(historyOf, (history, item) => history.get(item.id)?.commandLine ?? item.commandLine),
);
