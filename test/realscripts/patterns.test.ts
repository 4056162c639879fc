// Language and runtime patterns that recur in administrators' Lync / Skype for Business scripts.
// Each case is a small script written for this suite that exercises one such pattern against the
// demo deployment, with the output Windows PowerShell 5.1 gives. Cases marked `it.fails` show a
// known gap; their comment states the behaviour PowerShell has.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evalPs, newEngine, runPs } from '../helpers/run.js';

const sandbox = () => mkdtempSync(join(tmpdir(), 'csshell-patterns-'));

/** Output lines with trailing spaces removed and the blank lines around the block dropped. */
function lines(text: string): string[] {
  const all = text.split('\n').map((l) => l.trimEnd());
  while (all.length && all[0] === '') all.shift();
  while (all.length && all[all.length - 1] === '') all.pop();
  return all;
}

describe('provisioning from CSV', () => {
  it('foreach over Import-Csv enables each listed account and sets its line URI', async () => {
    const dir = sandbox();
    writeFileSync(join(dir, 'newhires.csv'), 'Sam,Number\r\nnoral,14255550188\r\ntomash,14255550189\r\n');
    const r = await runPs(
      `$rows = Import-Csv .\\newhires.csv
       foreach ($row in $rows) {
         $sam = $row.Sam
         $name = Get-CsAdUser -Filter {SamAccountName -eq $sam} | Select-Object -ExpandProperty DisplayName
         Enable-CsUser -Identity $name -RegistrarPool pool01.contoso.com -SipAddressType EmailAddress
         Set-CsUser -Identity $name -EnterpriseVoiceEnabled $true -LineURI "tel:+$($row.Number)"
         Write-Host "Enabled $name"
       }
       Get-CsUser -Identity "Nora Lindgren" | Select-Object SipAddress, LineURI, EnterpriseVoiceEnabled | Format-List`,
      { workingDirectory: dir },
    );
    expect(r.errors).toBe('');
    expect(lines(r.output)).toEqual([
      'Enabled Nora Lindgren',
      'Enabled Tomas Hruby',
      '',
      'SipAddress             : sip:noral@contoso.com',
      'LineURI                : tel:+14255550188',
      'EnterpriseVoiceEnabled : True',
    ]);
  });

  it('ForEach-Object over CSV rows, a failed command is detected with $? and logged with $Error[0]', async () => {
    const dir = sandbox();
    writeFileSync(join(dir, 'list.csv'), 'Upn\r\nkenmyer@contoso.com\r\nghost@contoso.com\r\n');
    const r = await runPs(
      `$Error.Clear()
       Import-Csv list.csv | ForEach-Object {
         Set-CsUser -Identity $_.Upn -EnterpriseVoiceEnabled $true -ErrorAction SilentlyContinue
         if (!$?) { Add-Content -Path .\\failures.log -Value "failed $($_.Upn): $($Error[0])" }
       }
       $Error.Count`,
      { workingDirectory: dir },
    );
    expect(lines(r.output)).toEqual(['1']);
    expect(readFileSync(join(dir, 'failures.log'), 'latin1')).toBe(
      'failed ghost@contoso.com: Management object not found for identity "ghost@contoso.com".\r\n',
    );
  });

  it('Export-Csv -NoTypeInformation of selected user properties round-trips through Import-Csv', async () => {
    const dir = sandbox();
    const r = await runPs(
      `Get-CsUser -Filter {RegistrarPool -eq "pool02.contoso.com"} | Select-Object DisplayName, SipAddress, RegistrarPool |
         Export-Csv -Path .\\dublin.csv -NoTypeInformation
       $back = Import-Csv .\\dublin.csv
       "{0} rows, first {1}" -f $back.Count, $back[0].SipAddress`,
      { workingDirectory: dir },
    );
    expect(lines(r.output)).toEqual(['18 rows, first sip:pilar@contoso.com']);
    expect(readFileSync(join(dir, 'dublin.csv'), 'latin1').split('\r\n')[0]).toBe('"DisplayName","SipAddress","RegistrarPool"');
  });
});

