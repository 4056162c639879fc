// The Engine API and the evaluator's scopes, functions, errors, script files and redirections.

import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evalPs, newEngine, runPs } from '../helpers/run.js';
import { ErrorRecord } from '../../src/engine/errors.js';
import { PSArrayList, PSHashtable, PSObject, ScriptBlockValue } from '../../src/engine/runtime/values.js';

function sandbox(): string {
  return mkdtempSync(join(tmpdir(), 'csshell-eval-'));
}

describe('Engine.execute', () => {
  it('reports parse errors and runs nothing', async () => {
    const r = await runPs('"ran"; if (');
    expect(r.parseErrors).toBe(true);
    expect(r.output).toBe('');
    expect(r.errors).toContain('ParserError');
    expect(r.success).toBe(false);
  });

  it('returns the exit code of exit N and stops', async () => {
    const r = await runPs('"a"; exit 7; "b"');
    expect(r.exitCode).toBe(7);
    expect(r.output).toBe('a\n');
  });

  it('exit without a value is 0', async () => {
    expect((await runPs('exit')).exitCode).toBe(0);
  });

  it('marks a script-terminating error', async () => {
    const r = await runPs('throw "fatal"; "after"');
    expect(r.terminatingError).toBe(true);
    expect(r.success).toBe(false);
    expect(r.output).toBe('');
    expect(r.errors.split('\n')[0]).toBe('fatal');
  });

  it('continues after a statement-terminating error and records $?', async () => {
    const r = await runPs('$null.Foo(); "next"');
    expect(r.terminatingError).toBe(false);
    expect(r.output).toBe('next\n');
    expect(r.success).toBe(true);
  });

  it('$ErrorActionPreference Stop turns a statement error into a script stop', async () => {
    const r = await runPs('$ErrorActionPreference = "Stop"; 1/0; "never"');
    expect(r.output).toBe('');
    expect(r.terminatingError).toBe(true);
  });

  it('keeps variables and functions between execute calls (one session)', async () => {
    const { engine, host } = newEngine();
    await engine.execute('$kept = 41; function Get-Kept { $kept + 1 }');
    await engine.execute('Get-Kept');
    expect(host.output).toBe('42\n');
  });

  it('writes output before later host text (ordering)', async () => {
    const r = await runPs('"one"; Write-Host "two"; "three"; Write-Warning "four"');
    expect(r.host.writes.map((w) => `${w.stream}:${w.text}`)).toEqual(['output:one', 'host:two', 'output:three', 'warning:WARNING: four']);
  });

  it('renders the error view with position', async () => {
    const r = await runPs('$a = 5\n$a.NoSuch()');
    expect(r.errors).toBe(
      [
        "Method invocation failed because [System.Int32] does not contain a method named 'NoSuch'.",
        'At line:2 char:1',
        '+ $a.NoSuch()',
        '+ ~~~~~~~~~~~',
        '    + CategoryInfo          : InvalidOperation: (:) [], RuntimeException',
        '    + FullyQualifiedErrorId : MethodNotFound',
        '',
      ].join('\n'),
    );
  });
});

describe('Engine.invoke', () => {
  it('returns objects unformatted', async () => {
    const { values } = await evalPs('1; "two"; @{ a = 1 }; [pscustomobject]@{ N = 3 }');
    expect(values[0]).toBe(1);
    expect(values[1]).toBe('two');
    expect(values[2]).toBeInstanceOf(PSHashtable);
    expect(values[3]).toBeInstanceOf(PSObject);
    expect((values[3] as PSObject).get('N')).toBe(3);
  });

  it('enumerates arrays but not nested ones', async () => {
    const { values } = await evalPs('1, (2, 3)');
    expect(values).toHaveLength(2);
    expect(values[1]).toEqual([2, 3]);
  });

  it('keeps ArrayList identity through variables', async () => {
    const { values } = await evalPs('$l = [System.Collections.ArrayList]::new(); $m = $l; [void]$m.Add(1); ,$l');
    expect(values[0]).toBeInstanceOf(PSArrayList);
    expect((values[0] as PSArrayList).items).toEqual([1]);
  });

  it('returns error records merged with 2>&1', async () => {
    const { values } = await evalPs('Get-Nothing 2>&1');
    expect(values[0]).toBeInstanceOf(ErrorRecord);
    expect((values[0] as ErrorRecord).fullyQualifiedErrorId).toBe('CommandNotFoundException');
  });
});

