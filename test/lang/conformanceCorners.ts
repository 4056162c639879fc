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

export const automationNullCases: Case[] = [
  c('no output vanishes from an array', '@(& {}).Count', '0'),
  c('$null stays in an array', '@($null).Count', '1'),
  c('a variable holding no output equals $null', '$a = & {}; $a -eq $null', 'True'),
  c('a variable holding no output is an empty array', '$a = & {}; @($a).Count', '0'),
  c('a function without output stored then wrapped', 'function Get-Nothing {}; $x = Get-Nothing; @($x).Count', '0'),
  c('no output copied to another variable', '$a = & {}; $b = $a; @($b).Count', '0'),
  c('a variable holding $null is one element', '$b = $null; @($b).Count', '1'),
  c('no output sends nothing down a pipeline', "& {} | ForEach-Object { 'x' }; 'end'", 'end'),
  c('$null goes down a pipeline', "$null | ForEach-Object { 'x' }", 'x'),
  c('a variable holding no output sends nothing', "$a = & {}; $a | ForEach-Object { 'x' }; 'end'", 'end'),
  c('a variable holding $null sends $null', "$a = $null; $a | ForEach-Object { 'x' }", 'x'),
  c('no output in a string is empty', '$a = & {}; "[$a]"', '[]'),
  c('no output as a hashtable value is $null', '$a = & {}; $h = @{ k = $a }; $h.ContainsKey("k"); $null -eq $h.k', 'True', 'True'),
  c('Get-Variable shows no output as $null', '$a = & {}; $null -eq (Get-Variable a -ValueOnly)', 'True'),
  c('a typed variable converts no output', '[int]$n = & {}; $n', '0'),
];

export const typedVariableCases: Case[] = [
  c('a typed array keeps its type after +=', '[int[]]$a = 1, 2; $a += 3; $a.GetType().Name; $a -join ","', 'Int32[]', '1,2,3'),
  c('a typed array converts what += adds', '[int[]]$a = 1; $a += "4"; $a[1].GetType().Name', 'Int32'),
  c('a typed variable converts a later assignment', '[int]$i = 5; $i = "7"; $i.GetType().Name; $i', 'Int32', '7'),
  e('a typed variable refuses what does not convert', '[int]$i = 5; $i = "x"; $i', 'Cannot convert value "x" to type "System.Int32". Error: "Input string was not in a correct format."', '5'),
  e('the refusal is an argument transformation error', '[int]$i = 5; $i = "x"', 'MetadataError: (:) [], ArgumentTransformationMetadataException'),
  e('the refusal has the RuntimeException id', '[int]$i = 5; $i = "x"', 'FullyQualifiedErrorId : RuntimeException'),
  e('a typed declaration refuses the same way', '[int]$i = "x"', 'MetadataError: (:) [], ArgumentTransformationMetadataException'),
  c('a typed string variable stays a string', '[string]$s = 5; $s += 1; $s.GetType().Name; $s', 'String', '51'),
  c('a typed parameter keeps its type', 'function F([int]$n) { $n = "8"; $n.GetType().Name }; F 1', 'Int32'),
];

