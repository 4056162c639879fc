import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evalPs, runPs } from '../helpers/run.js';
import { RecordingHost } from '../../src/engine/recordingHost.js';
import { SessionHistory } from '../../src/engine/session/history.js';
import { PSArrayList, PSCredential, PSHashtable, PSObject, SecureString, TimeSpan } from '../../src/engine/runtime/values.js';

describe('variables', () => {
  it('Set-, Get-, New-, Clear- and Remove-Variable', async () => {
    const r = await evalPs(
      `Set-Variable -Name pool -Value 'pool01.contoso.com'
       $pool
       Get-Variable pool -ValueOnly
       New-Variable count 3
       $count
       Clear-Variable count
       $count -eq $null
       Remove-Variable pool
       $pool -eq $null`,
    );
    expect(r.errors).toBe('');
    expect(r.values).toEqual(['pool01.contoso.com', 'pool01.contoso.com', 3, true, true]);
  });

  it('reports missing and duplicate variables like PowerShell', async () => {
    const r = await runPs('Get-Variable nope; New-Variable x 1; New-Variable x 2; Remove-Variable nope2');
    expect(r.errors).toContain("Cannot find a variable with the name 'nope'.");
    expect(r.errors).toContain("A variable with name 'x' already exists.");
    expect(r.errors).toContain("Cannot find a variable with the name 'nope2'.");
  });

  it('shows variables in the Name/Value table', async () => {
    const r = await runPs("$site = 'Redmond'; Get-Variable site");
    expect(r.output).toBe('\nName                           Value\n----                           -----\nsite                           Redmond\n\n\n');
  });
});

describe('dates and time spans', () => {
  it('Get-Date -Date, -Format and -UFormat', async () => {
    const r = await evalPs(
      `Get-Date -Date '2026-03-04 05:06:07' -Format 'yyyy-MM-dd HH:mm'
       Get-Date -Date '2026-03-04 05:06:07' -UFormat '%Y%m%d-%H%M%S'
       (Get-Date -Year 2020 -Month 1 -Day 2).Year`,
    );
    expect(r.values).toEqual(['2026-03-04 05:06', '20260304-050607', 2020]);
  });

  it('New-TimeSpan from parts and from two dates', async () => {
    const r = await evalPs("New-TimeSpan -Hours 1 -Minutes 30; New-TimeSpan -Start '2026-01-01' -End '2026-01-02'");
    expect((r.values[0] as TimeSpan).toString()).toBe('01:30:00');
    expect((r.values[1] as TimeSpan).toString()).toBe('1.00:00:00');
  });

  it('Get-Date prints the long form on its own', async () => {
    const r = await runPs("Get-Date -Date '2026-11-26 13:05:09'");
    expect(r.output).toBe('\nThursday, November 26, 2026 1:05:09 PM\n\n\n');
  });
});