describe('reports', () => {
  it('Get-CsUser | ? {...} | select ... | ft -auto lists the voice users', async () => {
    const r = await runPs(
      'Get-CsUser -Filter {RegistrarPool -eq "pool01.contoso.com"} | ? {$_.EnterpriseVoiceEnabled} | select DisplayName,LineURI | ft -auto',
    );
    expect(lines(r.output)).toEqual([
      'DisplayName    LineURI',
      '-----------    -------',
      'Ken Myer       tel:+14255551001',
      'Rafael Costa   tel:+14255551002',
      'Lucas Ferreira tel:+14255551003',
    ]);
  });

  it('Group-Object RegistrarPool with "$($_.Name)" lines in a report array', async () => {
    const { values } = await evalPs(
      `$report = @()
       Get-CsUser | Group-Object RegistrarPool | Sort-Object Count -Descending | ForEach-Object {
         $report += "  Pool: $($_.Name) - Users: $($_.Count)"
       }
       $report`,
    );
    expect(values).toEqual(['  Pool: pool01.contoso.com - Users: 26', '  Pool: pool02.contoso.com - Users: 18']);
  });

  it('a blank record made with "" | Select-Object, filled in property by property', async () => {
    const r = await runPs(
      `$summary = "" | Select-Object Sites, Users, "Voice Users"
       $users = Get-CsUser
       $summary.Sites = (Get-CsSite).Count
       $summary.Users = ($users | Where-Object {$_.Enabled -eq $true}).Count
       $summary."Voice Users" = ($users | Where-Object {$_.EnterpriseVoiceEnabled -eq $true}).Count
       $summary | Format-List`,
    );
    expect(lines(r.output)).toEqual(['Sites       : 2', 'Users       : 44', 'Voice Users : 6']);
  });

  it('$list += (Get-CsPool $p).Computers on a variable never assigned, then .Split(".")[0]', async () => {
    const { values } = await evalPs(
      `foreach ($p in Get-CsService -Registrar) { $hosts += (Get-CsPool $p.PoolFqdn).Computers }
       foreach ($h in $hosts) { $h.Split(".")[0] }`,
    );
    expect(values).toEqual(['fe01', 'fe02', 'fe03']);
  });

  it('Out-File -Append builds a log that Get-Content reads back line by line', async () => {
    const dir = sandbox();
    const r = await runPs(
      `"start" | Out-File -FilePath .\\run.log
       foreach ($s in Get-CsSite) { "site $($s.DisplayName)" | Out-File -FilePath .\\run.log -Append }
       Get-Content .\\run.log`,
      { workingDirectory: dir },
    );
    expect(lines(r.output)).toEqual(['start', 'site Redmond', 'site Dublin']);
  });

  it('Get-Date -Format "yyyyMMdd_HHmm" in a report file name', async () => {
    const { values } = await evalPs('$stamp = Get-Date -Format "yyyyMMdd_HHmm"; "users_$stamp.csv"');
    expect(values[0]).toMatch(/^users_\d{8}_\d{4}\.csv$/);
  });

  it('Get-Date -Format s with ":" replaced for a file-safe stamp', async () => {
    const { values } = await evalPs('Get-Date -Format s | ForEach-Object { $_ -replace ":", "." }');
    expect(values[0]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}\.\d{2}\.\d{2}$/);
  });

  it('Out-String -Stream turns a table into lines that a function prints one by one', async () => {
    const r = await runPs(
      `function Show-Block { param($Heading, $Lines) Write-Host $Heading; foreach ($l in $Lines) { $l } }
       $t = Get-CsUser -Filter {LineURI -like "tel:+1425555100*"} | Select-Object SipAddress, LineURI | Out-String -Stream
       if ($t -ne $null) { Show-Block -Heading "Users" -Lines $t }`,
    );
    expect(lines(r.output)).toEqual([
      'Users',
      '',
      'SipAddress              LineURI',
      '----------              -------',
      'sip:kenmyer@contoso.com tel:+14255551001',
      'sip:rafaelc@contoso.com tel:+14255551002',
      'sip:lucasf@contoso.com  tel:+14255551003',
    ]);
  });
});

describe('host output and collections', () => {
  it('Write-Host ("{0}" -f ...) -ForegroundColor Yellow', async () => {
    const r = await runPs('$u = Get-CsUser kenmyer@contoso.com; Write-Host ("{0} is homed on {1}" -f $u.DisplayName, $u.RegistrarPool) -ForegroundColor Yellow');
    expect(r.host.writes.filter((w) => w.stream === 'host').map((w) => [w.text, w.options?.foregroundColor])).toEqual([
      ['Ken Myer is homed on pool01.contoso.com', 'Yellow'],
    ]);
  });

  it('Write-Host with several arguments joins them with single spaces', async () => {
    const r = await runPs('$count = 2; Write-Host "Found " $count " users to enable."');
    expect(r.output).toBe('Found  2  users to enable.\n');
  });

  it('New-Object System.Collections.ArrayList with [void]$list.Add(...)', async () => {
    const { values } = await evalPs(
      `$list = New-Object System.Collections.ArrayList
       foreach ($u in Get-CsUser -Filter {EnterpriseVoiceEnabled -eq $true}) { [void]$list.Add($u.SipAddress) }
       $list.Count
       $list[0]`,
    );
    expect(values).toEqual([6, 'sip:kenmyer@contoso.com']);
  });

  it('New-Object PSObject -Property @{...} collected and shown with Select-Object in a fixed order', async () => {
    const r = await runPs(
      `$rows = foreach ($p in Get-CsPool | Where-Object Services -match "Registrar") {
         New-Object -TypeName PSObject -Property @{ Pool = $p.Fqdn; Site = $p.Site; Computers = $p.Computers.Count }
       }
       $rows | Select-Object Pool, Site, Computers | Format-Table -AutoSize`,
    );
    expect(lines(r.output)).toEqual([
      'Pool               Site         Computers',
      '----               ----         ---------',
      'pool01.contoso.com Site:Redmond         2',
      'pool02.contoso.com Site:Dublin          1',
    ]);
  });

  it('[System.Convert]::ToBoolean on CSV text and [string]::IsNullOrEmpty on empty cells', async () => {
    const { values } = await evalPs(
      `$row = "Ev,Uri\`nTrue," | ConvertFrom-Csv
       [System.Convert]::ToBoolean("$($row.Ev)")
       [string]::IsNullOrEmpty($row.Uri)`,
    );
    expect(values).toEqual([true, true]);
  });
});

