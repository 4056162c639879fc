// System.Char as a value of its own: where chars come from (casts, string indexing, ToCharArray,
// [char[]]), how they convert, compare, add and display, and that strings stay strings.
import { describe, expect, it } from 'vitest';
import { runPs } from '../helpers/run.js';

/** The lines a script writes, as the console shows them; fails on any error. */
async function lines(script: string): Promise<string[]> {
  const r = await runPs(script);
  expect(r.errors, script).toBe('');
  return r.output.split('\n').filter((l) => l.trim() !== '');
}

/** The single line a script writes. */
async function line(script: string): Promise<string> {
  const out = await lines(script);
  expect(out, script).toHaveLength(1);
  return out[0]!;
}

describe('where chars come from', () => {
  it('[char] casts from a one-character string, a code point and a char', async () => {
    expect(await line("([char]'A').GetType().FullName")).toBe('System.Char');
    expect(await line('([char]65).GetType().FullName + " " + [char]65')).toBe('System.Char A');
    expect(await line("([char][char]'z').GetType().Name")).toBe('Char');
    expect(await line('[int][char]$null')).toBe('0');
  });

  it('a cast out of range or from a longer string is a conversion error', async () => {
    const long = await runPs("[char]'ab'");
    expect(long.errors).toContain('Cannot convert value "ab" to type "System.Char". Error: "String must be exactly one character long."');
    const big = await runPs('[char]70000');
    expect(big.errors).toContain('Cannot convert value "70000" to type "System.Char". Error: "Value was either too large or too small for a character."');
    const negative = await runPs('[char]-1');
    expect(negative.errors).toContain('Value was either too large or too small for a character.');
  });

  it('indexing a string gives chars; a range gives an object[] of chars', async () => {
    expect(await line("'abc'[0].GetType().Name")).toBe('Char');
    expect(await line("$s = 'abc'; $s[-1]")).toBe('c');
    expect(await line("$s = 'abc'; $s[-1].GetType().FullName")).toBe('System.Char');
    const range = await lines("$r = 'abc'[0..1]; $r.GetType().FullName; $r[0].GetType().Name; $r.Count");
    expect(range).toEqual(['System.Object[]', 'Char', '2']);
  });

  it('ToCharArray, [char[]] and .Chars() give chars', async () => {
    expect(await line("'abc'.ToCharArray().GetType().FullName")).toBe('System.Char[]');
    expect(await lines("[char[]]'abc'")).toEqual(['a', 'b', 'c']);
    expect(await line("([char[]]'abc').GetType().FullName")).toBe('System.Char[]');
    expect(await line("'abc'.Chars(1).GetType().Name")).toBe('Char');
    expect(await lines("foreach ($c in [char[]]'hi') { $c.GetType().Name + '=' + $c }")).toEqual(['Char=h', 'Char=i']);
  });

  it('[char] statics take and give chars', async () => {
    expect(await lines("[char]::IsDigit('5'); [char]::IsLetter([char]'x'); [char]::IsUpper('a'); [char]::IsLower('a'); [char]::IsWhiteSpace(' ')")).toEqual([
      'True',
      'True',
      'False',
      'True',
      'True',
    ]);
    expect(await line("[char]::ToUpper([char]'q').GetType().Name + [char]::ToUpper('q')")).toBe('CharQ');
    expect(await line("[char]::ToLower('Q')")).toBe('q');
  });
});

describe('how chars convert', () => {
  it('[int] of a char is its code point', async () => {
    expect(await line("[int][char]'A'")).toBe('65');
    expect(await line("[int]'abc'[0]")).toBe('97');
    expect(await line("[char]'a' -as [int]")).toBe('97');
  });

  it('string conversion is the character', async () => {
    expect(await lines("$c = [char]'x'; \"[$c]\"; [string]$c; ([string]$c).GetType().Name")).toEqual(['[x]', 'x', 'String']);
    expect(await line("-join [char[]]'text'")).toBe('text');
    expect(await line("-join 'abc'.ToCharArray()")).toBe('abc');
    expect(await line("[string]::new([char[]]'abc')")).toBe('abc');
  });

  it('-is tells a char from a string', async () => {
    expect(await lines("$c = 'abc'[0]; $c -is [char]; $c -is [string]; 'a' -is [char]; $c -is [ValueType]")).toEqual(['True', 'False', 'False', 'True']);
  });

  it('a char binds to a String parameter as the one-character string', async () => {
    expect(await line("function f([string]$s) { $s.GetType().Name + ':' + $s }; f 'abc'[1]")).toBe('String:b');
    expect(await line("Write-Output ('abc'[2]) | ForEach-Object { $_.GetType().Name }")).toBe('Char');
    expect(await line("'xyz'[0] | Select-String -Pattern 'x' -Quiet")).toBe('True');
  });
});

