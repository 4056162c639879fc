import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evalPs, runPs } from '../helpers/run.js';
import { PSObject } from '../../src/engine/runtime/values.js';

const sandbox = () => mkdtempSync(join(tmpdir(), 'csshell-misc-'));

describe('ForEach-Object positional blocks', () => {
  it('treats three positional blocks as begin, process and end', async () => {
    const r = await evalPs('1..2 | % {"b"} {$_ * 3} {"e"}');
    expect(r.values).toEqual(['b', 3, 6, 'e']);
  });
});

describe('Invoke-Command, Tee-Object, Select-String', () => {
  it('Invoke-Command runs a block locally with arguments, also for remote targets', async () => {
    const r = await evalPs("Invoke-Command -ScriptBlock { param($a, $b) $a + $b } -ArgumentList 2, 3; Invoke-Command -ComputerName pool01.contoso.com { 'here' }");
    expect(r.values).toEqual([5, 'here']);
  });

  it('Tee-Object keeps a copy in a variable or a file', async () => {
    const dir = sandbox();
    const r = await evalPs('1,2 | Tee-Object -Variable copy | Measure-Object | % Count; $copy; "x" | Tee-Object -FilePath t.txt | Out-Null', { workingDirectory: dir });
    expect(r.values).toEqual([2, 1, 2]);
    expect(readFileSync(join(dir, 't.txt')).subarray(2).toString('utf16le')).toBe('x\r\n');
  });

  it('Select-String finds lines in strings and files', async () => {
    const dir = sandbox();
    writeFileSync(join(dir, 'log.txt'), 'start\r\nXMPP partner added\r\nend\r\n');
    const r = await evalPs("'gmail.com','jabber.org' | Select-String 'jabber' | % Line; (Select-String -Path log.txt -Pattern 'xmpp').LineNumber; 'a.b' | Select-String '.' -SimpleMatch -Quiet", { workingDirectory: dir });
    expect(r.values).toEqual(['jabber.org', 2, true]);
    const shown = await runPs("Select-String -Path log.txt -Pattern 'partner'", { workingDirectory: dir });
    expect(shown.output).toBe('\nC:\\Users\\Administrator\\log.txt:2:XMPP partner added\n\n\n');
  });
});

describe('items', () => {
  it('Get-Item returns file objects', async () => {
    const dir = sandbox();
    writeFileSync(join(dir, 'a.pfx'), 'xx');
    const r = await evalPs('(Get-Item a.pfx).Length; Get-Item *.pfx | % Name', { workingDirectory: dir });
    expect(r.values).toEqual([2, 'a.pfx']);
  });
});

describe('error records in output', () => {
  it('prints an ErrorRecord like the error view', async () => {
    const r = await runPs("Get-Content nope -ErrorAction SilentlyContinue; $Error[0]", { workingDirectory: sandbox() });
    expect(r.output).toContain("Get-Content : Cannot find path 'C:\\Users\\Administrator\\nope' because it does not exist.");
    expect(r.output).toContain('+ FullyQualifiedErrorId : PathNotFound,Microsoft.PowerShell.Commands.GetContentCommand');
  });
});

describe('mixed output in one statement', () => {
  it('shows objects with a view of their own as a list inside an open generated table', async () => {
    const r = await runPs("@([pscustomobject]@{Name='a'}, ('x' | Group-Object))");
    expect(r.output).toBe(['', 'Name', '----', 'a', '', 'Count : 1', 'Name  : x', 'Group : {x}', '', '', '', ''].join('\n'));
  });

  it('puts Select-Object output over several Cs types into one table', async () => {
    const r = await runPs('Get-CsService -PoolFqdn "pool01.contoso.com" | Select-Object Identity');
    expect(r.output.match(/^Identity\s*$/gm)).toHaveLength(1);
    expect(r.output).not.toContain('Identity : ');
    expect(r.output).toContain('\nRegistrar:pool01.contoso.com\n');
  });
});

describe('Where-Object -Is', () => {
  it('tests types by name', async () => {
    const r = await evalPs("$o = @([pscustomobject]@{V=1}, [pscustomobject]@{V='x'}); $o | Where-Object V -Is 'int' | % V");
    expect(r.values).toEqual([1]);
    const p = await evalPs('Get-CsUser | Where-Object Enabled -EQ $true | Measure-Object');
    expect((p.values[0] as PSObject).get('Count')).toBeGreaterThan(39);
  });
});

