// Conformance cases for text operations as Windows PowerShell 5.1 shows them: the -split operator with
// its options and script-block delimiters, ConvertTo-Json / ConvertFrom-Json, and Get-Date formatting.

import type { Case } from './conformanceCases.js';

const c = (name: string, script: string, ...out: string[]): Case => ({ name, script, out });
const e = (name: string, script: string, error: string, ...out: string[]): Case => ({ name, script, error, out: out.length ? out : undefined });

export const splitCases: Case[] = [
  c('-split with a max of 2 keeps the rest whole', "'a,b,c' -split ',', 2", 'a', 'b,c'),
  c('-split with a max of 1 gives the text whole', "'a,b,c' -split ',', 1", 'a,b,c'),
  c('-split with a negative max splits everything in 5.1', "'a,b,c,d' -split ',', -2", 'a', 'b', 'c', 'd'),
  c('-split SimpleMatch takes the dot literally', "'a.b.c' -split '.', 0, 'SimpleMatch'", 'a', 'b', 'c'),
  c('-split RegexMatch takes the dot as any character', "('a.b' -split '.', 0, 'RegexMatch').Count", '4'),
  c('-split ignores case', "'aXbxc' -split 'x'", 'a', 'b', 'c'),
  c('-csplit is case-sensitive', "'aXbxc' -csplit 'x'", 'aXb', 'c'),
  c('-isplit ignores case', "'aXbxc' -isplit 'x'", 'a', 'b', 'c'),
  c('-csplit with the IgnoreCase option ignores case', "'aXbxc' -csplit 'x', 0, 'IgnoreCase'", 'a', 'b', 'c'),
  c('unary -split splits on white space', "-split \" a b  c \"", 'a', 'b', 'c'),
  c('captures in the pattern stay in the output', "'a1b2c' -split '(\\d)'", 'a', '1', 'b', '2', 'c'),
  c('ExplicitCapture drops unnamed captures', "'a1b' -split '(\\d)', 0, 'ExplicitCapture'", 'a', 'b'),
  c('ExplicitCapture keeps named captures', "'a1b' -split '(?<n>\\d)', 0, 'ExplicitCapture'", 'a', '1', 'b'),
  c('Multiline lets ^ match after a newline', "(\"a`nb`nc\" -split '^b', 0, 'Multiline' | ForEach-Object { \"[$_]\" }) -join ''", '[a', '][', 'c]'),
  c('Singleline lets . match a newline', "(\"a`nb\" -split 'a.b', 0, 'Singleline').Count", '2'),
  c('an empty pattern splits between characters', "('abc' -split '' | ForEach-Object { \"[$_]\" }) -join ''", '[][a][b][c][]'),
  c('a script block delimiter', "'a1b2c' -split { $_ -match '\\d' }", 'a', 'b', 'c'),
  c('a script block delimiter with a max', "'a1b2c' -split { $_ -eq 'b' }, 2", 'a1', '2c'),
  c('-split returns a string array', "('1,2' -split ',').GetType().Name", 'String[]'),
  c('-split splits each element of an array', "'a,b', 'c,d' -split ','", 'a', 'b', 'c', 'd'),
  e('SimpleMatch with Multiline is refused', "'a,b' -split ',', 0, 'SimpleMatch,Multiline'", 'The combination of options with the -split operator is not valid.'),
  e('Singleline with Multiline is refused in 5.1', "'a' -split 'a', 0, 'Singleline,Multiline'", 'FullyQualifiedErrorId : InvalidSplitOptionCombination'),
  e('an unknown option names the valid ones', "'a,b' -split ',', 0, 'Bogus'", 'Cannot convert value "Bogus" to type "System.Management.Automation.SplitOptions". Error: "Unable to match the identifier name Bogus to a valid enumerator name.'),
  e('options with a script block are refused', "'a,b' -split { $_ -eq ',' }, 0, 'SimpleMatch'", 'FullyQualifiedErrorId : InvalidSplitOptionWithPredicate'),
  e('a pattern with an open group is refused with .NET words', "'a(b' -split '('", 'parsing "(" - Not enough )\'s.'),
  e('a pattern with an extra parenthesis', "'a)b' -split ')'", 'parsing ")" - Too many )\'s.'),
  e('a pattern with an open set', "'a[b' -split '['", 'parsing "[" - Unterminated [] set.'),
  e('a pattern starting with a quantifier', "'a*b' -split '*'", 'parsing "*" - Quantifier {x,y} following nothing.'),
  e('a pattern with a nested quantifier', "'ab' -split 'a**'", 'parsing "a**" - Nested quantifier *.'),
  e('a bad pattern lets the ArgumentException through', "'a(b' -split '('", 'OperationStopped: (:) [], ArgumentException'),
  e('a max that is not a number is refused', "'a,b' -split ',', 'x'", 'Cannot convert value "x" to type "System.Int32". Error: "Input string was not in a correct format."'),
];

