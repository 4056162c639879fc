// Conformance cases for language and pipeline corners: what Windows PowerShell 5.1 prints for
// read-only automatic variables, AutomationNull, typed variables, stream redirections, trap,
// JSON, sorting, file dates, Invoke-Expression error ids and Add-Member -PassThru.

import type { Case } from './conformanceCases.js';

const c = (name: string, script: string, ...out: string[]): Case => ({ name, script, out });
const e = (name: string, script: string, error: string, ...out: string[]): Case => ({ name, script, error, out: out.length ? out : undefined });

export const readOnlyVariableCases: Case[] = [
  e('assigning $? is refused', '$? = 1; "after"', 'Cannot overwrite variable ? because it is read-only or constant.', 'after'),
  e('assigning $? names its id', '$? = $false', 'FullyQualifiedErrorId : VariableNotWritable'),
  e('assigning $true shows the variable as target', '$true = 1', 'WriteError: (true:String) [], SessionStateUnauthorizedAccessException'),
  e('assigning $? inside a function is refused', 'function F { $? = 1; "in" }; F', 'Cannot overwrite variable ? because it is read-only or constant.', 'in'),
  c('assigning $null discards', '$null = 1; "ok"; $null -eq $null', 'ok', 'True'),
];

export const cornerCases: Case[] = [...readOnlyVariableCases];