export const streamRedirectionCases: Case[] = [
  c('verbose merged into output', "Write-Verbose 'v' -Verbose 4>&1 | ForEach-Object { \"got $_\" }", 'got v'),
  c('warning merged into output', "Write-Warning 'w' 3>&1 | ForEach-Object { \"got $_\" }", 'got w'),
  c('a merged warning shows as a warning line', "Write-Warning 'w' 3>&1", 'WARNING: w'),
  c('a merged verbose record keeps its type', "$r = Write-Verbose 'v' -Verbose 4>&1; $r.GetType().Name; $r.Message", 'VerboseRecord', 'v'),
  c('warning discarded', "Write-Warning 'w' 3>$null; 'a'", 'a'),
  c('debug merged into output', "$DebugPreference = 'Continue'; & { Write-Debug 'd'; 'o' } 5>&1 | ForEach-Object { \"[$_]\" }", '[d]', '[o]'),
  c('information merged into output', "Write-Information 'i' -InformationAction Continue 6>&1 | ForEach-Object { \"got $_\" }", 'got i'),
  c('Write-Host goes to the information stream', "Write-Host 'h' 6>&1 | ForEach-Object { \"got $_\" }", 'got h'),
  c('Write-Host discarded with 6>$null', "Write-Host 'h' 6>$null; 'a'", 'a'),
  c('every stream merged in order', "& { Write-Warning 'w'; Write-Verbose 'v' -Verbose; Write-Error 'e'; Write-Host 'h'; 'o' } *>&1 | ForEach-Object { \"[$_]\" }", '[w]', '[v]', '[e]', '[h]', '[o]'),
  c('every stream discarded', "& { Write-Warning 'w'; Write-Error 'e'; Write-Host 'h'; 'o' } *>$null; 'a'", 'a'),
  c('a function streams redirected at the call', "function F { Write-Warning 'fw'; 'fo' }; F 3>&1 | ForEach-Object { \"[$_]\" }", '[fw]', '[fo]'),
  c('a script block expression redirected', "$v = & { Write-Verbose 'x' -Verbose } 4>&1; \"[$v]\"", '[x]'),
];

export const trapCases: Case[] = [
  c('trap continue hides the error and runs the next statement', 'trap { "caught $_"; continue }; 1/0; "after"', 'caught Attempted to divide by zero.', 'after'),
  e('trap without continue shows the error and runs the next statement', 'trap { "caught" }; 1/0; "after"', 'Attempted to divide by zero.', 'caught', 'after'),
  e('trap break shows the error and stops the script', 'trap { "caught"; break }; 1/0; "after"', 'Attempted to divide by zero.', 'caught'),
  c('a trap written after the failing statement still applies', '1/0; "after"; trap { "late trap"; continue }', 'late trap', 'after'),
  c('a trap in a function resumes inside the function', 'function F { trap { "in trap"; continue }; 1/0; "f after" }; F; "main"', 'in trap', 'f after', 'main'),
  e('a trap break in a function stops the script', 'function F { trap { "in trap"; break }; 1/0; "f after" }; F; "main"', 'Attempted to divide by zero.', 'in trap'),
  c('a script trap leaves the failing function and resumes after its call', 'trap { "trapped"; continue }; function F { 1/0; "f after" }; F; "main"', 'trapped', 'main'),
  c('a typed trap takes its type only', 'trap [System.DivideByZeroException] { "zero"; continue }; trap { "other"; continue }; 1/0; throw "x"; "end"', 'zero', 'other', 'end'),
  c('a trap catches throw', 'trap { "got: $_"; continue }; throw "boom"; "after"', 'got: boom', 'after'),
  c('a trap sees the error in $Error', 'trap { continue }; 1/0; $Error[0].Exception.Message', 'Attempted to divide by zero.'),
  c('a trap catches a cmdlet error turned terminating', 'trap { "trapped"; continue }; Get-Item C:\\nothing\\here -ErrorAction Stop; "after"', 'trapped', 'after'),
];

export const jsonCases: Case[] = [
  c('ConvertTo-Json keeps $null array elements', 'ConvertTo-Json @(1, $null, 2) -Compress', '[1,null,2]'),
  c('ConvertTo-Json of $null as an argument', 'ConvertTo-Json $null', 'null'),
  c('ConvertTo-Json of $null through the pipeline', '$null | ConvertTo-Json', 'null'),
  c('ConvertTo-Json of an empty array argument', 'ConvertTo-Json @() -Compress', '[]'),
  c('ConvertTo-Json of nothing piped writes nothing', '@() | ConvertTo-Json; "end"', 'end'),
  c('ConvertFrom-Json accepts unquoted property names', "('{name:1, other: \"x\"}' | ConvertFrom-Json).name", '1'),
  c('ConvertFrom-Json unquoted names keep their order', "('{b:1,a:2}' | ConvertFrom-Json).PSObject.Properties.Name -join ','", 'b,a'),
  e('ConvertFrom-Json still refuses broken text', "'{name:' | ConvertFrom-Json", "Invalid object passed in, ':' or '}' expected. (6): {name:"),
];

const stamp = '$d = Get-Date -Year 2024 -Month 3 -Day 5 -Hour 14 -Minute 7 -Second 9 -Millisecond 123; ';