export const jsonTextCases: Case[] = [
  c('ConvertTo-Json puts two spaces after the colon', '@{a=1} | ConvertTo-Json', '{', '    "a":  1', '}'),
  c('ConvertTo-Json hangs nested objects from their key', '[pscustomobject]@{a=1;b=[pscustomobject]@{c=2}} | ConvertTo-Json', '{', '    "a":  1,', '    "b":  {', '              "c":  2', '          }', '}'),
  c('ConvertTo-Json writes an empty array over two lines', '[pscustomobject]@{b=@()} | ConvertTo-Json', '{', '    "b":  [', '', '          ]', '}'),
  c('ConvertTo-Json past the default depth of 2 writes the text of the object', '[pscustomobject]@{a=[pscustomobject]@{b=[pscustomobject]@{c=[pscustomobject]@{d=1}}}} | ConvertTo-Json -Compress', '{"a":{"b":{"c":"@{d=1}"}}}'),
  c('ConvertTo-Json -Depth 1', '@{a=@{b=@{c=1}}} | ConvertTo-Json -Depth 1 -Compress', '{"a":{"b":"System.Collections.Hashtable"}}'),
  c('ConvertTo-Json of a one-element array argument keeps the array', 'ConvertTo-Json @(1) -Compress', '[1]'),
  c('ConvertTo-Json of a one-element array piped is the element', '@(1) | ConvertTo-Json', '1'),
  c('ConvertTo-Json keeps $null members', '[pscustomobject]@{a=$null} | ConvertTo-Json -Compress', '{"a":null}'),
  c('ConvertTo-Json escapes quote, <, > and &', '"it\'s <a> & b" | ConvertTo-Json', '"it\\u0027s \\u003ca\\u003e \\u0026 b"'),
  c('ConvertTo-Json escapes control characters', '"t`tn`n" | ConvertTo-Json', '"t\\tn\\n"'),
  c('ConvertTo-Json writes a [datetime] as \\/Date(ms)\\/', "[datetime]'2023-11-14 22:13:20' | ConvertTo-Json", '"\\/Date(1700000000000)\\/"'),
  c('ConvertTo-Json writes Get-Date output with its DisplayHint and DateTime', "Get-Date -Date '2023-11-14 22:13:20' | ConvertTo-Json -Compress", '{"value":"\\/Date(1700000000000)\\/","DisplayHint":2,"DateTime":"Tuesday, November 14, 2023 10:13:20 PM"}'),
  c('ConvertTo-Json keeps the order of an ordered hashtable', '[ordered]@{z=1;a=2} | ConvertTo-Json -Compress', '{"z":1,"a":2}'),
  c('ConvertTo-Json writes booleans in lower case', '[pscustomobject]@{t=$true;f=$false} | ConvertTo-Json -Compress', '{"t":true,"f":false}'),
  c('ConvertFrom-Json sends an array down the pipeline as one object', "('[1,2,3]' | ConvertFrom-Json | Measure-Object).Count", '1'),
  c('ConvertFrom-Json reads small integers as Int32', "('{\"a\":1}' | ConvertFrom-Json).a.GetType().Name", 'Int32'),
  c('ConvertFrom-Json reads large integers as Int64', "('{\"a\":12345678901}' | ConvertFrom-Json).a.GetType().Name", 'Int64'),
  c('ConvertFrom-Json reads nested objects and arrays', "$o = '{\"a\":{\"b\":[1,{\"c\":2}]}}' | ConvertFrom-Json; $o.a.b[1].c", '2'),
  c('ConvertFrom-Json of an empty string writes nothing', "'' | ConvertFrom-Json; 'end'", 'end'),
  c('ConvertFrom-Json keeps $null members', "('{\"a\":null}' | ConvertFrom-Json).PSObject.Properties.Name", 'a'),
  e('ConvertFrom-Json refuses a bare word', "'nope' | ConvertFrom-Json", 'Invalid JSON primitive: nope.'),
  e('ConvertFrom-Json names the exception of its refusal', "'nope' | ConvertFrom-Json", 'NotSpecified: (:) [ConvertFrom-Json], ArgumentException'),
];