describe('host interaction', () => {
  it('Start-Sleep does not hold up batch runs', async () => {
    const t = Date.now();
    await runPs('Start-Sleep -Seconds 30; Start-Sleep -Milliseconds 500');
    expect(Date.now() - t).toBeLessThan(5000);
  });

  it('Read-Host fails in batch with the NonInteractive error and reads from the host interactively', async () => {
    const batch = await runPs("Read-Host 'Pool'");
    expect(batch.errors).toContain('Windows PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.');
    const host = new RecordingHost(true);
    host.lineAnswers.push('pool01.contoso.com', 'secret');
    const r = await evalPs("Read-Host -Prompt 'Pool'; Read-Host 'Password' -AsSecureString", { host, interactive: true });
    expect(r.values[0]).toBe('pool01.contoso.com');
    expect(r.values[1]).toBeInstanceOf(SecureString);
    expect(host.prompts.map((p) => p.caption)).toEqual(['Pool: ', 'Password: ']);
  });

  it('Write-Host joins objects, honours -Separator, -NoNewline and colours', async () => {
    const r = await runPs("Write-Host 'a' 'b' -ForegroundColor Green; Write-Host (1,2,3) -Separator ','; Write-Host 'x' -NoNewline; Write-Host 'y'");
    expect(r.output).toBe('a b\n1,2,3\nxy\n');
    expect(r.host.writes[0]!.options?.foregroundColor).toBe('Green');
  });

  it('Write-Warning, Write-Verbose, Write-Error and Write-Output', async () => {
    const r = await runPs("Write-Warning 'careful'; Write-Verbose 'hidden'; Write-Verbose 'shown' -Verbose; Write-Output 'out'");
    expect(r.text).toBe('WARNING: careful\nVERBOSE: shown\nout\n');
    const e = await runPs("Write-Error 'bad' -Category InvalidData");
    expect(e.errors).toBe(
      "Write-Error 'bad' -Category InvalidData : bad\n" +
        '    + CategoryInfo          : InvalidData: (:) [Write-Error], WriteErrorException\n' +
        '    + FullyQualifiedErrorId : Microsoft.PowerShell.Commands.WriteErrorException\n',
    );
    const s = await runPs('Write-Error "in script"\nfunction f { Write-Error "in f" }\nf', { file: 'C:\\scripts\\x.ps1' });
    expect(s.errors).toContain('C:\\scripts\\x.ps1 : in script\n    + CategoryInfo');
    expect(s.errors).toContain('FullyQualifiedErrorId : Microsoft.PowerShell.Commands.WriteErrorException,x.ps1');
    expect(s.errors).toContain('f : in f\nAt C:\\scripts\\x.ps1:2 char:14');
    const v = await evalPs('Write-Output 1,2 -NoEnumerate | Measure-Object');
    expect((v.values[0] as PSObject).get('Count')).toBe(1);
  });

  it('Clear-Host clears the console', async () => {
    const r = await runPs('Clear-Host');
    expect(r.host.writes.some((w) => w.text.includes('clear'))).toBe(true);
  });

  it('Start-Transcript logs what is shown to a file in the sandbox', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'csshell-tr-'));
    const r = await runPs("Start-Transcript -Path C:\\logs\\t.txt; 'hello'; Write-Warning 'w'; Stop-Transcript; 'after'", { workingDirectory: dir });
    expect(r.output).toContain('Transcript started, output file is C:\\logs\\t.txt');
    const log = readFileSync(join(dir, 'logs', 't.txt'), 'utf8');
    expect(log).toContain('Windows PowerShell transcript start');
    // The 5.1 header: who, where, which host and process, then the $PSVersionTable entries.
    expect(log).toMatch(/RunAs User: CONTOSO\\Administrator\r\nConfiguration Name: \r\nMachine: FE01 \(Microsoft Windows NT 10\.0\.17763\.0\)\r\nHost Application: .*powershell\.exe\r\nProcess ID: \d+\r\nPSVersion: 5\.1\.17763\.316\r\nPSEdition: Desktop\r\n/);
    expect(log).toContain('PSCompatibleVersions: 1.0, 2.0, 3.0, 4.0, 5.0, 5.1.17763.316\r\nBuildVersion: 10.0.17763.316\r\nCLRVersion: 4.0.30319.42000\r\nWSManStackVersion: 3.0\r\nPSRemotingProtocolVersion: 2.3\r\nSerializationVersion: 1.1.0.1\r\n**********************\r\n');
    expect(log).toContain('hello');
    expect(log).toContain('WARNING: w');
    expect(log).not.toContain('after');
    const stop = await runPs('Stop-Transcript', { workingDirectory: dir });
    expect(stop.errors).toContain('The host is not currently transcribing.');
    const dflt = await runPs('Start-Transcript | Out-Null; Stop-Transcript | Out-Null', { workingDirectory: dir });
    expect(dflt.errors).toBe('');
    expect(readdirSync(join(dir, 'Documents'))[0]).toMatch(/^PowerShell_transcript\.FE01\.\w+\.\d{14}\.txt$/);
  });
});