describe('session and module boilerplate', () => {
  it('if (!(Get-Module SkypeForBusiness)) { Import-Module ... } is quiet in the management shell', async () => {
    const r = await runPs(
      `if (!(Get-Module SkypeForBusiness)) { Import-Module SkypeForBusiness }
       (Get-CsSite).Count`,
    );
    expect(r.errors).toBe('');
    expect(lines(r.output)).toEqual(['2']);
  });

  it('remote session to the pool without Get-Credential: New-PSSession, Import-PSSession, Remove-PSSession', async () => {
    const r = await runPs(
      `$s = New-PSSession -ConnectionUri "https://pool01.contoso.com/OcsPowershell"
       Import-PSSession $s -AllowClobber | Out-Null
       (Get-CsUser -Identity "sip:pilar@contoso.com").RegistrarPool
       $s.ComputerName
       Remove-PSSession $s
       @(Get-PSSession).Count`,
    );
    expect(r.errors).toBe('');
    expect(lines(r.output)).toEqual(['pool02.contoso.com', 'pool01.contoso.com', '0']);
  });

  // -Authentication takes System.Management.Automation.Runspaces.AuthenticationMechanism (Default, Basic,
  // Negotiate, NegotiateWithImplicitCredential, Credssp, Digest, Kerberos), not the Cs enum of that name;
  // the session opens and its ComputerName is the host of the URI.
  it('New-PSSession -Authentication NegotiateWithImplicitCredential / Kerberos', async () => {
    const r = await runPs(
      `$s = New-PSSession -ConnectionUri https://pool01.contoso.com/ocspowershell -Authentication NegotiateWithImplicitCredential; $s.ComputerName
       (New-PSSession -ConnectionUri https://pool02.contoso.com/ocspowershell -Authentication Kerberos).State
       New-PSSession -ConnectionUri https://pool01.contoso.com/ocspowershell -Authentication LiveID`,
    );
    expect(lines(r.output)).toEqual(['pool01.contoso.com', 'Opened']);
    expect(r.errors).toContain(
      'Cannot convert value "LiveID" to type "System.Management.Automation.Runspaces.AuthenticationMechanism"',
    );
  });

  // New-PSSessionOption -SkipCACheck -SkipCNCheck -SkipRevocationCheck returns a PSSessionOption that
  // New-PSSession -SessionOption accepts (remote boilerplate for pools with internal certificates).
  it('New-PSSessionOption -SkipCACheck -SkipCNCheck passed to New-PSSession -SessionOption', async () => {
    const r = await runPs(
      `$so = New-PSSessionOption -SkipCACheck -SkipCNCheck -SkipRevocationCheck
       $s = New-PSSession -ConnectionUri https://pool01.contoso.com/OcsPowershell -SessionOption $so
       $s.State`,
    );
    expect(r.errors).toBe('');
    expect(lines(r.output)).toEqual(['Opened']);
  });

  it('a PSCredential built from ConvertTo-SecureString opens a named session', async () => {
    const r = await runPs(
      `$pass = ConvertTo-SecureString "Lab!2015" -AsPlainText -Force
       $cred = New-Object System.Management.Automation.PSCredential ("contoso\\lyncadmin", $pass)
       $s = New-PSSession -ConnectionUri https://pool01.contoso.com/OcsPowershell -Credential $cred -Name Lync
       "$($s.Name) $($s.State) $($cred.UserName)"`,
    );
    expect(r.errors).toBe('');
    expect(lines(r.output)).toEqual(['Lync Opened contoso\\lyncadmin']);
  });

  // PowerShell: PSCredential.GetNetworkCredential() returns a NetworkCredential whose Password is the plain
  // text (scripts pass it on as -CaPassword or to a WebClient).
  it('$cred.GetNetworkCredential().Password', async () => {
    const { values, errors } = await evalPs(
      '$cred = New-Object System.Management.Automation.PSCredential ("contoso\\lyncadmin", (ConvertTo-SecureString "Lab!2015" -AsPlainText -Force)); $cred.GetNetworkCredential().Password',
    );
    expect(errors).toBe('');
    expect(values).toEqual(['Lab!2015']);
  });

  it('$Host.UI.RawUI.WindowSize.Width sizes report columns; PrivateData holds the console colours', async () => {
    const { values, errors } = await evalPs(
      '$w = [int](Get-Host).UI.RawUI.WindowSize.Width; $w -gt 0; [Math]::Truncate($w * 0.2) - 2 -gt 0; $Host.PrivateData.ErrorForegroundColor; $Host.PrivateData.WarningForegroundColor',
    );
    expect(errors).toBe('');
    expect(values).toEqual([true, true, 'Red', 'Yellow']);
  });

  it('Get-Host returns the $Host object: version check and console colours', async () => {
    const { values, errors } = await evalPs('$h = Get-Host; $h.Version.Major -ge 2; $h.Name; (Get-Host).UI.RawUI.ForegroundColor -eq $Host.UI.RawUI.ForegroundColor');
    expect(errors).toBe('');
    expect(values).toEqual([true, 'ConsoleHost', true]);
  });

  it('Get-Culture: en-US name and the short date pattern scripts format with', async () => {
    const { values, errors } = await evalPs('(Get-Culture).Name; (Get-Culture).DateTimeFormat.ShortDatePattern; (Get-Culture).LCID');
    expect(errors).toBe('');
    expect(values).toEqual(['en-US', 'M/d/yyyy', 1033]);
  });

  it('[string]$x = Read-Host in a batch run stops with the NonInteractive error', async () => {
    const r = await runPs('[string]$pool = Read-Host "Pool FQDN"; "after"');
    expect(r.errors).toContain('Read-Host : Windows PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.');
    expect(r.output).toBe('after\n');
  });
});