/** What 5.1's JSON reader (JavaScriptSerializer) accepts and how it words its refusals: `(index): text`. */
export const jsonReaderCases: Case[] = [
  e('ConvertFrom-Json wants a colon after a name', "'{\"a\" 1}' | ConvertFrom-Json", 'Invalid object passed in, \':\' or \'}\' expected. (6): {"a" 1}'),
  e('ConvertFrom-Json wants the object closed', "'{\"a\":' | ConvertFrom-Json", 'Invalid object passed in, \':\' or \'}\' expected. (5): {"a":'),
  e('ConvertFrom-Json wants a comma between array elements', "'[1,2' | ConvertFrom-Json", 'Invalid array passed in, \',\' expected. (4): [1,2'),
  e('ConvertFrom-Json refuses a trailing comma in an array', "'[1,]' | ConvertFrom-Json", 'Invalid array passed in, extra trailing \',\'. (4): [1,]'),
  e('ConvertFrom-Json refuses an empty member name', "'{\"\":1}' | ConvertFrom-Json", 'Invalid object passed in, member name expected. (3): {"":1}'),
  e('ConvertFrom-Json refuses an unterminated string', "'{\"a\":\"b' | ConvertFrom-Json", 'Unterminated string passed in. (7): {"a":"b'),
  e('ConvertFrom-Json refuses an unknown escape', "'\"a\\qb\"' | ConvertFrom-Json", 'Unrecognized escape sequence. (4): "a\\qb"'),
  e('ConvertFrom-Json names what follows a complete value', "'{\"a\":1} xyz' | ConvertFrom-Json", 'Invalid JSON primitive: yz.'),
  c('ConvertFrom-Json reads single-quoted strings', "(\"{'a':'b'}\" | ConvertFrom-Json).a", 'b'),
  c('ConvertFrom-Json reads \\/Date(ms)\\/ as a DateTime', "('\"\\/Date(1700000000000)\\/\"' | ConvertFrom-Json).ToString('yyyy-MM-dd HH:mm:ss')", '2023-11-14 22:13:20'),
  c('ConvertFrom-Json reads a number with an exponent as a Double', "('[1.5e1]' | ConvertFrom-Json)[0]", '15'),
  c('ConvertFrom-Json keeps the first place of a repeated name and the last value', "$o = '{\"a\":1,\"b\":2,\"a\":3}' | ConvertFrom-Json; ($o.PSObject.Properties | ForEach-Object { \"$($_.Name)=$($_.Value)\" }) -join ','", 'a=3,b=2'),
  c('ConvertFrom-Json converts complete strings one by one', "'1', '[2]' | ConvertFrom-Json | ForEach-Object { $_.GetType().Name }", 'Int32', 'Object[]'),
  c('ConvertFrom-Json joins strings that are complete only together', "('{\"a\":', '1}' | ConvertFrom-Json).a", '1'),
  e('ConvertTo-Json -Depth 0 is out of range', '1 | ConvertTo-Json -Depth 0', "Cannot validate argument on parameter 'Depth'. The 0 argument is less than the minimum allowed range of 1."),
  e('ConvertTo-Json refuses a depth above 100', '1 | ConvertTo-Json -Depth 101', 'The maximum depth allowed for serialization is 100.'),
  c('ConvertFrom-Json unescapes \\u sequences', "('\"\\u0041\\t\\/\"' | ConvertFrom-Json) -eq \"A`t/\"", 'True'),
];

const at = "Get-Date -Date '2026-12-07 14:55:03.042'";