describe('how chars behave in operators', () => {
  it('compare as strings against strings, case-insensitively unless -c', async () => {
    expect(await lines("$c = [char]'a'; $c -eq 'A'; $c -ceq 'A'; $c -ceq 'a'; $c -ne 'b'; $c -lt 'b'; $c -gt 'B'; 'A' -eq $c")).toEqual([
      'True',
      'False',
      'True',
      'True',
      'True',
      'False',
      'True',
    ]);
    expect(await lines("[char]'a' -eq [char]'A'; [char]'a' -ceq [char]'A'")).toEqual(['True', 'False']);
  });

  it('compare as numbers against numbers', async () => {
    expect(await lines("$c = [char]'a'; $c -eq 97; $c -lt 98; $c -gt 96; 97 -eq $c; 98 -gt $c")).toEqual(['True', 'True', 'True', 'True', 'True']);
  });

  it('+ with a number is numeric; a string on the left concatenates', async () => {
    expect(await lines("$c = [char]'a'; $c + 1; ($c + 1).GetType().Name; 'x' + $c; ('x' + $c).GetType().Name")).toEqual(['98', 'Int32', 'xa', 'String']);
  });

  it('-like, -match and -replace read a char as its text', async () => {
    expect(await lines("$c = 'Abc'[0]; $c -like 'a'; $c -match '^[A-Z]$'; $c -replace 'A', 'z'")).toEqual(['True', 'True', 'z']);
  });

  it('switch and -contains see a char as its text', async () => {
    expect(await lines("switch ('abc'[1]) { 'b' { 'matched b' } }; @('a','b') -contains 'abc'[1]")).toEqual(['matched b', 'True']);
  });

  it('sorts chars', async () => {
    expect(await line("-join ([char[]]'dcab' | Sort-Object)")).toBe('abcd');
  });

  it('a char and the same text are different hashtable keys', async () => {
    expect(await lines("$h = @{}; $h[[char]'a'] = 1; $h['a'] = 2; $h.Count; $h[[char]'a']")).toEqual(['2', '1']);
  });
});

describe('char members', () => {
  it('Get-Member lists System.Char with its members', async () => {
    const out = await lines("[char]'a' | Get-Member | ForEach-Object { $_.TypeName + ' ' + $_.Name }");
    expect(out).toEqual(expect.arrayContaining(['System.Char CompareTo', 'System.Char Equals', 'System.Char GetTypeCode', 'System.Char ToString', 'System.Char GetType']));
  });

  it('the members work', async () => {
    expect(await lines("$c = [char]'b'; $c.ToString(); $c.CompareTo([char]'a'); $c.CompareTo([char]'c'); $c.Equals([char]'b'); $c.Equals('b'); $c.GetTypeCode()")).toEqual([
      'b',
      '1',
      '-1',
      'True',
      'False',
      'Char',
    ]);
  });

  it('calling a string method on a char is an error, as a char has none', async () => {
    const r = await runPs("([char]'a').ToUpper()");
    expect(r.errors).toContain('Method invocation failed because [System.Char] does not contain a method named \'ToUpper\'.');
  });
});

describe('how chars are written out', () => {
  it('ConvertTo-Json writes a char as a one-character string', async () => {
    expect(await line("[char]'q' | ConvertTo-Json")).toBe('"q"');
    expect(await line("@{c=[char]'q'} | ConvertTo-Json -Compress")).toBe('{"c":"q"}');
  });

  it('Format-Table and Export-Csv show the character', async () => {
    const table = await lines("[pscustomobject]@{Letter='zeta'[0]} | Format-Table");
    expect(table.at(-1)!.trim()).toBe('z');
    expect(await lines("[pscustomobject]@{Letter='zeta'[0]} | ConvertTo-Csv -NoTypeInformation")).toEqual(['"Letter"', '"z"']);
  });

  it('strings stay strings', async () => {
    expect(await lines("'a'.GetType().Name; ('a' + 'b').GetType().Name; ('abc' -split 'b')[0].GetType().Name")).toEqual(['String', 'String', 'String']);
  });
});

describe('char parameters', () => {
  it('a [char] parameter of a function binds a char', async () => {
    expect(await lines("function f([char]$c) { $c.GetType().Name + '=' + $c }; f 'x'; f 65")).toEqual(['Char=x', 'Char=A']);
  });

  it('a [char] parameter refuses a longer string', async () => {
    const r = await runPs("function f([char]$c) { $c }; f 'xy'");
    expect(r.errors).toContain('String must be exactly one character long.');
  });

  it('-Delimiter takes a char', async () => {
    expect(await lines("[pscustomobject]@{a=1; b=2} | ConvertTo-Csv -NoTypeInformation -Delimiter ([char]';')")).toEqual(['"a";"b"', '"1";"2"']);
  });
});

describe('assigning into a typed array converts to its element type', () => {
  it('a char array element takes a char made from the text or code', async () => {
    expect(await lines("$x = [char[]]'ab'; $x[0] = 'z'; $x[1] = 67; -join $x; $x[0].GetType().Name; $x[1].GetType().Name")).toEqual(['zC', 'Char', 'Char']);
  });

  it('an int array element takes a number; text that is no number is refused and the array is unchanged', async () => {
    expect(await line("$a = [int[]](1, 2); $a[0] = '5'; $a[0].GetType().Name + $a[0]")).toBe('Int325');
    const r = await runPs("$a = [int[]](1, 2); $a[0] = 'five'; $a -join ','");
    expect(r.errors).toContain('Cannot convert value "five" to type "System.Int32". Error: "Input string was not in a correct format."');
    expect(r.output.trim()).toBe('1,2');
  });

  it('an object array takes the value as it is', async () => {
    expect(await line("$a = @(1, 2); $a[0] = 'x'; $a[0].GetType().Name")).toBe('String');
  });
});