describe('errors', () => {
  it('$ErrorActionPreference = "Stop" with try/catch and $_.Exception.Message', async () => {
    const { values } = await evalPs(
      `$ErrorActionPreference = "Stop"
       try { Get-CsUser -Identity "sip:nobody@contoso.com"; "not reached" }
       catch { "Failed: " + $_.Exception.Message }`,
    );
    expect(values).toEqual(['Failed: Management object not found for identity "sip:nobody@contoso.com".']);
  });

  it('-ErrorAction Stop inside a function turns a binding-free failure into a catchable error', async () => {
    const { values } = await evalPs(
      `function Get-UserInfo { param([string]$Upn)
         if ($u = Get-CsUser -Identity $Upn -ErrorAction SilentlyContinue) { return $u.DisplayName } else { return }
       }
       $found = Get-UserInfo "kenmyer@contoso.com"; $missing = Get-UserInfo "ghost@contoso.com"
       "$found|$missing|$($missing -eq $null)"`,
    );
    expect(values).toEqual(['Ken Myer||True']);
  });
});

describe('script parameters and functions', () => {
  // A ValidateScript that throws rejects the argument before the body runs, with
  // "Cannot validate argument on parameter 'FilePath'. <thrown text>"; the call produces no output.
  it('[ValidateScript({ if (Test-Path $_) {$True} else {Throw ...} })] on a parameter', async () => {
    const dir = sandbox();
    writeFileSync(join(dir, 'users.csv'), 'a\r\n1\r\n');
    const { engine, host } = newEngine({ workingDirectory: dir });
    await engine.execute(
      `function Invoke-Batch {
         [CmdletBinding(SupportsShouldProcess=$true)]
         param([Parameter(Mandatory=$True,Position=0)][ValidateScript({ if (Test-Path $_) {$True} else {Throw "FilePath $_ not found"} })][string]$FilePath)
         "ok $FilePath"
       }
       Invoke-Batch users.csv
       Invoke-Batch missing.csv`,
    );
    expect(host.output).toBe('ok users.csv\n');
    expect(host.errors).toContain(
      `Invoke-Batch : Cannot validate argument on parameter 'FilePath'. FilePath missing.csv not found`,
    );
  });

  it('$PSCmdlet.ShouldProcess in an advanced function honours -WhatIf', async () => {
    const r = await runPs(
      `function Start-Change { [CmdletBinding(SupportsShouldProcess=$true)] param([string]$User, [string]$What)
         if ($PSCmdlet.ShouldProcess($User, $What)) { "did $What" } }
       Start-Change -User kenmyer@contoso.com -What "Move to pool02" -WhatIf
       Start-Change -User kenmyer@contoso.com -What "Move to pool02"`,
    );
    expect(lines(r.output)).toEqual([
      'What if: Performing the operation "Move to pool02" on target "kenmyer@contoso.com".',
      'did Move to pool02',
    ]);
  });

  it('a function returning two values assigned to two variables in an if condition', async () => {
    const { values } = await evalPs(
      `function Get-Pair { return "rows", "columns" }
       if ($first, $second = Get-Pair) { "$first/$second" }`,
    );
    expect(values).toEqual(['rows/columns']);
  });

  // With DefaultParameterSetName naming a set that no parameter belongs to, a call with no set-specific
  // parameter binds to that default set ("none"); only -Site picks set "site".
  it('[CmdletBinding(DefaultParameterSetName="none")] with no arguments binds the default set', async () => {
    const { values, errors } = await evalPs(
      `function Test-Edge { [CmdletBinding(DefaultParameterSetName="none")]
         param([Parameter(ParameterSetName="site")][string]$Site, [Parameter(ParameterSetName="fqdn")][string]$TargetFqdn, [switch]$SkipCheck)
         $PSCmdlet.ParameterSetName }
       Test-Edge
       Test-Edge -SkipCheck
       Test-Edge -Site Redmond`,
    );
    expect(errors).toBe('');
    expect(values).toEqual(['none', 'none', 'site']);
  });

  // Like `powershell -File script.ps1 -FilePath users.csv`: named arguments bind to the script's param().
  it('a script run with named arguments binds them to its param() block', async () => {
    const { engine, host } = newEngine();
    await engine.execute('param([string]$FilePath, [switch]$ShowCommands) "$FilePath $ShowCommands"', {
      file: 'C:\\scripts\\Set-Users.ps1',
      args: ['-FilePath', 'users.csv', '-ShowCommands'],
    });
    expect(host.errors).toBe('');
    expect(host.output).toBe('users.csv True\n');
  });
});

describe('object members', () => {
  // Add-Member NoteProperty adds a property to each object; the first form passes the name and value as
  // two positional arguments ("TCP$port"("True") is two arguments).
  it('$obj | Add-Member NoteProperty "TCP$port"("True") and -MemberType NoteProperty -Name -Value', async () => {
    const r = await runPs(
      `$row = New-Object -TypeName PSObject -Property @{ToFqdn = "edge01.contoso.com"}
       foreach ($port in "443", "5061") { $row | Add-Member NoteProperty "TCP$port"("True") }
       $row | Add-Member -MemberType NoteProperty -Name Checked -Value $true
       $row | Format-List`,
    );
    expect(r.errors).toBe('');
    expect(lines(r.output)).toEqual(['ToFqdn  : edge01.contoso.com', 'TCP443  : True', 'TCP5061 : True', 'Checked : True']);
  });

  // PowerShell: $obj.psobject.Properties["Name"] indexes the member collection by name, giving the
  // PSNoteProperty whose .Name and .Value scripts use to walk CSV columns.
  it('$row.psobject.Properties["Column"].Value on an Import-Csv row', async () => {
    const { values, errors } = await evalPs(
      `$row = "Sip,ExternalAccessPolicy\`nsip:kenmyer@contoso.com,FederationOnly" | ConvertFrom-Csv
       foreach ($c in $row.psobject.Properties.Name) { if ($c -like "*Policy") { $row.psobject.Properties[$c].Value } }`,
    );
    expect(errors).toBe('');
    expect(values).toEqual(['FederationOnly']);
  });

  // New-Item returns a FileInfo whose string form is the full path, so a later Add-Content -Path $log
  // writes to that file.
  it('$log = New-Item -ItemType File ... -Force; "$log" is the full path', async () => {
    const dir = sandbox();
    const { values } = await evalPs('$log = New-Item -ItemType File -Path "C:\\Users\\Administrator\\run-log.txt" -Force; "$log"', {
      workingDirectory: dir,
    });
    expect(values).toEqual(['C:\\Users\\Administrator\\run-log.txt']);
  });
});