describe('scopes', () => {
  it('child scopes read parent variables and write locally', async () => {
    const { values } = await evalPs('$x = 1; function F { $x; $x = 2; $x }; F; $x');
    expect(values).toEqual([1, 2, 1]);
  });

  it('$script: reaches the script scope from nested functions', async () => {
    const { values } = await evalPs('$script:n = 0; function A { B }; function B { $script:n += 5 }; A; A; $n');
    expect(values).toEqual([10]);
  });

  it('$global: from a script file reaches the session', async () => {
    const dir = sandbox();
    writeFileSync(join(dir, 'set.ps1'), '$global:fromScript = "g"; $local = "l"');
    const { engine, host } = newEngine({ workingDirectory: dir });
    await engine.execute('.\\set.ps1; "$fromScript|$local"');
    expect(host.output).toBe('g|\n');
  });

  it('dot-sourcing a script keeps its variables and functions', async () => {
    const dir = sandbox();
    writeFileSync(join(dir, 'lib.ps1'), '\uFEFF$libVar = 3\nfunction Get-Lib { "lib $libVar" }\n');
    const { engine, host } = newEngine({ workingDirectory: dir });
    await engine.execute('. .\\lib.ps1; Get-Lib; $libVar');
    expect(host.output).toBe('lib 3\n3\n');
  });

  it('& on a script runs it in its own scope with arguments', async () => {
    const dir = sandbox();
    writeFileSync(join(dir, 'args.ps1'), 'param($Name, $Count = 2)\n"$Name x $Count"\n$PSScriptRoot -ne $null\n');
    const { engine, host } = newEngine({ workingDirectory: dir });
    await engine.execute('& .\\args.ps1 -Name ken; "[$Name]"');
    expect(host.output).toBe('ken x 2\nTrue\n[]\n');
  });

  it('exit in a called script returns to the caller and sets $LASTEXITCODE', async () => {
    const dir = sandbox();
    writeFileSync(join(dir, 'quit.ps1'), '"in"; exit 4; "not"');
    const { engine, host } = newEngine({ workingDirectory: dir });
    const r = await engine.execute('.\\quit.ps1; "back $LASTEXITCODE"');
    expect(host.output).toBe('in\nback 4\n');
    expect(r.exitCode).toBeUndefined();
  });

  it('a script path outside the sandbox or a host program is not run', async () => {
    const r = await runPs('& "/bin/ls"');
    expect(r.errors).toContain("The term '/bin/ls' is not recognized");
  });

  it('runs a script file with $PSScriptRoot and $MyInvocation', async () => {
    const { engine, host } = newEngine();
    await engine.execute('param($Who = "nobody")\n"hi $Who"\n$MyInvocation.MyCommand.Name', { file: 'C:\\scripts\\greet.ps1', args: ['ken'] });
    expect(host.output).toBe('hi ken\ngreet.ps1\n');
  });

  it('environment is emulated and follows the session computer', async () => {
    const { engine, host } = newEngine({ computer: 'edge01.contoso.com' });
    await engine.execute('$env:COMPUTERNAME; $env:PATH_SHOULD_NOT_LEAK -eq $null');
    expect(host.output).toBe('EDGE01\nTrue\n');
    process.env.CSSHELL_REAL_ONLY = 'x';
    await engine.execute('$env:CSSHELL_REAL_ONLY -eq $null; $env:NEWVAR = "1"');
    expect(host.output).toBe('EDGE01\nTrue\nTrue\n');
    expect(process.env.NEWVAR).toBeUndefined();
    delete process.env.CSSHELL_REAL_ONLY;
  });
});

