// Conformance cases for the variable cmdlets (New/Set/Get/Clear/Remove-Variable with scopes and
// options) and for the -OutVariable / -ErrorVariable common parameters, as Windows PowerShell 5.1
// prints them.
// [I] not confirmed on a 5.1 console: the wording for a scope number beyond the active scopes, and
// -ErrorVariable on an advanced function holding at least the one error Write-Error wrote.

import type { Case } from './conformanceCases.js';

const c = (name: string, script: string, ...out: string[]): Case => ({ name, script, out });
const e = (name: string, script: string, error: string, ...out: string[]): Case => ({ name, script, error, out: out.length ? out : undefined });

const NOT_WRITABLE = 'Cannot overwrite variable x because it is read-only or constant.';
const NOT_REMOVABLE = 'Cannot remove variable x because it is constant or read-only. If the variable is read-only, try the operation again specifying the Force option.';

export const variableCmdletCases: Case[] = [
  c('New-Variable creates a variable', 'New-Variable x 5; $x', '5'),
  e('New-Variable on an existing name is refused', '$x = 1; New-Variable x 2; $x', "A variable with name 'x' already exists.", '1'),
  e('New-Variable on an existing name names its id', 'New-Variable x 1; New-Variable x 2', 'FullyQualifiedErrorId : VariableAlreadyExists,Microsoft.PowerShell.Commands.NewVariableCommand'),
  c('New-Variable -Force replaces an existing value', '$x = 1; New-Variable x 2 -Force; $x', '2'),
  c('New-Variable -PassThru writes the variable', '(New-Variable x 5 -PassThru).Value', '5'),
  c('New-Variable keeps its description', "New-Variable x 1 -Description 'the x'; (Get-Variable x).Description", 'the x'),
  c('a new variable has no options', 'New-Variable x 1; (Get-Variable x).Options', 'None'),
  c('-Option ReadOnly shows in Options', 'New-Variable x 1 -Option ReadOnly; (Get-Variable x).Options', 'ReadOnly'),
  c('several options show joined', 'New-Variable x 1 -Option ReadOnly, AllScope; (Get-Variable x).Options', 'ReadOnly, AllScope'),
  e('assigning a read-only variable is refused', 'New-Variable x 1 -Option ReadOnly; $x = 2; $x', NOT_WRITABLE, '1'),
  e('Set-Variable on a read-only variable is refused', 'New-Variable x 1 -Option ReadOnly; Set-Variable x 2; $x', NOT_WRITABLE, '1'),
  e('the Set-Variable refusal names its id', 'New-Variable x 1 -Option ReadOnly; Set-Variable x 2', 'FullyQualifiedErrorId : VariableNotWritable,Microsoft.PowerShell.Commands.SetVariableCommand'),
  c('Set-Variable -Force overwrites a read-only variable', 'New-Variable x 1 -Option ReadOnly; Set-Variable x 2 -Force; $x', '2'),
  e('assigning a constant is refused', 'New-Variable x 1 -Option Constant; $x = 2; $x', NOT_WRITABLE, '1'),
  e('Set-Variable -Force does not overwrite a constant', 'New-Variable x 1 -Option Constant; Set-Variable x 2 -Force; $x', NOT_WRITABLE, '1'),
  e('a constant cannot be removed', 'New-Variable x 1 -Option Constant; Remove-Variable x -Force; $x', NOT_REMOVABLE, '1'),
  e('the removal refusal names its id', 'New-Variable x 1 -Option Constant; Remove-Variable x', 'FullyQualifiedErrorId : VariableNotRemovable,Microsoft.PowerShell.Commands.RemoveVariableCommand'),
  e('a read-only variable needs -Force to be removed', 'New-Variable x 1 -Option ReadOnly; Remove-Variable x; $x', NOT_REMOVABLE, '1'),
  c('Remove-Variable -Force removes a read-only variable', 'New-Variable x 1 -Option ReadOnly; Remove-Variable x -Force; $null -eq $x', 'True'),
  e('an existing variable cannot be made constant', '$x = 1; Set-Variable x 2 -Option Constant', 'Existing variable x cannot be made constant. Variables can be made constant only at creation time.'),
  c('Set-Variable can create a constant', 'Set-Variable x 1 -Option Constant; (Get-Variable x).Options', 'Constant'),
  e('Clear-Variable on a read-only variable is refused', 'New-Variable x 1 -Option ReadOnly; Clear-Variable x; $x', NOT_WRITABLE, '1'),
  c('Clear-Variable -Force clears a read-only variable', 'New-Variable x 1 -Option ReadOnly; Clear-Variable x -Force; $null -eq $x', 'True'),
  c('Clear-Variable keeps the variable', '$x = 5; Clear-Variable x; $null -eq $x; (Get-Variable x).Name', 'True', 'x'),
  e('Clear-Variable of a missing name', 'Clear-Variable nope', 'FullyQualifiedErrorId : VariableNotFound,Microsoft.PowerShell.Commands.ClearVariableCommand'),
  c('a removed variable reads as $null', '$x = 5; Remove-Variable x; $null -eq $x; "[$x]"', 'True', '[]'),
  e('Remove-Variable of a missing name', 'Remove-Variable nope', "Cannot find a variable with the name 'nope'."),
  e('Get-Variable of a missing name', 'Get-Variable nope', "Cannot find a variable with the name 'nope'."),
  e('Get-Variable of a missing name is ObjectNotFound', 'Get-Variable nope', 'ObjectNotFound: (nope:String) [Get-Variable], ItemNotFoundException'),
  e('Get-Variable of a missing name names its id', 'Get-Variable nope', 'FullyQualifiedErrorId : VariableNotFound,Microsoft.PowerShell.Commands.GetVariableCommand'),
  c('Get-Variable -ValueOnly', '$x = 7; Get-Variable x -ValueOnly', '7'),
  c('Get-Variable wildcards sort by name', '$zqb = 1; $zqa = 2; (Get-Variable zq*).Name', 'zqa', 'zqb'),
  c('a wildcard matching nothing is no error', "Get-Variable zqnothing*; 'ok'", 'ok'),
  c('Get-Variable -Exclude', '$zqa = 1; $zqb = 2; (Get-Variable zq* -Exclude zqa).Name', 'zqb'),
  c('Get-Variable -Include', '$zqa = 1; $zqb = 2; (Get-Variable zq* -Include *b).Name', 'zqb'),
  c('Remove-Variable with a wildcard and -Exclude', '$zqa = 1; $zqb = 2; Remove-Variable zq* -Exclude zqb; "[$zqa][$zqb]"', '[][2]'),
  c('Set-Variable -Scope Global from a function', 'function F { Set-Variable g 5 -Scope Global }; F; $g', '5'),
  c('Set-Variable -Scope Script from a function', 'function F { Set-Variable s 6 -Scope Script }; F; $s', '6'),
  c('New-Variable in a function stays local', 'function F { New-Variable l 5; $l }; F; $null -eq $l', '5', 'True'),
  c('Get-Variable -Scope 1 reads the parent scope', "$x = 'outer'; function F { $x = 'inner'; (Get-Variable x -Scope 1).Value; (Get-Variable x -Scope 0).Value }; F", 'outer', 'inner'),
  e('Get-Variable -Scope Local does not see the parent', "$x = 'outer'; function F { Get-Variable x -Scope Local }; F", "Cannot find a variable with the name 'x'."),
  e('a scope number beyond the active scopes', 'Get-Variable x -Scope 99', "The scope number '99' exceeds the number of active scopes."),
  c('Remove-Variable -Scope Global from a function', '$x = 1; function F { $x = 2; Remove-Variable x -Scope Global }; F; $null -eq $x', 'True'),
  c('an AllScope variable is shared with child scopes', 'New-Variable x 1 -Option AllScope; function F { $x = 2 }; F; $x', '2'),
  c('a private variable is hidden from child scopes', "New-Variable x 1 -Option Private; function F { \"[$x]\" }; F; $x", '[]', '1'),
  e('an unknown option is refused', 'New-Variable x 1 -Option Sticky', 'Unable to match the identifier name Sticky to a valid enumerator name.'),
  c('New-Variable -Scope Global from a function', 'function F { New-Variable g 7 -Scope Global }; F; $g', '7'),
  c('Set-Variable -Description on an existing variable', "$x = 1; Set-Variable x -Description 'about x'; (Get-Variable x).Description; $x", 'about x', '1'),
  c('Set-Variable -Option ReadOnly keeps the value', '$x = 4; Set-Variable x -Option ReadOnly; $x; (Get-Variable x).Options', '4', 'ReadOnly'),
  c('Get-Variable -Scope Script from a function', "$x = 'script'; function F { $x = 'local'; (Get-Variable x -Scope Script).Value }; F", 'script'),
  c('-Visibility shows in the variable', 'New-Variable x 1 -Visibility Private; (Get-Variable x).Visibility', 'Private'),
  e('-Visibility takes Public or Private', 'New-Variable x 1 -Visibility Hidden', 'FullyQualifiedErrorId : CannotConvertArgumentNoMessage,Microsoft.PowerShell.Commands.NewVariableCommand'),
  c('Set-Variable -PassThru writes the variable', '(Set-Variable x 3 -PassThru).Value', '3'),
  c('Set-Variable writes nothing without -PassThru', "Set-Variable x 3; 'done'", 'done'),
  c('Set-Variable takes its value from the pipeline', '5 | Set-Variable v; $v', '5'),
  c('Get-Variable output pipes to Remove-Variable', '$zqa = 1; Get-Variable zqa | Remove-Variable; $null -eq $zqa', 'True'),
];