describe('objects and credentials', () => {
  it('New-Object builds custom objects, lists, hashtables, dates and credentials', async () => {
    const r = await evalPs(
      `New-Object PSObject -Property @{Name='x'}
       New-Object System.Collections.ArrayList
       New-Object 'System.Collections.Generic.List[string]'
       New-Object System.Collections.Hashtable
       New-Object System.DateTime 2026,1,2
       New-Object System.Management.Automation.PSCredential ('contoso\\admin', (ConvertTo-SecureString 'P@ss' -AsPlainText -Force))`,
    );
    expect(r.errors).toBe('');
    expect((r.values[0] as PSObject).get('Name')).toBe('x');
    expect(r.values[1]).toBeInstanceOf(PSArrayList);
    expect((r.values[2] as PSArrayList).typeName).toMatch(/^System\.Collections\.Generic\.List\[/);
    expect(r.values[3]).toBeInstanceOf(PSHashtable);
    expect((r.values[4] as Date).getFullYear()).toBe(2026);
    expect((r.values[5] as PSCredential).userName).toBe('contoso\\admin');
  });

  it('New-Object of an unknown type is the Cannot find type error', async () => {
    const r = await runPs('New-Object Foo.Bar');
    expect(r.errors).toContain('Cannot find type [Foo.Bar]: verify that the assembly containing this type is loaded.');
  });

  it('ConvertTo-SecureString needs -Force with -AsPlainText and never prints the secret', async () => {
    const r = await runPs("ConvertTo-SecureString 'Sup3rS3cret' -AsPlainText; ConvertTo-SecureString 'Sup3rS3cret' -AsPlainText -Force");
    expect(r.errors).toContain('The system cannot protect plain text input.');
    expect(r.output).toContain('System.Security.SecureString');
    expect(r.text).not.toContain('Sup3rS3cret\n');
    const round = await evalPs("$e = ConvertTo-SecureString 'abc' -AsPlainText -Force | ConvertFrom-SecureString; (ConvertTo-SecureString $e).Length");
    expect(round.values).toEqual([3]);
  });

  it('Get-Credential prompts interactively and fails in batch', async () => {
    const batch = await runPs('Get-Credential');
    expect(batch.errors).toContain('NonInteractive mode');
    const host = new RecordingHost(true);
    host.promptAnswers.push({ User: 'contoso\\admin', Password: 'pw' });
    const r = await evalPs('Get-Credential', { host, interactive: true });
    expect((r.values[0] as PSCredential).userName).toBe('contoso\\admin');
    expect(host.prompts[0]!.fields!.map((f) => f.name)).toEqual(['User', 'Password']);
  });
});

describe('modules and remote sessions', () => {
  it('knows the SkypeForBusiness, Lync and ActiveDirectory modules', async () => {
    const r = await runPs('Import-Module SkypeForBusiness; Import-Module Lync; Import-Module ActiveDirectory; Import-Module Foo');
    expect(r.errors.match(/Import-Module : /g)).toHaveLength(1);
    expect(r.errors).toContain("The specified module 'Foo' was not loaded because no valid module file was found in any module directory.");
    expect(r.errors).toContain('Modules_ModuleNotFound,Microsoft.PowerShell.Commands.ImportModuleCommand');
    const m = await evalPs('Get-Module SkypeForBusiness');
    expect((m.values[0] as PSObject).get('Version')).toBe('7.0.0.0');
  });

  it('accepts the remote-session boilerplate against the emulated pool', async () => {
    const r = await evalPs(
      `$cred = New-Object System.Management.Automation.PSCredential('contoso\\admin', (ConvertTo-SecureString 'P@ss' -AsPlainText -Force))
       $s = New-PSSession -ConnectionUri https://pool01.contoso.com/OcsPowershell -Credential $cred
       Import-PSSession $s -AllowClobber | Out-Null
       (Get-PSSession).ComputerName
       Remove-PSSession $s
       @(Get-PSSession).Count
       $s.State`,
    );
    expect(r.errors).toBe('');
    expect(r.values).toEqual(['pool01.contoso.com', 0, 'Closed']);
  });
});

describe('transcript input from the interactive shell', () => {
  it('logs typed command lines while a transcript runs', async () => {
    const { recordTranscriptInput } = await import('../../src/cmdlets/core/hostCmdlets.js');
    const dir = mkdtempSync(join(tmpdir(), 'csshell-tr-'));
    const r = await runPs('Start-Transcript -Path t.txt | Out-Null', { workingDirectory: dir });
    recordTranscriptInput(r.engine.services, 'PS C:\\Users\\Administrator> ', 'Get-CsUser');
    await r.engine.execute('Stop-Transcript | Out-Null');
    recordTranscriptInput(r.engine.services, 'PS C:\\Users\\Administrator> ', 'after-stop');
    const log = readFileSync(join(dir, 't.txt'), 'utf8');
    expect(log).toContain('PS C:\\Users\\Administrator> Get-CsUser\r\n');
    expect(log).not.toContain('after-stop');
  });
});

describe('Enter-PSSession by short name', () => {
  it('a host name that one topology computer has enters that computer', async () => {
    const r = await runPs('Enter-PSSession -ComputerName edge01\n$env:COMPUTERNAME\nExit-PSSession\nEnter-PSSession FE03\n$env:COMPUTERNAME');
    expect(r.errors).toBe('');
    expect(r.output).toBe('EDGE01\nFE03\n');
  });

  it('an unknown short name is still refused', async () => {
    const r = await runPs('Enter-PSSession -ComputerName fe09\n$env:COMPUTERNAME');
    expect(r.errors).toContain('Connecting to remote server fe09 failed');
    expect(r.output).toBe('FE01\n');
  });
});

describe('Get-History of a multi-line command', () => {
  it('shows the first line and three dots, and every line with Format-Table -Wrap', async () => {
    const history = new SessionHistory();
    history.record('foreach ($i in 1..2) {\n  $i\n}', 'Completed', new Date(), new Date());
    const r = await runPs('Get-History; Get-History | Format-Table -Wrap', { history });
    expect(r.errors).toBe('');
    expect(r.output).toContain('   1 foreach ($i in 1..2) {...\n');
    expect(r.output).toContain('   1 foreach ($i in 1..2) {\n       $i\n     }\n');
  });
});