describe('functions', () => {
  it('binds by position, name and pipeline like a cmdlet', async () => {
    const script = [
      'function Set-Thing {',
      '  [CmdletBinding()]',
      '  param(',
      '    [Parameter(Mandatory = $true, Position = 0, ValueFromPipelineByPropertyName = $true)]',
      '    [string]$Identity,',
      '    [int]$Size = 1',
      '  )',
      '  process { "$Identity=$Size" }',
      '}',
      'Set-Thing a',
      'Set-Thing -Identity b -Size 3',
      '[pscustomobject]@{ Identity = "c" }, [pscustomobject]@{ Identity = "d" } | Set-Thing -Size 9',
    ].join('\n');
    const { values } = await evalPs(script);
    expect(values).toEqual(['a=1', 'b=3', 'c=9', 'd=9']);
  });

  it('advanced functions honour -ErrorAction through $ErrorActionPreference', async () => {
    const script = 'function F { [CmdletBinding()] param() $ErrorActionPreference }\nF -ErrorAction SilentlyContinue';
    const { values } = await evalPs(script);
    expect(values).toEqual(['SilentlyContinue']);
  });

  it('reports binding errors in PowerShell words', async () => {
    const r = await runPs('function F { [CmdletBinding()] param([int]$n) $n }\nF -n abc');
    expect(r.errors).toContain("Cannot process argument transformation on parameter 'n'.");
  });

  it('return inside process ends only that input', async () => {
    const { values } = await evalPs('function F { process { if ($_ -eq 2) { return }; $_ } }\n1, 2, 3 | F');
    expect(values).toEqual([1, 3]);
  });

  it('functions defined in a function stay local to it', async () => {
    const r = await runPs('function Outer { function Inner { "in" }; Inner }\nOuter\nInner');
    expect(r.output).toBe('in\n');
    expect(r.errors).toContain("The term 'Inner' is not recognized");
  });

  it('script blocks are values that can be passed and invoked', async () => {
    const { values } = await evalPs('function Apply($f, $v) { & $f $v }\nApply { param($x) $x * 3 } 4');
    expect(values).toEqual([12]);
  });

  it('invokeScriptBlock service runs with $_ and returns output', async () => {
    const { engine } = newEngine();
    const [block] = await engine.invoke('{ $_ * 2; $args.Count }');
    const out = await engine.services.invokeScriptBlock(block as ScriptBlockValue, { dollarUnder: 21, args: [1, 2] });
    expect(out).toEqual([42, 2]);
  });

  it('services see the caller variables', async () => {
    const { engine } = newEngine();
    await engine.execute('$seen = "yes"');
    expect(engine.services.getVariable('seen')).toBe('yes');
    engine.services.setVariable('fromHandler', 5);
    expect(await engine.invoke('$fromHandler + 1')).toEqual([6]);
    expect(engine.services.commands.get('?')?.definition).toBe('Where-Object');
  });
});

describe('errors', () => {
  it('try/catch/finally order with a cmdlet error and -ErrorAction Stop', async () => {
    const { values } = await evalPs('try { Get-CsExternalAccessPolicy -Identity Nope -ErrorAction Stop } catch { "catch" } finally { "finally" }');
    expect(values).toEqual(['catch', 'finally']);
  });

  it('non-terminating errors are not caught without -ErrorAction Stop', async () => {
    const r = await runPs('try { Get-CsExternalAccessPolicy -Identity Nope; "went on" } catch { "caught" }');
    expect(r.output).toBe('went on\n');
    expect(r.errors).not.toBe('');
  });

  it('$Error holds records newest first and catch sees the record', async () => {
    const { values } = await evalPs('try { throw "first" } catch { }; try { 1/0 } catch { }; $Error[0].Exception.Message; $Error[1].Exception.Message');
    expect(values).toEqual(['Attempted to divide by zero.', 'first']);
  });

  it('throwing an ErrorRecord rethrows it unchanged', async () => {
    const { values } = await evalPs('try { try { Get-Nope } catch { throw $_ } } catch { $_.FullyQualifiedErrorId }');
    expect(values).toEqual(['CommandNotFoundException']);
  });

  it('break inside a pipeline script block leaves the enclosing loop', async () => {
    const { values } = await evalPs('foreach ($i in 1..3) { 1..5 | ForEach-Object { if ($_ -eq 2) { break }; "$i$_" } }; "after"');
    expect(values).toEqual(['11', 'after']);
  });
});