export const outVariableCases: Case[] = [
  c('-OutVariable holds an ArrayList', 'Write-Output 1 -OutVariable ov | Out-Null; $ov.GetType().FullName', 'System.Collections.ArrayList'),
  c('-OutVariable of one object is still a list', "Write-Output 'a' -OutVariable ov | Out-Null; $ov.Count; $ov[0]", '1', 'a'),
  c('-OutVariable collects every object', '1..3 | Write-Output -OutVariable ov | Out-Null; $ov -join ","', '1,2,3'),
  c('-OutVariable does not take the output away', '$r = Write-Output 5 -OutVariable ov; $r; $ov[0]', '5', '5'),
  c('-OutVariable + appends', 'Write-Output 1 -OutVariable ov > $null; Write-Output 2 -OutVariable +ov > $null; $ov -join ","', '1,2'),
  c('-OutVariable + on a new name starts a list', 'Write-Output 1 -OutVariable +fresh > $null; $fresh.GetType().Name; $fresh.Count', 'ArrayList', '1'),
  c('-OutVariable without + replaces', 'Write-Output 1 -OutVariable ov > $null; Write-Output 2 -OutVariable ov > $null; $ov -join ","', '2'),
  c('-OutVariable in the middle of a pipeline', '1..3 | ForEach-Object { $_ * 2 } -OutVariable mid | Measure-Object -Sum | ForEach-Object Sum; $mid -join ","', '12', '2,4,6'),
  c('-OutVariable of a command with no output is empty', 'Get-Variable zqnothing* -OutVariable none; $none.GetType().Name; $none.Count', 'ArrayList', '0'),
  c('-OutVariable on an advanced function', "function F { [CmdletBinding()] param() 'a'; 'b' }; F -OutVariable fo | Out-Null; $fo -join ','", 'a,b'),
  c('-OutVariable is set in the scope that runs the command', "function F { [CmdletBinding()] param() 'x' }; & { F -OutVariable sv | Out-Null; $sv.Count }; $null -eq $sv", '1', 'True'),
  c('-ErrorVariable collects the error', 'Get-Variable nope -ErrorVariable ev -ErrorAction SilentlyContinue; $ev.Count; $ev[0].Exception.Message', '1', "Cannot find a variable with the name 'nope'."),
  c('-ErrorVariable holds ErrorRecords in an ArrayList', 'Get-Variable nope -ErrorVariable ev -ErrorAction SilentlyContinue; $ev.GetType().Name; $ev[0].GetType().Name', 'ArrayList', 'ErrorRecord'),
  c('-ErrorVariable is an empty list when there is no error', '$x = 1; Get-Variable x -ErrorVariable ev | Out-Null; $ev.GetType().Name; $ev.Count', 'ArrayList', '0'),
  c('-ErrorVariable + appends', 'Get-Variable n1 -ErrorVariable ev -ErrorAction SilentlyContinue; Get-Variable n2 -ErrorVariable +ev -ErrorAction SilentlyContinue; $ev.Count; $ev[1].TargetObject', '2', 'n2'),
  c('-ErrorVariable without + replaces', 'Get-Variable n1 -ErrorVariable ev -ErrorAction SilentlyContinue; Get-Variable n2 -ErrorVariable ev -ErrorAction SilentlyContinue; $ev.Count', '1'),
  e('-ErrorVariable still shows the error without SilentlyContinue', "Get-Variable nope -ErrorVariable ev; $ev.Count", "Cannot find a variable with the name 'nope'.", '1'),
  c('errors kept in -ErrorVariable also go to $Error', '$Error.Clear(); Get-Variable nope -ErrorVariable ev -ErrorAction SilentlyContinue; $Error.Count', '1'),
  c('-ErrorVariable with -ErrorAction Stop inside try', 'try { Get-Variable nope -ErrorAction Stop -ErrorVariable se } catch { "caught" }; $se[0].Exception.Message', 'caught', "Cannot find a variable with the name 'nope'."),
  c('-ErrorVariable on an advanced function', "function F { [CmdletBinding()] param() Write-Error 'bad' }; F -ErrorVariable fe -ErrorAction SilentlyContinue; $fe.Count -ge 1; \"$($fe[0])\"", 'True', 'bad'),
  c('-OutVariable on Where-Object', "1..4 | Where-Object { $_ % 2 } -OutVariable odd | Out-Null; $odd -join ','", '1,3'),
];