export const sortAndDateCases: Case[] = [
  c('Get-Unique -OnType compares .NET types, not values', '@((Get-Date -Year 2020), (Get-Date -Year 2021), 1, 2, "a") | Get-Unique -OnType | ForEach-Object { $_.GetType().Name }', 'DateTime', 'Int32', 'String'),
  c('Sort-Object puts $null first ascending', '($null, 3, 1, $null, 2 | Sort-Object | ForEach-Object { "[$_]" }) -join ","', '[],[],[1],[2],[3]'),
  c('Sort-Object puts $null last descending', '($null, 3, 1, 2 | Sort-Object -Descending | ForEach-Object { "[$_]" }) -join ","', '[3],[2],[1],[]'),
  c('Sort-Object by a property with $null values', '([pscustomobject]@{ N = 2 }, [pscustomobject]@{ N = $null }, [pscustomobject]@{ N = 1 } | Sort-Object N | ForEach-Object { "[$($_.N)]" }) -join ","', '[],[1],[2]'),
  c('Sort-Object compares numbers as numbers', '(10, 9, 100 | Sort-Object) -join ","', '9,10,100'),
  c('Get-Date -Format FileDate', stamp + 'Get-Date $d -Format FileDate', '20240305'),
  c('Get-Date -Format FileDateTime', stamp + 'Get-Date $d -Format FileDateTime', '20240305T1407091230'),
  c('Get-Date -Format FileDateUniversal', stamp + '(Get-Date $d -Format FileDateUniversal) -eq ($d.ToUniversalTime().ToString("yyyyMMdd") + "Z")', 'True'),
  c('Get-Date -Format FileDateTimeUniversal', stamp + '(Get-Date $d -Format FileDateTimeUniversal) -eq ($d.ToUniversalTime().ToString("yyyyMMddTHHmmssffff") + "Z")', 'True'),
  c('the FileDate names are not case-sensitive', stamp + 'Get-Date $d -Format filedate', '20240305'),
];

const IEX = 'Microsoft.PowerShell.Commands.InvokeExpressionCommand';

export const invokeExpressionCases: Case[] = [
  e('an error inside Invoke-Expression names the command in its id', 'Invoke-Expression "1/0"', `FullyQualifiedErrorId : RuntimeException,${IEX}`),
  c('a caught error from Invoke-Expression has the suffixed id', 'try { Invoke-Expression "1/0" } catch { $_.FullyQualifiedErrorId }', `RuntimeException,${IEX}`),
  e('a cmdlet error inside Invoke-Expression keeps its own id', 'Invoke-Expression "Get-Item C:\\nothing\\here"', 'FullyQualifiedErrorId : PathNotFound,Microsoft.PowerShell.Commands.GetItemCommand'),
  e('statements after the error still run', 'Invoke-Expression "1/0; \'after\'"', 'Attempted to divide by zero.', 'after'),
];

/** Stop as an action preference promotes an error to a script-terminating one: the rest of the script does not run. */
export const stopPreferenceCases: Case[] = [
  e('-ErrorAction Stop ends the script, not just the statement', "Get-Item C:\\nope -ErrorAction Stop; 'after'", "Cannot find path 'C:\\nope' because it does not exist."),
  e('$ErrorActionPreference Stop ends the script', "$ErrorActionPreference = 'Stop'; Get-Item C:\\nope; 'after'", "Cannot find path 'C:\\nope' because it does not exist."),
  c('try/catch catches a Stop error and the script goes on', "try { Get-Item C:\\nope -ErrorAction Stop; 'in' } catch { 'caught' }; 'after'", 'caught', 'after'),
  e('a Stop error leaves the function and the script', "function F { Get-Item C:\\nope -ErrorAction Stop; 'in-f' }; F; 'after'", 'PathNotFound,Microsoft.PowerShell.Commands.GetItemCommand'),
  e('-WarningAction Stop ends the script after the warning', "Write-Warning w -WarningAction Stop; 'after'", 'common parameter is set to Stop: w'),
  e('a Stop error inside ForEach-Object ends the script', "1, 2 | ForEach-Object { Get-Item \"C:\\n$_\" -ErrorAction Stop }; 'after'", "Cannot find path 'C:\\n1' because it does not exist."),
  c('trap with continue resumes after a Stop error', "trap { 'trapped'; continue }; Get-Item C:\\nope -ErrorAction Stop; 'after'", 'trapped', 'after'),
  c('the caught record keeps the cmdlet error id', 'try { Get-Item C:\\nope -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }', 'PathNotFound,Microsoft.PowerShell.Commands.GetItemCommand'),
  e('a statement-terminating error without Stop lets the script go on', "Get-Item -Bogus; 'after'", "A parameter cannot be found that matches parameter name 'Bogus'.", 'after'),
  e('a non-terminating error without Stop lets the script go on', "Get-Item C:\\nope; 'after'", "Cannot find path 'C:\\nope' because it does not exist.", 'after'),
];

