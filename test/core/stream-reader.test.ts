// [System.IO.StreamReader] (cast, New-Object, ::new, [IO.File]::OpenText) and the System.Text.Encoding
// values scripts hand to streams: .NET's reading rules and the errors Windows PowerShell 5.1 shows.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evalPs, runPs } from '../helpers/run.js';

const sandbox = () => mkdtempSync(join(tmpdir(), 'csshell-streams-'));
const bytesOf = (dir: string, name: string) => readFileSync(join(dir, name));

describe('StreamReader', () => {
  it('a closed reader is still shown: EndOfStream, whose getter throws, shows empty; reading it is an error', async () => {
    const dir = sandbox();
    writeFileSync(join(dir, 's.txt'), 'x\r\n');
    const r = await runPs(`$r = [IO.StreamReader] 's.txt'; $r.Close(); $r; $r.EndOfStream`, { workingDirectory: dir });
    expect(r.output).toContain('CurrentEncoding          BaseStream EndOfStream');
    expect(r.errors).not.toContain('out-default');
    expect(r.errors).toContain('Exception getting "EndOfStream": "Cannot read from a closed TextReader."');
    expect(r.errors).toContain('+ FullyQualifiedErrorId : ExceptionWhenGetting');
  });


  it('ReadLine until $null, EndOfStream, Peek', async () => {
    const dir = sandbox();
    writeFileSync(join(dir, 'users.txt'), 'sip:ken@contoso.com\r\nsip:pilar@contoso.com\nlast');
    const { values, errors } = await evalPs(
      `$r = New-Object System.IO.StreamReader 'users.txt'
       $r.Peek()
       while (($line = $r.ReadLine()) -ne $null) { "got $line" }
       $r.EndOfStream
       $r.Peek()
       $null -eq $r.ReadLine()
       $r.Close()`,
      { workingDirectory: dir },
    );
    expect(errors).toBe('');
    expect(values).toEqual([115, 'got sip:ken@contoso.com', 'got sip:pilar@contoso.com', 'got last', true, -1, true]);
  });

  it('ReadToEnd returns the rest; a final newline gives no extra empty line', async () => {
    const dir = sandbox();
    writeFileSync(join(dir, 'r.txt'), 'one\r\ntwo\r\nthree\r\n');
    const { values } = await evalPs(
      `$r = [System.IO.StreamReader] 'r.txt'
       $r.ReadLine()
       $r.ReadToEnd()
       $r.EndOfStream
       $r.Close()
       $r2 = [IO.File]::OpenText('r.txt')
       $n = 0; while (-not $r2.EndOfStream) { $null = $r2.ReadLine(); $n++ }; $n
       $r2.Dispose()`,
      { workingDirectory: dir },
    );
    expect(values).toEqual(['one', 'two\r\nthree\r\n', true, 3]);
  });

  it('reads back what a StreamWriter wrote, and UTF-16 files by their byte-order mark', async () => {
    const dir = sandbox();
    const { values, errors } = await evalPs(
      `$w = [IO.StreamWriter] 'log.txt'; $w.WriteLine('Zoë'); $w.Close()
       $r = New-Object IO.StreamReader 'log.txt'; $r.ReadLine(); $r.Close()
       'wide' | Out-File wide.txt
       $r = [IO.StreamReader]::new('wide.txt'); $r.ReadLine(); $r.CurrentEncoding.WebName; $r.Close()`,
      { workingDirectory: dir },
    );
    expect(errors).toBe('');
    expect(values).toEqual(['Zoë', 'wide', 'utf-16']);
  });

  it('a closed reader refuses to read', async () => {
    const dir = sandbox();
    writeFileSync(join(dir, 'c.txt'), 'x\r\n');
    const r = await runPs(`$r = [IO.StreamReader] 'c.txt'; $r.Close(); $r.ReadLine(); $r.ReadToEnd()`, { workingDirectory: dir });
    expect(r.errors).toContain('Exception calling "ReadLine" with "0" argument(s): "Cannot read from a closed TextReader."');
    expect(r.errors).toContain('Exception calling "ReadToEnd" with "0" argument(s): "Cannot read from a closed TextReader."');
  });

  it('a missing file: Could not find file, with the full path', async () => {
    const dir = sandbox();
    const r = await runPs(`New-Object System.IO.StreamReader 'missing.txt'; [IO.StreamReader] 'C:\\data\\gone.txt'; [IO.File]::OpenText('nothing.txt')`, { workingDirectory: dir });
    expect(r.errors).toContain(`New-Object : Exception calling ".ctor" with "1" argument(s): "Could not find file 'C:\\Users\\Administrator\\missing.txt'."`);
    expect(r.errors).toContain(`Cannot convert value "C:\\data\\gone.txt" to type "System.IO.StreamReader". Error: "Could not find a part of the path 'C:\\data\\gone.txt'."`);
    expect(r.errors).toContain(`Exception calling "OpenText" with "1" argument(s): "Could not find file 'C:\\Users\\Administrator\\nothing.txt'."`);
  });

  it('Get-Member lists the reader members', async () => {
    const dir = sandbox();
    writeFileSync(join(dir, 'g.txt'), 'x');
    const { values } = await evalPs(`$r = [IO.StreamReader] 'g.txt'; ($r | Get-Member | ForEach-Object { "$($_.Name)|$($_.Definition)" }); $r.Close()`, { workingDirectory: dir });
    expect(values).toEqual(
      expect.arrayContaining(['ReadLine|string ReadLine()', 'ReadToEnd|string ReadToEnd()', 'Peek|int Peek()', 'EndOfStream|bool EndOfStream {get;}', 'Close|void Close()']),
    );
  });
});

describe('System.Text.Encoding', () => {
  it('the static encodings and New-Object System.Text.UTF8Encoding: names, byte-order marks, GetBytes / GetString', async () => {
    const { values, errors } = await evalPs(
      `[System.Text.Encoding]::UTF8.WebName
       [Text.Encoding]::Unicode.EncodingName
       [Text.Encoding]::Default.CodePage
       ([Text.Encoding]::UTF8.GetBytes('é')) -join ','
       ([Text.Encoding]::ASCII.GetBytes('é')) -join ','
       ([Text.Encoding]::Default.GetBytes([string][char]0x20ac)) -join ','
       [Text.Encoding]::Unicode.GetString([byte[]](0x68, 0, 0x69, 0))
       [Text.Encoding]::UTF8.GetPreamble().Count
       (New-Object System.Text.UTF8Encoding $false).GetPreamble().Count
       [System.Text.UTF8Encoding]::new($true).GetPreamble().Count
       [Text.Encoding]::UTF8.GetType().FullName`,
    );
    expect(errors).toBe('');
    expect(values).toEqual(['utf-8', 'Unicode', 1252, '195,169', '63', '128', 'hi', 3, 0, 3, 'System.Text.UTF8Encoding']);
  });

  it('an encoding from New-Object UTF8Encoding $false writes no byte-order mark', async () => {
    const dir = sandbox();
    await evalPs(`$w = New-Object System.IO.StreamWriter 'nb.log', $false, (New-Object System.Text.UTF8Encoding $false); $w.Write('é'); $w.Close()`, { workingDirectory: dir });
    expect([...bytesOf(dir, 'nb.log')]).toEqual([0xc3, 0xa9]);
  });
});