describe('statics and literals', () => {
  // [System.Diagnostics.Stopwatch]::StartNew() gives a running stopwatch; its Elapsed is a TimeSpan (used
  // for timing report sections).
  it('[System.Diagnostics.Stopwatch]::StartNew(), .Stop() and .Elapsed', async () => {
    const r = await runPs('$sw = [System.Diagnostics.Stopwatch]::StartNew()\n$sw.Stop()\n$sw.Elapsed.GetType().FullName\n$sw.IsRunning');
    expect(r.errors).toBe('');
    expect(r.output).toBe('System.TimeSpan\nFalse\n');
  });

  // PowerShell: TimeSpan.ToString(format) applies a custom format; report scripts print section timings
  // with $sw.Elapsed.ToString('dd\.hh\:mm\:ss').
  it('TimeSpan.ToString with a custom format', async () => {
    const { values, errors } = await evalPs("(New-TimeSpan -Days 1 -Hours 2 -Minutes 3 -Seconds 4).ToString('dd\\.hh\\:mm\\:ss')");
    expect(errors).toBe('');
    expect(values).toEqual(['01.02:03:04']);
  });

  // PowerShell: a void .NET method ($list.Clear(), $hash.Clear(), $sw.Stop()) writes nothing to the
  // output, so a function that calls one still returns only its real results.
  it('void method calls add nothing to a function\'s output', async () => {
    const { values, errors } = await evalPs(
      `function Get-TwoPools { $seen = @{}; $seen.Clear(); Get-CsPool | Where-Object { $_.Services -match "Registrar" } }
       @(Get-TwoPools).Count
       $list = New-Object System.Collections.ArrayList
       @($list.Clear()).Count`,
    );
    expect(errors).toBe('');
    expect(values).toEqual([2, 0]);
  });

  // PowerShell parses `6.2.9200.0` in an expression as the number 6.2 followed by member accesses
  // `.9200` and `.0`, which yield $null; the script parses and the comparison runs. Likewise `$w = 1.2.3`
  // assigns $null.
  it('a version-like literal 6.2.9200.0 after a comparison operator parses', async () => {
    const { values, errors } = await evalPs('$v = "6.3"; if ($v -lt 6.2.9200.0) { "older" } else { "not older" }; $w = 1.2.3; $null -eq $w');
    expect(errors).toBe('');
    expect(values).toEqual(['not older', true]);
  });

  // [IntPtr]::Size is 8 in the 64-bit management shell (scripts log "PowerShell Word size").
  it('[IntPtr]::Size * 8 gives the word size', async () => {
    const { values, errors } = await evalPs('"$([IntPtr]::Size * 8) bit"');
    expect(errors).toBe('');
    expect(values).toEqual(['64 bit']);
  });

  // Report scripts read the thread's culture to pick a date pattern before formatting timestamps:
  // the shell runs as en-US, so the short date pattern is M/d/yyyy; [cultureinfo]::CurrentCulture and
  // Get-Culture describe the same culture.
  it('[System.Threading.Thread]::CurrentThread.CurrentCulture gives the en-US date patterns', async () => {
    const { values, errors } = await evalPs(
      `$culture = [System.Threading.Thread]::CurrentThread.CurrentCulture
       $culture.Name
       $culture.DateTimeFormat.ShortDatePattern
       [cultureinfo]::CurrentCulture.DisplayName
       (Get-Culture).LCID
       "$([System.Globalization.CultureInfo]::CurrentUICulture)"`,
    );
    expect(errors).toBe('');
    expect(values).toEqual(['en-US', 'M/d/yyyy', 'English (United States)', 1033, 'en-US']);
  });

  // Reports list each registrar pool (or site) once: sort the values, then Get-Unique drops the repeats
  // (case-sensitively; numbers by value).
  it('Sort-Object | Get-Unique lists each pool once', async () => {
    const { values, errors } = await evalPs(
      `Get-CsUser | ForEach-Object { $_.RegistrarPool } | Sort-Object | Get-Unique
       "Redmond","dublin","Redmond" | Sort-Object | Get-Unique
       "redmond","Redmond" | Get-Unique
       1,1,2,2.0 | Get-Unique`,
    );
    expect(errors).toBe('');
    expect(values).toEqual(['pool01.contoso.com', 'pool02.contoso.com', 'dublin', 'Redmond', 'redmond', 'Redmond', 1, 2]);
  });

  // A provisioning script empties its log at the start of a run with Clear-Content, then appends to it.
  it('Clear-Content empties a log that Add-Content then appends to', async () => {
    const dir = sandbox();
    writeFileSync(join(dir, 'enable.log'), 'old run\r\n');
    const { values, errors } = await evalPs(
      `Clear-Content -Path "C:\\Users\\Administrator\\enable.log"
       Add-Content enable.log "enabled kenmyer"
       Get-Content enable.log`,
      { workingDirectory: dir },
    );
    expect(errors).toBe('');
    expect(values).toEqual(['enabled kenmyer']);
  });

  // Export scripts step into a reports folder with Push-Location, write there, and return with Pop-Location.
  it('Push-Location into a reports folder, export, Pop-Location back', async () => {
    const dir = sandbox();
    const { values, errors } = await evalPs(
      `New-Item -ItemType Directory -Path reports -Force | Out-Null
       Push-Location reports
       (Get-Location).Path
       Get-CsSite | Select-Object Identity | Export-Csv sites.csv -NoTypeInformation
       Pop-Location
       (Get-Location).Path
       (Import-Csv .\\reports\\sites.csv).Count`,
      { workingDirectory: dir },
    );
    expect(errors).toBe('');
    expect(values).toEqual(['C:\\Users\\Administrator\\reports', 'C:\\Users\\Administrator', 2]);
  });

  // Casting a path to [System.IO.StreamWriter] opens (creates) that file; WriteLine appends a line and
  // Close flushes it (a log of the users a script disabled).
  it('[System.IO.StreamWriter] "$path" with WriteLine and Close writes a log file', async () => {
    const dir = sandbox();
    const { errors } = await evalPs(
      `$log = [System.IO.StreamWriter] "C:\\Users\\Administrator\\disabled.log"
       $log.WriteLine("AD disabled users that were Lync disabled:")
       $log.WriteLine("sip:kenmyer@contoso.com")
       $log.Close()`,
      { workingDirectory: dir },
    );
    expect(errors).toBe('');
    expect(readFileSync(join(dir, 'disabled.log'), 'utf8')).toBe('AD disabled users that were Lync disabled:\r\nsip:kenmyer@contoso.com\r\n');
  });

  it('[regex]::replace with RegexOptions IgnoreCase strips a "Site:" prefix', async () => {
    const { values } = await evalPs('[regex]::replace("SITE:Redmond", "site:", "", [System.Text.RegularExpressions.RegexOptions]::IgnoreCase)');
    expect(values).toEqual(['Redmond']);
  });

  it('$text.split(", ", [System.StringSplitOptions]::RemoveEmptyEntries) splits on any of the characters', async () => {
    const { values } = await evalPs('"443, 5061,8057".split(", ", [System.StringSplitOptions]::RemoveEmptyEntries)');
    expect(values).toEqual(['443', '5061', '8057']);
  });

  // ConvertTo-Html -Fragment renders objects as an HTML <table> (report scripts build e-mail and file
  // reports this way).
  it('ConvertTo-Html -As Table -Fragment', async () => {
    const { values, errors } = await evalPs('Get-CsSite | Select-Object Identity | ConvertTo-Html -As Table -Fragment');
    expect(errors).toBe('');
    expect(values).toEqual([
      '<table>',
      '<colgroup><col/></colgroup>',
      '<tr><th>Identity</th></tr>',
      '<tr><td>Site:Redmond</td></tr>',
      '<tr><td>Site:Dublin</td></tr>',
      '</table>',
    ]);
  });
});

