// Conformance cases for Format-Table and Format-List as Windows PowerShell 5.1 prints them:
// calculated properties and the checks of their keys, grouping, widths, truncation and wrapping,
// alignment of numbers and the display of collections.

import type { Case } from './conformanceCases.js';

const c = (name: string, script: string, ...out: string[]): Case => ({ name, script, out });
const e = (name: string, script: string, error: string, ...out: string[]): Case => ({ name, script, error, out: out.length ? out : undefined });

const two = "$o = [pscustomobject]@{Name='alpha';Size=5}, [pscustomobject]@{Name='b';Size=12345}; ";
const one = "$o = [pscustomobject]@{Name='alpha';Size=5}; ";
const groups = "$o = [pscustomobject]@{G='x';V=1}, [pscustomobject]@{G='x';V=2}, [pscustomobject]@{G='y';V=3}, [pscustomobject]@{G='x';V=4}; ";

export const formatTableCases: Case[] = [
  c('Format-Table right-aligns numbers', two + '$o | Format-Table', '', 'Name   Size', '----   ----', 'alpha     5', 'b     12345', '', ''),
  c('Format-Table with a label and an expression block', two + "$o | Format-Table @{n='N';e={$_.Name.ToUpper()}}, Size", '', 'N      Size', '-      ----', 'ALPHA     5', 'B     12345', '', ''),
  c('Format-Table FormatString keeps numbers on the right', two + "$o | Format-Table Name, @{e='Size';FormatString='N1'}", '', 'Name      Size', '----      ----', 'alpha      5.0', 'b     12,345.0', '', ''),
  c('Format-Table label key', one + "$o | Format-Table @{label='Big';e='Size'}", '', 'Big', '---', '  5', '', ''),
  c('Format-Table alignment left on a number', two + "$o | Format-Table @{e='Size';alignment='left'}, Name", '', 'Size  Name', '----  ----', '5     alpha', '12345 b', '', ''),
  c('Format-Table alignment center', "[pscustomobject]@{A='ab'} | Format-Table @{e='A';alignment='center';width=6}, @{e={'x'}}", '', '  A    \'x\'', '  -    ---', '  ab   x', '', ''),
  c('Format-Table width truncates with three dots', "[pscustomobject]@{A='abcdefghij';B=2} | Format-Table @{e='A';width=5}, B", '', 'A     B', '-     -', 'ab... 2', '', ''),
  c('Format-Table width truncates the header too', "[pscustomobject]@{LongPropertyName='v'} | Format-Table @{e='LongPropertyName';width=4}", '', 'L...', '----', 'v', '', ''),
  c('Format-Table -Wrap wraps instead of cutting', "[pscustomobject]@{A='abcdefghij';B=2} | Format-Table @{e='A';width=5}, B -Wrap", '', 'A     B', '-     -', 'abcde 2', 'fghij', '', ''),
  c('Format-Table -HideTableHeaders', one + '$o | Format-Table -HideTableHeaders', '', 'alpha    5', '', ''),
  c('Format-Table -AutoSize', one + '$o | Format-Table -AutoSize', '', 'Name  Size', '----  ----', 'alpha    5', '', ''),
  c('Format-Table -GroupBy starts a group at each change', groups + '$o | Format-Table V -GroupBy G', '', '', '   G: x', '', 'V', '-', '1', '2', '', '', '   G: y', '', 'V', '-', '3', '', '', '   G: x', '', 'V', '-', '4', '', ''),
  c('Format-Table -GroupBy shows its value through FormatString', "[pscustomobject]@{G=1.5;V=1} | Format-Table V -GroupBy @{e='G';FormatString='N2'}", '', '', '   G: 1.50', '', 'V', '-', '1', '', ''),
  c('Format-Table shows a collection within braces', '[pscustomobject]@{A=1,2,3,4,5,6} | Format-Table', '', 'A', '-', '{1, 2, 3, 4...}', '', ''),
  c('Format-Table of plain values prints them', '1..3 | Format-Table', '1', '2', '3'),
  e('Format-Table refuses an unknown key', one + "$o | Format-Table @{x='Name'}", 'The x key is not valid.'),
  e('Format-Table names the refusal of a key', one + "$o | Format-Table @{x='Name'}", 'FullyQualifiedErrorId : DictionaryKeyIllegal,Microsoft.PowerShell.Commands.FormatTableCommand'),
  e('Format-Table refuses a hashtable without an expression', one + "$o | Format-Table @{Label='X'}", 'A mandatory entry for expression is missing.'),
  e('Format-Table refuses an unknown alignment', one + "$o | Format-Table @{e='Name'; alignment='middle'}", 'The value "middle" for key "alignment" is not valid; valid values are {left, center, right}.'),
  e('Format-Table refuses a width of 0', one + "$o | Format-Table @{e='Name'; width=0}", 'The value "0" for key "width" should be greater than 0.'),
  e('the refusal is an InvalidArgument NotSupportedException', one + "$o | Format-Table @{x='Name'}", 'InvalidArgument: (:) [Format-Table], NotSupportedException'),
];