describe('StringBuilder', () => {
  it('New-Object System.Text.StringBuilder appends and converts to text', async () => {
    const r = await evalPs("$sb = New-Object System.Text.StringBuilder; [void]$sb.Append('a'); $sb.AppendLine('b') | Out-Null; [void]$sb.AppendFormat('{0}-{1}', 1, 2); $sb.ToString(); $sb.Length; \"$sb\"");
    expect(r.errors).toBe('');
    expect(r.values).toEqual(['ab\n1-2', 6, 'ab\n1-2']);
    const shown = await runPs("$sb = New-Object System.Text.StringBuilder; $sb.Append('abc')");
    expect(shown.output).toBe('\nCapacity MaxCapacity Length\n-------- ----------- ------\n      16  2147483647      3\n\n\n');
  });
});

describe('Add-Member', () => {
  it('adds note, alias and script members and type names', async () => {
    const r = await evalPs(
      `$o = [pscustomobject]@{Name='Ken'}
       $o | Add-Member -MemberType NoteProperty -Name Pool -Value pool01
       Add-Member -InputObject $o -NotePropertyName Site -NotePropertyValue Redmond
       $o | Add-Member -NotePropertyMembers @{A=1; B=2}
       $o | Add-Member AliasProperty Who Name
       $o | Add-Member ScriptMethod Hello { "hi $($this.Name)" }
       $o | Add-Member -TypeName Contoso.Report
       $o.Pool; $o.Site; $o.A + $o.B; $o.Who; $o.Hello(); $o.PSObject.TypeNames[0]`,
    );
    expect(r.errors).toBe('');
    expect(r.values).toEqual(['pool01', 'Redmond', 3, 'Ken', 'hi Ken', 'Contoso.Report']);
  });

  it('refuses to overwrite without -Force', async () => {
    const r = await runPs("$o = [pscustomobject]@{Name='Ken'}; $o | Add-Member -NotePropertyName Name -NotePropertyValue x; $o | Add-Member -NotePropertyName Name -NotePropertyValue y -Force; $o.Name");
    expect(r.errors).toContain('Cannot add a member with the name "Name" because a member with that name already exists.');
    expect(r.output).toBe('y\n');
  });
});

describe('mkdir', () => {
  it('creates a folder', async () => {
    const dir = sandbox();
    const r = await runPs('mkdir certs | Out-Null; Test-Path certs -PathType Container', { workingDirectory: dir });
    expect(r.output).toBe('True\n');
  });
});

describe('Get-Random and Measure-Command', () => {
  it('draws numbers in range, repeats with a seed, picks items', async () => {
    const r = await evalPs('1..20 | % { Get-Random -Minimum 5 -Maximum 8 }');
    expect((r.values as number[]).every((n) => n >= 5 && n < 8 && Number.isInteger(n))).toBe(true);
    const a = await evalPs('Get-Random -SetSeed 42 -Maximum 1000; Get-Random -SetSeed 42 -Maximum 1000');
    expect(a.values[0]).toBe(a.values[1]);
    const p = await evalPs("'a','b','c' | Get-Random -Count 3 | Sort-Object");
    expect(p.values).toEqual(['a', 'b', 'c']);
    const bad = await runPs('Get-Random -Minimum 5 -Maximum 5');
    expect(bad.errors).toContain('cannot be greater than or equal to the Maximum value');
  });

  it('times a block', async () => {
    const r = await evalPs('(Measure-Command { 1..10 | % { $_ } }).TotalMilliseconds -ge 0');
    expect(r.values).toEqual([true]);
  });
});

describe('details scripts rely on', () => {
  it('Select-Object keeps the member spelling of a property name', async () => {
    const r = await evalPs('Get-CsUser kenmyer@contoso.com | Select-Object displayname');
    expect((r.values[0] as PSObject).propertyNames()).toEqual(['DisplayName']);
  });

  it('Test-Path answers for env: and variable:', async () => {
    const r = await evalPs('Test-Path env:COMPUTERNAME; Test-Path env:NO_SUCH_THING; $x = 1; Test-Path variable:x; Test-Path variable:nope');
    expect(r.values).toEqual([true, false, true, false]);
  });

  it('New-Item and Get-Item objects read as their full path; listings as their name', async () => {
    const dir = sandbox();
    const r = await evalPs('$log = New-Item -ItemType File -Path run-log.txt -Force; "$log"; "$(Get-Item run-log.txt)"; "$(Get-ChildItem)"', { workingDirectory: dir });
    expect(r.values).toEqual(['C:\\Users\\Administrator\\run-log.txt', 'C:\\Users\\Administrator\\run-log.txt', 'run-log.txt']);
  });

  it('Set-StrictMode is accepted', async () => {
    const r = await runPs('Set-StrictMode -Version Latest; Set-StrictMode -Off; "ok"');
    expect(r.errors).toBe('');
    expect(r.output).toBe('ok\n');
  });
});