describe('script boilerplate seen at the top of administrators\' scripts', () => {
  // PowerShell: the shell runs elevated as Administrator, so the usual "must run as admin" guard is True.
  it('the Administrator-role guard with WindowsPrincipal / WindowsBuiltInRole', async () => {
    const { values, errors } = await evalPs(
      '([Security.Principal.WindowsPrincipal][Security.Principal.WindowsIdentity]::GetCurrent()).IsInRole([Security.Principal.WindowsBuiltInRole] "Administrator")',
    );
    expect(errors).toBe('');
    expect(values).toEqual([true]);
  });

  // Set-StrictMode is a core cmdlet; -Version Latest is accepted silently.
  it('Set-StrictMode -Version Latest', async () => {
    const r = await runPs('Set-StrictMode -Version Latest; "ok"');
    expect(r.errors).toBe('');
    expect(r.output).toBe('ok\n');
  });

  // For a script file, $MyInvocation.MyCommand.Definition is the script's path (the same string as .Path),
  // which scripts pass to Split-Path to find their folder.
  it('$MyInvocation.MyCommand.Definition in a script is its path, not its text', async () => {
    const { engine, host } = newEngine();
    await engine.execute('$MyInvocation.MyCommand.Definition -eq $MyInvocation.MyCommand.Path', { file: join(sandbox(), 'Get-Report.ps1') });
    expect(host.output).toBe('True\n');
  });

  // PowerShell: a script reads files next to itself through $PSScriptRoot (or Split-Path of
  // $MyInvocation.MyCommand.Path) and dot-sources helpers from there; both are Windows paths such as
  // C:\\Users\\Administrator. A batch run (`csshell run x.ps1`) currently gives the host path, so
  // "$PSScriptRoot\\users.csv" is not found.
  it('Import-Csv "$PSScriptRoot\\users.csv" and dot-sourcing a helper next to the script', async () => {
    const dir = sandbox();
    writeFileSync(join(dir, 'users.csv'), 'Sip\r\nsip:kenmyer@contoso.com\r\n');
    writeFileSync(join(dir, 'Config.ps1'), '$PoolFqdn = "pool01.contoso.com"\r\n');
    const { engine, host } = newEngine({ workingDirectory: dir });
    await engine.execute(
      ['$here = Split-Path $MyInvocation.MyCommand.Path', '. "$here\\Config.ps1"', '(Import-Csv "$PSScriptRoot\\users.csv").Sip', '$PoolFqdn', '$PSScriptRoot.StartsWith("C:\\")'].join('\n'),
      { file: join(dir, 'Provision.ps1') },
    );
    expect(host.errors).toBe('');
    expect(host.output).toBe('sip:kenmyer@contoso.com\npool01.contoso.com\nTrue\n');
  });

  // PowerShell: $obj.PSObject.Copy() makes a shallow copy of the object with the same properties; report
  // scripts fill a copy of a blank template row for each user.
  it('a template row copied with $template.PSObject.Copy() and filled per user', async () => {
    const { values, errors } = await evalPs(
      `$template = [PSCustomObject]@{ User = ''; Pool = '' }
       $rows = foreach ($u in Get-CsUser -Filter {LineURI -like "tel:+1425*"}) {
         $row = $template.PSObject.Copy(); $row.User = $u.DisplayName; $row.Pool = $u.RegistrarPool; $row }
       ($rows | ForEach-Object { $_.User }) -join ','
       "template: '$($template.User)'"`,
    );
    expect(errors).toBe('');
    expect(values).toEqual(['Ken Myer,Rafael Costa,Lucas Ferreira', "template: ''"]);
  });

  // PowerShell: [System.ArgumentException] is a known type; a string converts to it through its
  // constructor, and catch [System.ArgumentException] takes the thrown exception.
  it('throw [System.ArgumentException] "..." caught by catch [System.ArgumentException]', async () => {
    const { values, errors } = await evalPs(
      'try { throw [System.ArgumentException] "bad pool name" } catch [System.ArgumentException] { "argument: " + $_.Exception.Message } catch { "other" }',
    );
    expect(errors).toBe('');
    expect(values).toEqual(['argument: bad pool name']);
  });

  it('catch [System.ArgumentException] takes a Cs cmdlet argument error', async () => {
    const { values } = await evalPs(
      'try { Grant-CsExternalAccessPolicy -Identity kenmyer@contoso.com -PolicyName NoSuchPolicy -ErrorAction Stop } catch [System.ArgumentException] { "argument error" } catch { "other" }',
    );
    expect(values).toEqual(['argument error']);
  });

  it('[Math]::Truncate, "{0,-5}|" alignment and "{0:N2}" in report layout code', async () => {
    const { values } = await evalPs('[Math]::Truncate(120 * 0.2) - 2; "{0,-5}|" -f "ab"; "{0:N2}" -f 1234.5');
    // [Math]::Truncate gives a Double (22 as text; the value itself carries its type).
    expect(values.map(String)).toEqual(['22', 'ab   |', '1,234.50']);
  });

  it('"text".PadRight(n, " ") arguments of Write-Host are evaluated as expressions', async () => {
    const r = await runPs('Write-Host "Attribute".PadRight(12, " ")"Value".PadRight(8, " ")"|"');
    expect(r.output).toBe('Attribute    Value    |\n');
  });

  it('switch with script-block conditions and continue inside a foreach skips the item', async () => {
    const { values } = await evalPs(
      `foreach ($p in "Thumbprint","NotAfter","Issuer","Other") {
         switch ($p) { {($_ -eq "Thumbprint") -or ($_ -eq "PrivateKey")} { continue } {$_ -like "Not*"} { "date:$p" } "Issuer" { "issuer" } default { } }
       }`,
    );
    expect(values).toEqual(['date:NotAfter', 'issuer']);
  });
});