export const formatListCases: Case[] = [
  c('Format-List -Property *', '[pscustomobject]@{A=1;B=2} | Format-List -Property *', '', 'A : 1', 'B : 2', '', ''),
  c('Format-List shows arrays within braces up to the enumeration limit', '[pscustomobject]@{A=1,2,3,4,5,6; B=@(1,2)} | Format-List', '', 'A : {1, 2, 3, 4...}', 'B : {1, 2}', '', ''),
  c('Format-List follows $FormatEnumerationLimit', '$FormatEnumerationLimit = 2; [pscustomobject]@{A=1,2,3} | Format-List', '', 'A : {1, 2...}', '', ''),
  c('Format-List shows a nested object as @{…}', '[pscustomobject]@{C=[pscustomobject]@{x=1}} | Format-List', '', 'C : @{x=1}', '', ''),
  c('Format-List with a calculated property', "[pscustomobject]@{A=2} | Format-List @{n='Double';e={$_.A * 2}}", '', 'Double : 4', '', ''),
  c('Format-List FormatString', "[pscustomobject]@{A=1234.5} | Format-List @{e='A';FormatString='N2'}", '', 'A : 1,234.50', '', ''),
  c('Format-List of plain values prints them', "'a','b' | Format-List", 'a', 'b'),
  e('Format-List refuses the width key', "[pscustomobject]@{A=1} | Format-List @{e='A'; width=5}", 'The width key is not valid.'),
  e('Format-List refuses the alignment key', "[pscustomobject]@{A=1} | Format-List @{e='A'; alignment='left'}", 'The alignment key is not valid.'),
];

export const formatExpressionCases: Case[] = [
  c('a failing expression leaves its cell empty', "[pscustomobject]@{A=1} | Format-Table A, @{e={1/0};l='X'}", '', 'A X', '- -', '1', '', ''),
  c('a throwing expression leaves its list value empty', "[pscustomobject]@{A=1} | Format-List A, @{e={throw 'boom'};l='X'}", '', 'A : 1', 'X :', '', ''),
  c('-DisplayError shows #ERR for a failing expression', "[pscustomobject]@{A=1} | Format-Table A, @{e={throw 'boom'};l='X'} -DisplayError", '', 'A X', '- -', '1 #ERR', '', ''),
  c('errors written by an expression are swallowed', "[pscustomobject]@{A=1} | Format-Table A, @{e={Write-Error 'no'; 2};l='X'}", '', 'A X', '- -', '1 2', '', ''),
  c('an expression runs in a scope of its own', "$n = 1; [pscustomobject]@{A=1} | Format-Table @{e={$n = 5; $n};l='X'} | Out-Null; $n", '1'),
];

export const formatViewCases: Case[] = [
  c('Format-List -GroupBy heads each group', groups + '$o | Format-List V -GroupBy G', '', '', '   G: x', '', 'V : 1', '', 'V : 2', '', '', '   G: y', '', 'V : 3', '', '', '   G: x', '', 'V : 4', '', ''),
  c('-View accepts the name of the view of the type', 'New-TimeSpan -Seconds 5 | Format-List -View System.TimeSpan | Out-String -Stream | Select-Object -Skip 4 -First 1', 'Seconds           : 5'),
  e('-View with -Property is refused', "[pscustomobject]@{A=1} | Format-Table -View Nope -Property A", 'Cmdlet parameters View and Property are mutually exclusive.'),
  e('-View names a view the type does not have', "[pscustomobject]@{A=1} | Format-Table -View Nope", 'The view name Nope cannot be found. There are no existing Table views for System.Management.Automation.PSCustomObject objects.'),
  e('-View lists the views the type has', 'New-TimeSpan -Seconds 5 | Format-List -View Nope', 'The view name Nope cannot be found. Specify one of the following List views and try again: System.TimeSpan.'),
  e('a missing view is an ObjectNotFound error', "[pscustomobject]@{A=1} | Format-List -View Nope", 'ObjectNotFound: (Nope:String) [Format-List], PipelineStoppedException'),
];

export const formatCases: Case[] = [...formatTableCases, ...formatListCases, ...formatExpressionCases, ...formatViewCases];
