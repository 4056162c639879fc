// [System.IO.StreamWriter] as admins' logging scripts use it: the constructors (cast, New-Object,
// ::new, [IO.File]::CreateText/AppendText), .NET's writing rules, the errors Windows PowerShell 5.1
// shows, and the sandbox. StreamReader and the encodings are in stream-reader.test.ts.

import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evalPs, newEngine, runPs } from '../helpers/run.js';
import { builtins } from '../../src/cmdlets/index.js';
import { completeInput } from '../../src/engine/completion/index.js';

const sandbox = () => mkdtempSync(join(tmpdir(), 'csshell-streams-'));
const bytesOf = (dir: string, name: string) => readFileSync(join(dir, name));
const textOf = (dir: string, name: string) => readFileSync(join(dir, name), 'utf8');

describe('StreamWriter: opening a file', () => {
  it('a cast of a path creates the file and truncates an existing one', async () => {
    const dir = sandbox();
    writeFileSync(join(dir, 'run.log'), 'old content that must go\r\n');
    const { errors } = await evalPs(
      `$log = [System.IO.StreamWriter] "C:\\Users\\Administrator\\run.log"
       $log.WriteLine("first")
       $log.Close()`,
      { workingDirectory: dir },
    );
    expect(errors).toBe('');
    expect(textOf(dir, 'run.log')).toBe('first\r\n');
  });

  it('New-Object with one argument truncates; with $true appends; -ArgumentList $path,$false truncates', async () => {
    const dir = sandbox();
    writeFileSync(join(dir, 'a.log'), 'kept\r\n');
    writeFileSync(join(dir, 'b.log'), 'gone\r\n');
    writeFileSync(join(dir, 'c.log'), 'gone too\r\n');
    const { errors } = await evalPs(
      `$a = New-Object System.IO.StreamWriter ".\\a.log", $true
       $a.WriteLine("appended"); $a.Close()
       $b = New-Object System.IO.StreamWriter("b.log")
       $b.WriteLine("new b"); $b.Close()
       $c = New-Object IO.StreamWriter -ArgumentList "C:\\c.log",$false
       $c.WriteLine("new c"); $c.Close()`,
      { workingDirectory: dir },
    );
    expect(errors).toBe('');
    expect(textOf(dir, 'a.log')).toBe('kept\r\nappended\r\n');
    expect(textOf(dir, 'b.log')).toBe('new b\r\n');
    expect(textOf(dir, 'c.log')).toBe('new c\r\n');
  });

  it('[System.IO.StreamWriter]::new and [IO.File]::CreateText / AppendText give writers', async () => {
    const dir = sandbox();
    writeFileSync(join(dir, 'app.log'), 'one\r\n');
    const { values, errors } = await evalPs(
      `$n = [System.IO.StreamWriter]::new("new.log"); $n.Write("n"); $n.Close()
       $c = [System.IO.File]::CreateText("created.log"); $c.WriteLine("c"); $c.Dispose()
       $a = [IO.File]::AppendText("app.log"); $a.WriteLine("two"); $a.Close()
       $a.GetType().FullName
       $a -is [System.IO.StreamWriter]`,
      { workingDirectory: dir },
    );
    expect(errors).toBe('');
    expect(values).toEqual(['System.IO.StreamWriter', true]);
    expect(textOf(dir, 'new.log')).toBe('n');
    expect(textOf(dir, 'created.log')).toBe('c\r\n');
    expect(textOf(dir, 'app.log')).toBe('one\r\ntwo\r\n');
  });

  it('the file is created when the writer opens, before anything is written', async () => {
    const dir = sandbox();
    const { values } = await evalPs(`$w = New-Object System.IO.StreamWriter 'empty.log'; Test-Path empty.log; $w.Close()`, { workingDirectory: dir });
    expect(values).toEqual([true]);
    expect(textOf(dir, 'empty.log')).toBe('');
  });
});