describe('user object properties scripts read', () => {
  it('Get-CsUser objects carry UserPrincipalName, Name and PrivateLine; the default view still prints the usual list', async () => {
    const r = await runPs(
      `Set-CsUser -Identity "sip:kenmyer@contoso.com" -PrivateLine "tel:+14255550111"
       $u = Get-CsUser -Identity "sip:kenmyer@contoso.com"
       "$($u.UserPrincipalName)|$($u.Name)|$($u.PrivateLine)"
       (Get-CsUser -Filter {PrivateLine -ne $null}).DisplayName
       Get-CsUser -Filter {RegistrarPool -eq "pool02.contoso.com"} | Select-Object -First 1 DisplayName, UserPrincipalName, SipAddress, RegistrarPool | Format-Table -AutoSize
       ($u | Out-String) -match "UserPrincipalName"`,
    );
    expect(r.errors).toBe('');
    expect(lines(r.output)).toEqual([
      'kenmyer@contoso.com|Ken Myer|tel:+14255550111',
      'Ken Myer',
      '',
      'DisplayName    UserPrincipalName SipAddress            RegistrarPool',
      '-----------    ----------------- ----------            -------------',
      'Pilar Ackerman pilar@contoso.com sip:pilar@contoso.com pool02.contoso.com',
      '',
      '',
      'False',
    ]);
  });

  // ADUser objects also carry WhenCreated and WhenChanged (DateTime); reports select users changed in the
  // last N days with them, and a change moves WhenChanged forward.
  it('Get-CsUser objects expose WhenCreated / WhenChanged as DateTimes that a change moves forward', async () => {
    const { values, errors } = await evalPs(
      `$before = (Get-CsUser -Identity "sip:kenmyer@contoso.com").WhenChanged
       Start-Sleep -Milliseconds 20
       Set-CsUser -Identity "sip:kenmyer@contoso.com" -LineURI "tel:+14255550123"
       $after = Get-CsUser -Identity "sip:kenmyer@contoso.com"
       $after.WhenCreated -is [datetime]
       $after.WhenChanged -gt $before
       @(Get-CsUser | Where-Object { (Get-Date) - $_.WhenChanged -lt (New-TimeSpan -Days 30) }).Count`,
    );
    expect(errors).toBe('');
    expect(values).toEqual([true, true, 44]);
  });
});