/** ForEach-Object -MemberName calls a method when the name is one, with -ArgumentList as its arguments. */
export const forEachMemberCases: Case[] = [
  c('ForEach-Object GetType calls the method', '(1, "a" | ForEach-Object GetType | ForEach-Object { $_.Name }) -join ","', 'Int32,String'),
  c('% ToUpper calls the string method', "'ab', 'c' | % ToUpper", 'AB', 'C'),
  c('% Length reads the property', "'abc' | % Length", '3'),
  c('% Substring passes -ArgumentList', "'abc' | % Substring 1", 'bc'),
  c('% Replace passes two arguments', "'a-b' | ForEach-Object -MemberName Replace -ArgumentList '-', '+'", 'a+b'),
  c('% Split enumerates what the method returns', "('a-b' | % Split '-').Count", '2'),
  c('% ToString with a format on a number', "5 | % ToString '000'", '005'),
  e('a failing method writes its error and the pipeline goes on', "'abc', 'abcdef' | % Substring 5", 'Exception calling "Substring" with "1" argument(s)', 'f'),
  e('an unknown member is still an error', "1 | % NoSuchThing; 'after'", 'Input name "NoSuchThing" cannot be resolved to a member.', 'after'),
];

/** A statement that starts with `-` and then `[`, `(` or `$` is an expression (unary minus), not a command name. */
export const leadingMinusCases: Case[] = [
  c('minus before a static member starts an expression', '-[int]::MaxValue', '-2147483647'),
  c('minus before [math]::Pi', '-[math]::Pi', '-3.14159265358979'),
  c('minus before [int]::MinValue widens to Double', '(-[int]::MinValue).GetType().Name; -[int]::MinValue', 'Double', '2147483648'),
  c('minus before a parenthesis', '-(1)', '-1'),
  c('minus before a variable', '$n = 4; -$n', '-4'),
  c('minus before a type in an assignment', '$x = -[int]::MaxValue; $x', '-2147483647'),
  c('minus before a type after a pipe', '-[int]::MaxValue | ForEach-Object { $_ + 1 }', '-2147483646'),
  c('minus before a type inside parentheses', '(-[math]::Pi).ToString("0.00")', '-3.14'),
  c('a dash-word argument stays a parameter', 'function F { param($Name) "[$Name]" }; F -Name x', '[x]'),
];

/** A table cell shows a multi-line text as its first line and `...`; -Wrap shows every line. */
export const tableLineBreakCases: Case[] = [
  c('a table cell shows the first line and three dots', '[pscustomobject]@{ A = 1; B = "x`ny" } | Format-Table', '', 'A B', '- -', '1 x...', '', ''),
  c('a table cell cut at a CR LF too', '[pscustomobject]@{ A = 1; B = "one`r`ntwo" } | Format-Table', '', 'A B', '- -', '1 one...', '', ''),
  c('a multi-line cell beside a wider one', '[pscustomobject]@{ A = 1; B = "first`nsecond" }, [pscustomobject]@{ A = 2; B = "a longer value" } | Format-Table', '', 'A B', '- -', '1 first...', '2 a longer value', '', ''),
  c('-Wrap shows every line of the cell', '[pscustomobject]@{ A = 1; B = "x`ny" } | Format-Table -Wrap', '', 'A B', '- -', '1 x', '  y', '', ''),
  c('the default table of a custom object cuts too', '[pscustomobject]@{ A = 1; B = "x`ny" }', '', 'A B', '- -', '1 x...', '', ''),
];