export const dateFormatCases: Case[] = [
  c('Get-Date shows the long date and time', "Get-Date -Date '2026-12-07 14:55:00'", '', 'Monday, December 7, 2026 2:55:00 PM', '', ''),
  c('Get-Date -DisplayHint Date shows the date only', "Get-Date -Date '2026-12-07 14:55:00' -DisplayHint Date", '', 'Monday, December 7, 2026', '', ''),
  c('Get-Date -DisplayHint Time shows the time only', "Get-Date -Date '2026-12-07 14:55:00' -DisplayHint Time", '', '2:55:00 PM', '', ''),
  c('-DisplayHint changes the display only', "$d = Get-Date -Date '2026-12-07 14:55:00' -DisplayHint Date; $d.Hour; $d.DisplayHint", '14', 'Date'),
  c('Get-Date standard formats d D t T', `foreach ($f in 'd','D','t','T') { ${at} -Format $f }`, '12/7/2026', 'Monday, December 7, 2026', '2:55 PM', '2:55:03 PM'),
  c('Get-Date standard formats f F g G', `foreach ($f in 'f','F','g','G') { ${at} -Format $f }`, 'Monday, December 7, 2026 2:55 PM', 'Monday, December 7, 2026 2:55:03 PM', '12/7/2026 2:55 PM', '12/7/2026 2:55:03 PM'),
  c('Get-Date standard formats M Y s u', `foreach ($f in 'M','Y','s','u') { ${at} -Format $f }`, 'December 7', 'December 2026', '2026-12-07T14:55:03', '2026-12-07 14:55:03Z'),
  c('Get-Date standard formats O R U', `foreach ($f in 'O','R','U') { ${at} -Format $f }`, '2026-12-07T14:55:03.0420000+00:00', 'Mon, 07 Dec 2026 14:55:03 GMT', 'Monday, December 7, 2026 2:55:03 PM'),
  c('Get-Date custom format with milliseconds', `${at} -Format 'yyyy-MM-dd HH:mm:ss.fff'`, '2026-12-07 14:55:03.042'),
  c('Get-Date custom names of days and months', `${at} -Format 'dddd ddd MMMM MMM tt'`, 'Monday Mon December Dec PM'),
  c('Get-Date custom format escapes', `${at} -Format "'Day' d \\a\\t HH"`, 'Day 7 at 14'),
  c('Get-Date custom offset', `${at} -Format 'zzz'`, '+00:00'),
  c('Get-Date -UFormat common specifiers', "Get-Date -Date '2026-01-05 09:05:03' -UFormat '%Y-%m-%d %H:%M:%S %A %a %B %b %p'", '2026-01-05 09:05:03 Monday Mon January Jan AM'),
  c('Get-Date -UFormat %j is not padded in 5.1', "Get-Date -Date '2026-01-05' -UFormat '%j'", '5'),
  c('Get-Date -UFormat %u counts Sunday as 0 in 5.1', "Get-Date -Date '2026-12-06' -UFormat '%u %w'", '0 0'),
  c('Get-Date -UFormat weeks are the day of the year over 7', "Get-Date -Date '2026-01-20' -UFormat '%U %V %W'", '2 3 2'),
  c('Get-Date -UFormat %c %D %e %r', "Get-Date -Date '2026-01-05 21:05:03' -UFormat '%c|%D|%e|%r'", 'Mon Jan  5 21:05:03 2026|01/05/26| 5|09:05:03 PM'),
  c('Get-Date -UFormat drops a leading + and keeps unknown letters', "Get-Date -Date '2026-01-05' -UFormat '+%Y %q %%'", '2026 q %'),
  c('Get-Date -UFormat %s keeps the fraction of a second in 5.1', "Get-Date -Date '2020-03-31 13:28:13.134' -UFormat '%s'", '1585661293.134'),
  c('Get-Date sets its date parts', "Get-Date -Date '2026-12-07' -Year 2020 -Month 2 -Day 29 -Hour 1 -Minute 2 -Second 3 -Millisecond 4 -Format o", '2020-02-29T01:02:03.0040000+00:00'),
  c('Get-Date -Month keeps the day inside the month', "Get-Date -Date '2026-01-31' -Month 2 -Format d", '2/28/2026'),
  c('Get-Date -Day past the end of the month moves on', "Get-Date -Date '2026-02-07' -Day 30 -Format d", '3/2/2026'),
  c('DateTime ToString with a format', "(Get-Date -Date '2026-12-07 14:55:00').ToString('yyyy/MM/dd')", '2026/12/07'),
  c('a date difference is a TimeSpan', "((Get-Date -Date '2026-12-07') - (Get-Date -Date '2026-12-01 06:30')).ToString()", '5.17:30:00'),
  e('Get-Date -Month 13 is out of range', "Get-Date -Date '2026-12-07' -Month 13", "Cannot validate argument on parameter 'Month'. The 13 argument is greater than the maximum allowed range of 12. Supply an argument that is less than or equal to 12 and then try the command again."),
  e('Get-Date -Hour 24 is out of range', "Get-Date -Date '2026-12-07' -Hour 24", "Cannot validate argument on parameter 'Hour'. The 24 argument is greater than the maximum allowed range of 23."),
  e('Get-Date -Day 0 is out of range', "Get-Date -Date '2026-12-07' -Day 0", "Cannot validate argument on parameter 'Day'. The 0 argument is less than the minimum allowed range of 1."),
  e('a date part out of range is a validation error', "Get-Date -Date '2026-12-07' -Millisecond 1000", 'InvalidData: (:) [Get-Date], ParameterBindingValidationException'),
  e('Get-Date refuses a string that is no date', "Get-Date -Date 'not a date'", 'Cannot bind parameter \'Date\'. Cannot convert value "not a date" to type "System.DateTime". Error: "String was not recognized as a valid DateTime."'),
];

export const textCases: Case[] = [...splitCases, ...jsonTextCases, ...jsonReaderCases, ...dateFormatCases];