describe('core cmdlet details reports rely on', () => {
  // Select-Object with a name that matches an existing member keeps the member's own name, so
  // `select displayname` shows a "DisplayName" column.
  it('Select-Object with lower-case property names shows the members\' names', async () => {
    const r = await runPs('Get-CsUser kenmyer@contoso.com | Select-Object displayname, sipaddress | Format-List');
    expect(lines(r.output)).toEqual(['DisplayName : Ken Myer', 'SipAddress  : sip:kenmyer@contoso.com']);
  });

  // The env: drive answers Test-Path; scripts check variables such as USERDNSDOMAIN this way.
  it('Test-Path env:COMPUTERNAME', async () => {
    const { values, errors } = await evalPs('Test-Path env:COMPUTERNAME');
    expect(errors).toBe('');
    expect(values).toEqual([true]);
  });

  // Export-Clixml / Import-Clixml keep a configuration backup before a change.
  it('Get-CsExternalAccessPolicy | Export-Clixml, then Import-Clixml reads it back', async () => {
    const dir = sandbox();
    const { values, errors } = await evalPs(
      'Get-CsExternalAccessPolicy | Export-Clixml .\\eap.xml; (Import-Clixml .\\eap.xml).Identity',
      { workingDirectory: dir },
    );
    expect(errors).toBe('');
    expect(values).toEqual(['Global']);
  });
});

describe('layout styles of menu scripts', () => {
  // PowerShell accepts a newline between a switch clause's condition and its block (Allman style, as in
  // menu loops: `1` on one line, `{ ... }` on the next).
  it('switch clauses with the block on the next line', async () => {
    const { values, errors } = await evalPs(
      ['$choice = "2"', 'switch ($choice)', '{', '    1', '    {', '        "voice users"', '    }', '    2', '    {', '        "federation"', '    }', '    default', '    {', '        "unknown"', '    }', '}'].join('\n'),
    );
    expect(errors).toBe('');
    expect(values).toEqual(['federation']);
  });

  it('do { } on its own lines followed by until (...) on the next line', async () => {
    const { values } = await evalPs(['$answers = "x", "q"; $n = 0', 'do', '{', '    $menu = $answers[$n]; $n++', '}', 'until ($menu -eq "q")', '"stopped after $n"'].join('\n'));
    expect(values).toEqual(['stopped after 2']);
  });

  it('Allman-style function, param, if/elseif/else, try/catch/finally and a backtick-continued pipeline', async () => {
    const { values } = await evalPs(
      [
        'function Get-PoolName', '{', '    param', '    (', '        [string]$Site = "Redmond"', '    )',
        '    Get-CsPool | Where-Object { $_.Site -eq "Site:$Site" -and $_.Services -match "Registrar" } | Select-Object -ExpandProperty Fqdn', '}',
        'if ((Get-PoolName) -eq "pool01.contoso.com")', '{', '    "redmond pool"', '}', 'elseif ($false)', '{', '}', 'else', '{', '    "other"', '}',
        'try', '{', '    Get-CsUser -Identity ghost@contoso.com -ErrorAction Stop', '}', 'catch', '{', '    "caught"', '}', 'finally', '{', '    "done"', '}',
        'Get-CsSite |', '    Select-Object -First 1 |', '    ForEach-Object `', '    {', '        "site $($_.Identity)"', '    }',
      ].join('\n'),
    );
    expect(values).toEqual(['redmond pool', 'caught', 'done', 'site Site:Redmond']);
  });

  it('switch -Wildcard with break, switch -Regex with $matches, and switch over an array', async () => {
    const { values } = await evalPs(
      `switch -Wildcard ("pool01.contoso.com") { "pool01*" { "redmond"; break } "pool*" { "other" } }
       switch -Regex ("sip:ken@contoso.com") { "^sip:(.+)@" { $matches[1] } }
       switch (1, 2, 3) { {$_ -gt 1} { "big $_" } }`,
    );
    expect(values).toEqual(['redmond', 'ken', 'big 2', 'big 3']);
  });
});

describe('wrapper functions around Cs cmdlets', () => {
  // PowerShell: parameters bound from pipeline input by property name are in $PSBoundParameters for that
  // record, so a wrapper can pass everything on with @PSBoundParameters.
  it('$PSBoundParameters includes parameters bound from the pipeline, and splats into Set-CsUser', async () => {
    const { values, errors } = await evalPs(
      `function Set-UserLine {
         [CmdletBinding()]
         param([Parameter(Mandatory, ValueFromPipelineByPropertyName)][string]$Identity, [string]$LineURI)
         process { ($PSBoundParameters.Keys | Sort-Object) -join ","; Set-CsUser @PSBoundParameters }
       }
       Get-CsUser -Filter {DisplayName -eq "Pilar Ackerman"} | Set-UserLine -LineURI "tel:+35315550199"
       (Get-CsUser -Identity "sip:pilar@contoso.com").LineURI`,
    );
    expect(errors).toBe('');
    expect(values).toEqual(['Identity,LineURI', 'tel:+35315550199']);
  });

  it('pipeline objects bind to a function parameter by property name through its alias', async () => {
    const { values } = await evalPs(
      `function Get-Who { param([Parameter(ValueFromPipelineByPropertyName)][Alias("SipAddress")][string]$Address) process { $Address } }
       Get-CsUser -Filter {RegistrarPool -eq "pool02.contoso.com"} | Select-Object -First 2 SipAddress | Get-Who`,
    );
    expect(values).toEqual(['sip:pilar@contoso.com', 'sip:aoifeb@contoso.com']);
  });
});