describe('redirection', () => {
  it('writes formatted output to a file and appends', async () => {
    const dir = sandbox();
    const { engine } = newEngine({ workingDirectory: dir });
    await engine.execute('"line1" > out.txt; "line2" >> out.txt; 1..2 > C:\\logs\\n.txt');
    // UTF-16 LE with a byte-order mark, as Out-File writes in Windows PowerShell 5.1.
    expect(readFileSync(join(dir, 'out.txt'), 'utf16le')).toBe('\uFEFFline1\r\nline2\r\n');
    expect(readFileSync(join(dir, 'logs', 'n.txt'), 'utf16le')).toBe('\uFEFF1\r\n2\r\n');
  });

  it('sends errors to a file with 2>', async () => {
    const dir = sandbox();
    mkdirSync(join(dir, 'sub'));
    const { engine, host } = newEngine({ workingDirectory: dir });
    await engine.execute('Get-Nope 2> sub\\err.txt; "ok"');
    expect(host.errors).toBe('');
    expect(readFileSync(join(dir, 'sub', 'err.txt'), 'utf16le')).toContain("The term 'Get-Nope' is not recognized");
  });

  it('refuses paths outside the sandbox', async () => {
    const dir = sandbox();
    const { engine, host } = newEngine({ workingDirectory: dir });
    await engine.execute('"x" > ..\\escape.txt');
    expect(host.errors).toContain('denied');
    expect(existsSync(join(dir, '..', 'escape.txt'))).toBe(false);
  });
});

describe('script arguments and session features', () => {
  it('binds script arguments by name and position like powershell -File', async () => {
    const { engine, host } = newEngine();
    await engine.execute('param([string]$Name, [int]$Count = 1, [switch]$Loud)\n"$Name $Count $($Loud.IsPresent)"', { file: 'C:\\s\\a.ps1', args: ['-Count', '3', 'ken', '-Loud'] });
    expect(host.output).toBe('ken 3 True\n');
  });

  it('$PSCmdlet.ShouldProcess honours -WhatIf and $WhatIfPreference', async () => {
    const script = [
      'function Remove-Thing {',
      '  [CmdletBinding(SupportsShouldProcess = $true)]',
      '  param($Name)',
      '  if ($PSCmdlet.ShouldProcess($Name)) { "removed $Name" }',
      '}',
      'Remove-Thing a',
      'Remove-Thing b -WhatIf',
      '$WhatIfPreference = $true',
      'Remove-Thing c',
    ].join('\n');
    const r = await runPs(script);
    expect(r.output).toBe('removed a\nWhat if: Performing the operation "Remove-Thing" on target "b".\nWhat if: Performing the operation "Remove-Thing" on target "c".\n');
  });

  it('stop() ends a running loop', async () => {
    const { engine } = newEngine();
    const running = engine.execute('$i = 0; while ($true) { $i++ }');
    setTimeout(() => engine.stop(), 50);
    const r = await running;
    expect(r.success).toBe(false);
    const [i] = await engine.invoke('$i');
    expect(i as number).toBeGreaterThan(0);
  });

  it('built-in aliases resolve, iex included', async () => {
    const { engine } = newEngine();
    expect(engine.services.commands.get('%')?.definition).toBe('ForEach-Object');
    expect(engine.services.commands.get('gci')?.definition).toBe('Get-ChildItem');
    expect(engine.services.commands.get('iex')?.definition).toBe('Invoke-Expression');
  });

  it('[xml] reads configuration from a file under the working directory', async () => {
    const dir = sandbox();
    writeFileSync(join(dir, 'partners.xml'), '<Partners><Partner Domain="jabber.org" Type="Federated"/><Partner Domain="gmail.com" Type="PublicVerified"/></Partners>');
    const { engine, host } = newEngine({ workingDirectory: dir });
    await engine.execute('[xml]$x = Get-Content .\\partners.xml; $x.Partners.Partner | ForEach-Object { "$($_.Domain)/$($_.Type)" }');
    expect(host.errors).toBe('');
    expect(host.output).toBe('jabber.org/Federated\ngmail.com/PublicVerified\n');
  });
});

describe('limits', () => {
  it('endless recursion ends with call depth overflow instead of hanging', async () => {
    const r = await runPs('function Loop-Forever { Loop-Forever }\nLoop-Forever\n"not reached"');
    expect(r.errors).toContain('The script failed due to call depth overflow.');
    expect(r.output).toBe('');
    const ok = await runPs('function Down($n) { if ($n -gt 0) { Down ($n - 1) } else { "bottom" } }\nDown 500');
    expect(ok.output).toBe('bottom\n');
  });
});