/**
 * ConvertTo-Json writes an enum-typed property as its number, as 5.1's serializer does. The Cs enums' numbers
 * are not documented: [I] they are taken in declaration order (TlsNegotiation Required = 0, Optional = 1).
 */
export const jsonEnumCases: Case[] = [
  c('a service status is written as its number', '(Get-Service FTA | ConvertTo-Json | ConvertFrom-Json).Status', '4'),
  c('a service start type and service type are numbers', '$j = Get-Service FTA | ConvertTo-Json | ConvertFrom-Json; $j.StartType; $j.ServiceType', '2', '16'),
  c('Select-Object keeps the enum properties numeric', 'Get-Service FTA | Select-Object Name, Status | ConvertTo-Json -Compress', '{"Name":"FTA","Status":4}'),
  c('a Cs enum property is written as its number', 'New-CsXmppAllowedPartner x.org -TlsNegotiation Optional | Out-Null; $j = Get-CsXmppAllowedPartner x.org | ConvertTo-Json | ConvertFrom-Json; $j.TlsNegotiation; $j.SaslNegotiation', '1', '0'),
  c('the same text in a custom object stays a string', "[pscustomobject]@{ Status = 'Running' } | ConvertTo-Json -Compress", '{"Status":"Running"}'),
];

/** Add-Member -PassThru on a number: the number keeps working as one and carries the member. */
export const addMemberNumberCases: Case[] = [
  c('-PassThru on a number keeps the number', '$n = 5 | Add-Member -NotePropertyName Tag -NotePropertyValue x -PassThru; $n.Tag; $n + 1', 'x', '6'),
  c('the extended number keeps its type', '$n = 5 | Add-Member -NotePropertyName Tag -NotePropertyValue x -PassThru; $n.GetType().Name; $n -is [int]; $n -eq 5', 'Int32', 'True', 'True'),
  c('the extended number in a string and an index', '$n = 1 | Add-Member -NotePropertyName Tag -NotePropertyValue x -PassThru; "[$n]"; (10, 20)[$n]; (1..$n).Count', '[1]', '20', '1'),
  c('a Double keeps its type and value', '$d = 2.5 | Add-Member -NotePropertyName Unit -NotePropertyValue kg -PassThru; $d * 2; $d.Unit; $d.GetType().Name', '5', 'kg', 'Double'),
  c('-InputObject on a number with -PassThru', '$n = Add-Member -InputObject 7 -NotePropertyName Tag -NotePropertyValue y -PassThru; $n.Tag; $n - 2', 'y', '5'),
  c('the member stays with the value copied to another variable', '$n = 5 | Add-Member -NotePropertyName Tag -NotePropertyValue x -PassThru; $m = $n; $m.Tag', 'x'),
  c('the extended number is the same hashtable key as the number', '$n = 5 | Add-Member -NotePropertyName Tag -NotePropertyValue x -PassThru; $h = @{}; $h[$n] = 1; $h[5]; $h.ContainsKey(5)', '1', 'True'),
  c('Add-Member on an extended number keeps its members', '$n = 5 | Add-Member -NotePropertyName A -NotePropertyValue 1 -PassThru; $n = $n | Add-Member -NotePropertyName B -NotePropertyValue 2 -PassThru; $n.A; $n.B; $n', '1', '2', '5'),
  c('arithmetic gives a plain number without the member', '$n = 5 | Add-Member -NotePropertyName Tag -NotePropertyValue x -PassThru; $r = $n + 1; "[$($r.Tag)]"', '[]'),
];

export const cornerCases: Case[] = [...readOnlyVariableCases, ...stopPreferenceCases, ...automationNullCases, ...typedVariableCases, ...streamRedirectionCases, ...trapCases, ...jsonCases, ...sortAndDateCases, ...invokeExpressionCases, ...forEachMemberCases, ...leadingMinusCases, ...tableLineBreakCases, ...jsonEnumCases, ...addMemberNumberCases];
