// The call-depth limit holds on every way a script can call itself: functions recursing from
// catch/finally, script blocks (& . .Invoke() ForEach-Object Where-Object .ForEach .Where),
// Invoke-Expression, [scriptblock]::Create, script files that dot-source themselves, script methods,
// alias properties that name themselves. Each ends quickly with PowerShell's CallDepthOverflow error,
// never a JavaScript stack overflow.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { newEngine } from '../helpers/run.js';

const OVERFLOW = 'The script failed due to call depth overflow.';
/** Generous for a 2-core CI box; a bypass takes tens of seconds or never ends. */
const FAST_MS = 2500;

const dir = mkdtempSync(join(tmpdir(), 'csshell-depth-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs a script; a watchdog stops it (as Ctrl+C would) so a bypass fails the test instead of hanging it. */
async function runTimed(script: string) {
  const { engine, host } = newEngine({ workingDirectory: dir });
  const started = Date.now();
  const watchdog = setTimeout(() => engine.stop(), 3 * FAST_MS);
  try {
    await engine.execute(script);
  } finally {
    clearTimeout(watchdog);
  }
  return { ms: Date.now() - started, output: host.output, errors: host.errors, text: host.text() };
}

function expectCleanOverflow(r: { errors: string; text: string; ms: number }) {
  expect(r.errors).toContain(OVERFLOW);
  expect(r.errors).toContain('FullyQualifiedErrorId : CallDepthOverflow');
  expect(r.text).not.toMatch(/Maximum call stack|RangeError|at .*\.ts:\d+|\[object Object\]|undefined/);
  expect(r.ms).toBeLessThan(FAST_MS);
}

describe('call depth overflow', () => {
  it('is reported as PowerShell 5.1 shows it (category, reason, target)', async () => {
    const r = await runTimed('function f { f }\nf');
    expectCleanOverflow(r);
    expect(r.errors).toContain('CategoryInfo          : InvalidOperation: (0:Int32) [], ScriptCallDepthException');
  });

  it('a catch block can see the error, which is a ScriptCallDepthException', async () => {
    const r = await runTimed('function f { f }\ntry { f } catch { "caught $($_.FullyQualifiedErrorId)"; $_.Exception.GetType().FullName }\n"after"');
    expect(r.output).toBe('caught CallDepthOverflow\nSystem.Management.Automation.ScriptCallDepthException\nafter\n');
    expect(r.ms).toBeLessThan(FAST_MS);
  });

  const routes: [string, string][] = [
    ['a function recursing from its own catch', 'function f($n) { $global:deepest = $n; try { f ($n + 1) } catch { f ($n + 1) } }\nf 0'],
    ['a function recursing from its own finally', 'function f($n) { $global:deepest = $n; try { f ($n + 1) } finally { f ($n + 1) } }\nf 0'],
    ['a function whose catch swallows the error and calls again', 'function f($n) { $global:deepest = $n; try { f ($n + 1) } catch { }; f ($n + 1) }\nf 0'],
    ['& on a script block', '$sb = { param($n) $global:deepest = $n; & $sb ($n + 1) }\n& $sb 0'],
    ['& on a script block from its catch', '$sb = { param($n) $global:deepest = $n; try { & $sb ($n + 1) } catch { & $sb ($n + 1) } }\n& $sb 0'],
    ['dot-sourcing a script block', '$sb = { $global:deepest++; . $sb }\n$global:deepest = 0; . $sb'],
    ['.Invoke() of a script block', '$sb = { param($n) $global:deepest = $n; $sb.Invoke($n + 1) }\n$sb.Invoke(0)'],
    ['.Invoke() from its catch', '$sb = { param($n) $global:deepest = $n; try { $sb.Invoke($n + 1) } catch { $sb.Invoke($n + 1) } }\n$sb.Invoke(0)'],
    ['nested ForEach-Object', 'function f($n) { $global:deepest = $n; 1 | ForEach-Object { f ($n + 1) } }\nf 0'],
    ['ForEach-Object running its own block', '$sb = { $global:deepest++; 1 | ForEach-Object $sb }\n$global:deepest = 0; 1 | ForEach-Object $sb'],
    ['Where-Object filters', 'function f($n) { $global:deepest = $n; 1 | Where-Object { f ($n + 1) } }\nf 0'],
    ['the .ForEach() and .Where() methods', 'function f($n) { $global:deepest = $n; (1).ForEach({ @(1).Where({ f ($n + 1) }) }) }\nf 0'],
    ['Invoke-Expression', 'function f($n) { $global:deepest = $n; Invoke-Expression "f $($n + 1)" }\nf 0'],
    ['Invoke-Expression of its own text', "$code = '$global:deepest++; iex $code'\n$global:deepest = 0; iex $code"],
    ['Invoke-Expression from a catch', 'function f($n) { $global:deepest = $n; try { iex "f $($n + 1)" } catch { iex "f $($n + 1)" } }\nf 0'],
    ['[scriptblock]::Create', "$sb = [scriptblock]::Create('$global:deepest++; & $sb')\n$global:deepest = 0; & $sb"],
    ['a script method calling itself', '$o = [pscustomobject]@{ N = 0 }\n$o | Add-Member -MemberType ScriptMethod -Name Deeper -Value { $global:deepest = ++$this.N; $this.Deeper() }\n$o.Deeper()'],
    ['a script method calling itself from a catch', '$o = [pscustomobject]@{ N = 0 }\n$o | Add-Member -MemberType ScriptMethod -Name Deeper -Value { $global:deepest = ++$this.N; try { $this.Deeper() } catch { $this.Deeper() } }\n$o.Deeper()'],
    ['a switch whose condition block recurses', 'function f($n) { $global:deepest = $n; switch (1) { { f ($n + 1) } { } } }\nf 0'],
    ['a ValidateScript recursing', 'function f { param([ValidateScript({ f 1 })] $x) $x }\nf 1'],
    ['a calculated property recursing', 'function f($n) { $global:deepest = $n; 1 | Select-Object @{ n = "x"; e = { f ($n + 1) } } }\nf 0'],
    ['a sort key recursing', 'function f($n) { $global:deepest = $n; 1, 2 | Sort-Object { f ($n + 1) } }\nf 0'],
    ['mutual recursion between two functions', 'function a($n) { $global:deepest = $n; try { b ($n + 1) } catch { b ($n + 1) } }\nfunction b($n) { a ($n + 1) }\na 0'],
  ];

  it.each(routes)('stops %s', async (_label, script) => {
    const r = await runTimed(`${script}\n"depth reached: $global:deepest"`);
    expectCleanOverflow(r);
    const reached = /depth reached: (\d*)/.exec(r.output);
    if (reached?.[1]) expect(Number(reached[1])).toBeLessThanOrEqual(1000);
  });

  it('stops a script file that dot-sources itself', async () => {
    writeFileSync(join(dir, 'self.ps1'), '$global:deepest++\n. .\\self.ps1\n');
    writeFileSync(join(dir, 'self-catch.ps1'), '$global:deepest++\ntry { . $PSCommandPath } catch { . $PSCommandPath }\n');
    for (const file of ['self.ps1', 'self-catch.ps1']) {
      const r = await runTimed(`$global:deepest = 0\n. .\\${file}`);
      expectCleanOverflow(r);
    }
  });

  it('an alias property that leads back to itself ends with an error, not a JavaScript stack overflow', async () => {
    const r = await runTimed('$o = [pscustomobject]@{ A = 1 }\n$o | Add-Member -MemberType AliasProperty -Name Loop -Value Loop\n$o.Loop\n"after"');
    expect(r.text).not.toMatch(/Maximum call stack|RangeError/);
    expect(r.errors).toContain('FullyQualifiedErrorId : CycleInAliasLookup');
    expect(r.output).toBe('after\n');
    const pair = await runTimed('$o = [pscustomobject]@{ A = 1 }\n$o | Add-Member AliasProperty B C\n$o | Add-Member AliasProperty C B\n$o.C');
    expect(pair.errors).toContain('The alias property "C" cannot be resolved');
  });

  it('a cmdlet that recurses too deep in JavaScript reports the overflow, not the engine error', async () => {
    const r = await runTimed('$h = @{}\n$h.self = $h\n$h | Export-Clixml -Path deep.xml -Depth 100000\n"not reached"');
    expect(r.errors).toContain('Export-Clixml : The script failed due to call depth overflow.');
    expect(r.text).not.toMatch(/Maximum call stack|RangeError/);
  });

  it('ConvertTo-Json refuses a depth above 100 before it recurses, as 5.1 does', async () => {
    const r = await runTimed('$h = @{}\n$h.self = $h\n$h | ConvertTo-Json -Depth 100000');
    expect(r.errors).toContain('ConvertTo-Json : The maximum depth allowed for serialization is 100.');
    expect(r.text).not.toMatch(/Maximum call stack|RangeError/);
  });

  it('the limit is the same after an overflow was caught (the counter is not reset)', async () => {
    const r = await runTimed('function f($n) { $global:deepest = $n; f ($n + 1) }\ntry { f 0 } catch { }\n$first = $global:deepest\ntry { f 0 } catch { }\n"$first $global:deepest"');
    const [first, second] = r.output.trim().split(' ').map(Number);
    expect(first).toBeGreaterThan(990);
    expect(second).toBe(first);
  });

  it('deep but finite recursion below the limit still works after an overflow', async () => {
    const r = await runTimed('function f { f }\ntry { f } catch { }\nfunction Down($n) { if ($n -gt 0) { Down ($n - 1) } else { "bottom" } }\nDown 900');
    expect(r.output).toBe('bottom\n');
    expect(r.errors).toBe('');
  });
});
