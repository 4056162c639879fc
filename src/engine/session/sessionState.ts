// What one session owns, built when it starts (as PowerShell builds an InitialSessionState per
// runspace): its cmdlets, default views, aliases and command history. The expensive parts (the
// catalog, the shipped views) are read once per process and shared, never copied; what a session adds
// or changes stays in its own tables, so two sessions in one process never see each other's.

import { CmdletTable } from '../../catalog/registry.js';
import { createViewTable, type ViewTable } from '../../format/views.js';
import type { CmdletDefinition } from '../cmdlet.js';
import { AliasTable } from './aliases.js';
import { SessionHistory } from './history.js';

export interface SessionState {
  /** The built-in cmdlets and this session's own (a lab shell's commands). */
  readonly cmdlets: CmdletTable;
  /** The shipped default views and the ones this session registered. */
  readonly views: ViewTable;
  /** Built-in aliases and the ones Set-Alias / New-Alias made in this session. */
  readonly aliases: AliasTable;
  /** The commands run in this session (Get-History); only the interactive shell records into it. */
  readonly history: SessionHistory;
}

export interface SessionStateOptions {
  /** Cmdlets only this session has, besides the built-in ones. */
  cmdlets?: readonly CmdletDefinition[];
  /** The command list to use (the interactive shell makes it first, to mask secrets in it). */
  history?: SessionHistory;
}

export function createSessionState(options: SessionStateOptions = {}): SessionState {
  return {
    cmdlets: new CmdletTable(options.cmdlets),
    views: createViewTable(),
    aliases: new AliasTable(),
    history: options.history ?? new SessionHistory(),
  };
}