describe('StreamWriter: what is written', () => {
  it('UTF-8 without a byte-order mark, lines ended by CRLF, WriteLine() alone writes the newline', async () => {
    const dir = sandbox();
    await evalPs(
      `$w = New-Object System.IO.StreamWriter 'u.log'
       $w.Write("Zoë ")
       $w.Write("Müller")
       $w.WriteLine()
       $w.WriteLine("done")
       $w.Close()`,
      { workingDirectory: dir },
    );
    const bytes = bytesOf(dir, 'u.log');
    expect([...bytes.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toBe('Zoë Müller\r\ndone\r\n');
  });

  it('numbers, booleans, $null, arrays and format strings are written as .NET writes them', async () => {
    const dir = sandbox();
    const { errors } = await evalPs(
      `$w = [IO.StreamWriter] 'v.log'
       $w.WriteLine(42)
       $w.WriteLine(2.5)
       $w.WriteLine($true)
       $w.WriteLine($null)
       $w.WriteLine(@(1, 2))
       $w.WriteLine("{0} of {1} users", 3, 40)
       $w.Write([char]'x')
       $w.Close()`,
      { workingDirectory: dir },
    );
    expect(errors).toBe('');
    expect(textOf(dir, 'v.log')).toBe('42\r\n2.5\r\nTrue\r\n\r\nSystem.Object[]\r\n3 of 40 users\r\nx');
  });

  it('an encoding argument is honoured: [Text.Encoding]::UTF8 writes the byte-order mark, Unicode writes UTF-16', async () => {
    const dir = sandbox();
    const { errors } = await evalPs(
      `$a = New-Object System.IO.StreamWriter 'bom.log', $false, ([System.Text.Encoding]::UTF8)
       $a.WriteLine("é"); $a.Close()
       $b = New-Object System.IO.StreamWriter 'wide.log', $false, ([System.Text.Encoding]::Unicode)
       $b.Write("ab"); $b.Close()
       $c = New-Object System.IO.StreamWriter 'bom.log', $true, ([System.Text.Encoding]::UTF8)
       $c.Write("more"); $c.Close()`,
      { workingDirectory: dir },
    );
    expect(errors).toBe('');
    // Appending to a file that already has content writes no second byte-order mark.
    expect([...bytesOf(dir, 'bom.log')]).toEqual([0xef, 0xbb, 0xbf, ...Buffer.from('é\r\nmore', 'utf8')]);
    expect([...bytesOf(dir, 'wide.log')]).toEqual([0xff, 0xfe, 0x61, 0, 0x62, 0]);
  });

  it('NewLine can be changed', async () => {
    const dir = sandbox();
    await evalPs(`$w = [IO.StreamWriter] 'nl.log'; $w.NewLine = "\`n"; $w.WriteLine('a'); $w.WriteLine('b'); $w.Close()`, { workingDirectory: dir });
    expect(textOf(dir, 'nl.log')).toBe('a\nb\n');
  });
});

describe('StreamWriter: buffering', () => {
  it('writes wait in the buffer until Flush; AutoFlush writes at once', async () => {
    const dir = sandbox();
    const { values, errors } = await evalPs(
      `$w = New-Object System.IO.StreamWriter 'b.log'
       $w.WriteLine('one')
       [System.IO.File]::ReadAllText("$PWD\\b.log").Length
       $w.Flush()
       [System.IO.File]::ReadAllText("$PWD\\b.log")
       $w.AutoFlush = $true
       $w.AutoFlush
       $w.WriteLine('two')
       [System.IO.File]::ReadAllText("$PWD\\b.log")
       $w.Close()`,
      { workingDirectory: dir },
    );
    expect(errors).toBe('');
    expect(values).toEqual([0, 'one\r\n', true, 'one\r\ntwo\r\n']);
  });

  it('[I] a writer the script never closes is flushed when the script ends', async () => {
    const dir = sandbox();
    const { errors } = await evalPs(`$log = [System.IO.StreamWriter] 'forgot.log'; $log.WriteLine('written anyway')`, { workingDirectory: dir });
    expect(errors).toBe('');
    expect(textOf(dir, 'forgot.log')).toBe('written anyway\r\n');
  });

  it('[I] when the flush at the end of the script cannot write, it says so as a Flush error', async () => {
    const dir = sandbox();
    const r = await runPs(
      `New-Item -ItemType Directory logs | Out-Null
       $w = [IO.StreamWriter] 'logs\\x.log'; $w.WriteLine('a')
       Remove-Item logs -Recurse -Force`,
      { workingDirectory: dir },
    );
    expect(r.errors).toContain(`Exception calling "Flush" with "0" argument(s): "Could not find a part of the path 'C:\\Users\\Administrator\\logs\\x.log'."`);
    expect(r.errors).not.toMatch(/ENOENT|\n\s+at /);
    expect(existsSync(join(dir, 'logs'))).toBe(false);
  });

  it('[I] in the shell an unclosed writer keeps working after each command line is flushed', async () => {
    const dir = sandbox();
    const { engine } = newEngine({ workingDirectory: dir, interactive: true });
    await engine.invoke(`$log = New-Object System.IO.StreamWriter 'shell.log'; $log.WriteLine('line 1')`);
    expect(textOf(dir, 'shell.log')).toBe('line 1\r\n');
    await engine.invoke(`$log.WriteLine('line 2'); $log.Close()`);
    expect(textOf(dir, 'shell.log')).toBe('line 1\r\nline 2\r\n');
  });
});

describe('StreamWriter: closing', () => {
  it('a write after Close is the .NET exception shown as a method-invocation error; the file keeps its data', async () => {
    const dir = sandbox();
    const r = await runPs(
      `$w = New-Object System.IO.StreamWriter 'c.log'
       $w.WriteLine('kept')
       $w.Close()
       $w.Close()
       $w.WriteLine('lost')
       try { $w.Write('x') } catch { $_.FullyQualifiedErrorId; $_.Exception.InnerException.GetType().FullName }
       $w.Flush()`,
      { workingDirectory: dir },
    );
    expect(r.errors).toContain('Exception calling "WriteLine" with "1" argument(s): "Cannot write to a closed TextWriter."');
    expect(r.errors).toContain('Exception calling "Flush" with "0" argument(s): "Cannot write to a closed TextWriter."');
    expect(r.errors).toContain('+ CategoryInfo          : NotSpecified: (:) [], MethodInvocationException');
    expect(r.errors).toContain('+ FullyQualifiedErrorId : ObjectDisposedException');
    expect(r.output).toBe('ObjectDisposedException\nSystem.ObjectDisposedException\n');
    expect(textOf(dir, 'c.log')).toBe('kept\r\n');
  });

  it('Dispose closes the writer', async () => {
    const dir = sandbox();
    const r = await runPs(`$w = [IO.StreamWriter] 'd.log'; $w.Write('a'); $w.Dispose(); $w.Write('b')`, { workingDirectory: dir });
    expect(r.errors).toContain('Exception calling "Write" with "1" argument(s): "Cannot write to a closed TextWriter."');
    expect(textOf(dir, 'd.log')).toBe('a');
  });

  it('Write with no argument has no overload', async () => {
    const dir = sandbox();
    const r = await runPs(`$w = [IO.StreamWriter] 'o.log'; $w.Write(); $w.Close()`, { workingDirectory: dir });
    expect(r.errors).toContain('Cannot find an overload for "Write" and the argument count: "0".');
  });
});

describe('StreamWriter: paths that cannot be opened', () => {
  it('New-Object in a missing folder: Exception calling ".ctor", ConstructorInvokedThrowException', async () => {
    const dir = sandbox();
    const r = await runPs(`New-Object System.IO.StreamWriter 'C:\\nope\\x.log'; 'after'`, { workingDirectory: dir });
    expect(r.errors).toContain(`New-Object : Exception calling ".ctor" with "1" argument(s): "Could not find a part of the path 'C:\\nope\\x.log'."`);
    expect(r.errors).toContain('+ CategoryInfo          : InvalidOperation: (:) [New-Object], MethodInvocationException');
    expect(r.errors).toContain('+ FullyQualifiedErrorId : ConstructorInvokedThrowException,Microsoft.PowerShell.Commands.NewObjectCommand');
    expect(r.output).toBe('after\n');
    expect(existsSync(join(dir, 'nope'))).toBe(false);
  });

  it('a relative path in a missing folder names the full path; two arguments say "2" argument(s)', async () => {
    const dir = sandbox();
    const r = await runPs(`New-Object System.IO.StreamWriter 'logs\\x.log', $true`, { workingDirectory: dir });
    expect(r.errors).toContain(`Exception calling ".ctor" with "2" argument(s): "Could not find a part of the path 'C:\\Users\\Administrator\\logs\\x.log'."`);
  });

  it('the cast form: Cannot convert value … Error: "…"', async () => {
    const dir = sandbox();
    const r = await runPs(`$log = [System.IO.StreamWriter] "C:\\missing\\disabled.log"`, { workingDirectory: dir });
    expect(r.errors).toContain(`Cannot convert value "C:\\missing\\disabled.log" to type "System.IO.StreamWriter". Error: "Could not find a part of the path 'C:\\missing\\disabled.log'."`);
    expect(r.errors).toContain('+ FullyQualifiedErrorId : InvalidCastConstructorException');
  });

  it('::new and CreateText name their method', async () => {
    const dir = sandbox();
    const r = await runPs(`[IO.StreamWriter]::new('no\\x.log'); [IO.File]::CreateText('no\\y.log')`, { workingDirectory: dir });
    expect(r.errors).toContain(`Exception calling ".ctor" with "1" argument(s): "Could not find a part of the path 'C:\\Users\\Administrator\\no\\x.log'."`);
    expect(r.errors).toContain(`Exception calling "CreateText" with "1" argument(s): "Could not find a part of the path 'C:\\Users\\Administrator\\no\\y.log'."`);
  });

  it('a folder is refused with access denied', async () => {
    const dir = sandbox();
    mkdirSync(join(dir, 'reports'));
    const r = await runPs(`$w = New-Object System.IO.StreamWriter 'reports'`, { workingDirectory: dir });
    expect(r.errors).toContain(`Exception calling ".ctor" with "1" argument(s): "Access to the path 'C:\\Users\\Administrator\\reports' is denied."`);
  });

  it('a path out of the sandbox, directly or through a link, is refused and nothing is written outside', async () => {
    const base = sandbox();
    const root = join(base, 'root');
    const outside = join(base, 'outside');
    mkdirSync(root);
    mkdirSync(outside);
    symlinkSync(outside, join(root, 'out'));
    const r = await runPs(
      `New-Object System.IO.StreamWriter '..\\..\\escape.log'
       [IO.StreamWriter] '.\\out\\x.log'
       [IO.File]::AppendText('out\\y.log')`,
      { workingDirectory: root },
    );
    expect(r.errors).toContain(`Exception calling ".ctor" with "1" argument(s): "Access to the path '..\\..\\escape.log' is denied."`);
    expect(r.errors).toContain(`Cannot convert value ".\\out\\x.log" to type "System.IO.StreamWriter". Error: "Access to the path 'C:\\Users\\Administrator\\out\\x.log' is denied."`);
    expect(r.errors).toContain(`Exception calling "AppendText" with "1" argument(s): "Access to the path 'C:\\Users\\Administrator\\out\\y.log' is denied."`);
    expect(r.errors).not.toContain(base);
    expect(existsSync(join(outside, 'x.log'))).toBe(false);
    expect(existsSync(join(outside, 'y.log'))).toBe(false);
    expect(existsSync(join(base, 'escape.log'))).toBe(false);
  });
});

describe('StreamWriter: members', () => {
  it('Get-Member lists the members with .NET definitions, and each of them answers', async () => {
    const dir = sandbox();
    const { values, errors } = await evalPs(
      `$w = [IO.StreamWriter] 'gm.log'
       $w | Get-Member | ForEach-Object { "$($_.Name)|$($_.MemberType)|$($_.Definition)" }
       $w.Encoding.WebName
       $w.BaseStream.GetType().FullName
       $w.Close()`,
      { workingDirectory: dir },
    );
    expect(errors).toBe('');
    const rows = values as string[];
    expect(rows).toContain('WriteLine|Method|void WriteLine(), void WriteLine(string value), void WriteLine(System.Object value), void WriteLine(string format, Params System.Object[] arg)');
    expect(rows).toContain('Close|Method|void Close()');
    expect(rows).toContain('Flush|Method|void Flush()');
    expect(rows).toContain('Dispose|Method|void Dispose(), void IDisposable.Dispose()');
    expect(rows).toContain('AutoFlush|Property|bool AutoFlush {get;set;}');
    expect(rows).toContain('Encoding|Property|System.Text.Encoding Encoding {get;}');
    expect(rows).toContain('NewLine|Property|string NewLine {get;set;}');
    expect(rows.slice(-2)).toEqual(['utf-8', 'System.IO.FileStream']);
  });

  it('tab completion offers the members of a writer in a variable', async () => {
    const dir = sandbox();
    const { values, store } = await evalPs(`$w = [IO.StreamWriter] 'tab.log'; $w; $w.Close()`, { workingDirectory: dir });
    const session = {
      store,
      session: { localComputer: 'fe01.contoso.com', workingDirectory: dir, interactive: true },
      completers: builtins().completers,
      variableNames: () => ['log'],
      variableValue: (name: string) => (name === 'log' ? values[0] : undefined),
    };
    const offer = (line: string) => completeInput(line, line.length, session).candidates.map((c) => c.text);
    expect(offer('$log.Write')).toEqual(['$log.Write(', '$log.WriteLine(']);
    expect(offer('$log.Auto')).toEqual(['$log.AutoFlush']);
  });

  it('a read-only property cannot be set', async () => {
    const dir = sandbox();
    const r = await runPs(`$w = [IO.StreamWriter] 'ro.log'; $w.Encoding = $null; $w.Close()`, { workingDirectory: dir });
    expect(r.errors).toContain("'Encoding' is a ReadOnly property.");
  });

  it('an uncaptured writer shows its properties as a list', async () => {
    const dir = sandbox();
    const r = await runPs(`New-Object System.IO.StreamWriter 'shown.log'`, { workingDirectory: dir });
    expect(r.errors).toBe('');
    expect(r.output).toContain('AutoFlush      : False');
    expect(r.output).toContain('BaseStream     : System.IO.FileStream');
    expect(r.output).toContain('Encoding       : System.Text.UTF8Encoding');
  });
});
