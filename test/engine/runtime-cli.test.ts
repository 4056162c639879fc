// The runtime through the built CLI (`npm run build` first): `csshell -c` for pipeline binding, error
// actions, try/catch and -WhatIf; the interactive shell in a real terminal (tmux) answering -Confirm.

import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { cliPath, runCli } from '../helpers/cli.js';
import { TmuxShell, tmuxAvailable } from '../repl/tmux.js';

beforeAll(() => {
  if (!existsSync(cliPath)) throw new Error(`${cliPath} is missing: run npm run build first`);
});

const run = (script: string) => runCli(['-c', script]);

describe('csshell -c', () => {
  it('binding error: the PowerShell record on stderr, the next statement still runs', () => {
    const r = run('New-CsXmppAllowedPartner gmail.com -TlsNegotiation Sometimes; "next"');
    expect(r.stdout).toBe('next\n');
    expect(r.stderr).toContain(
      'New-CsXmppAllowedPartner : Cannot bind parameter \'TlsNegotiation\'. Cannot convert value "Sometimes" to type "Microsoft.Rtc.Management.WritableConfig.Settings.XmppFederation.TlsNegotiation". Error: "Unable to match the identifier name Sometimes to a valid enumerator name. Specify one of the following enumerator names and try again:',
    );
    expect(r.stderr).toContain('Required, Optional, NotSupported"');
    expect(r.stderr).toContain('    + FullyQualifiedErrorId : CannotConvertArgumentNoMessage,Microsoft.Rtc.Management.Internal.NewXmppAllowedPartnerCmdlet');
  });

  it('pipeline binding by property name and InputObjectNotBound', () => {
    const r = run(
      'New-CsXmppAllowedPartner gmail.com | Out-Null; New-CsXmppAllowedPartner jabber.org | Out-Null; "x.org" | Remove-CsXmppAllowedPartner; Get-CsXmppAllowedPartner | Remove-CsXmppAllowedPartner; "left: " + @(Get-CsXmppAllowedPartner).Count',
    );
    expect(r.stdout).toBe('left: 0\n');
    expect(r.stderr).toContain('    + FullyQualifiedErrorId : InputObjectNotBound,Microsoft.Rtc.Management.Internal.RemoveXmppAllowedPartnerCmdlet');
  });

  it('-ErrorAction variants and -ErrorVariable', () => {
    const r = run(
      'Remove-CsXmppAllowedPartner a.org -ea SilentlyContinue -ev e1; Remove-CsXmppAllowedPartner b.org -ea Ignore -ev e2; "e1=$($e1.Count) e2=$($e2.Count) total=$($Error.Count)"',
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('e1=1 e2=0 total=1\n');
  });

  it('try/catch around -ErrorAction Stop and a binding error', () => {
    const r = run(
      'try { Remove-CsXmppAllowedPartner a.org -ErrorAction Stop } catch { "1: " + $_.CategoryInfo.Category }; try { Get-CsUser -Bogus } catch [System.Management.Automation.ParameterBindingException] { "2: " + $_.FullyQualifiedErrorId }',
    );
    expect(r.stdout).toBe('1: ObjectNotFound\n2: NamedParameterNotFound,Microsoft.Rtc.Management.Internal.GetUserCmdlet\n');
    expect(r.stderr).toBe('');
  });

  it('-WhatIf changes nothing, also across runs of the same store file', () => {
    const dir = TmuxShell.tempDir();
    const store = join(dir, 'store.db');
    const first = runCli(['--store', store, '-c', 'New-CsXmppAllowedPartner gmail.com -WhatIf']);
    expect(first.stdout).toBe('What if: Performing the operation "New-CsXmppAllowedPartner" on target "gmail.com".\n');
    const second = runCli(['--store', store, '-c', '@(Get-CsXmppAllowedPartner).Count']);
    expect(second.stdout).toBe('0\n');
  });

  it('-Confirm cannot be answered in batch; -Confirm:$false goes ahead', () => {
    const r = run('New-CsXmppAllowedPartner gmail.com | Out-Null; Remove-CsXmppAllowedPartner gmail.com -Confirm; @(Get-CsXmppAllowedPartner).Count; Remove-CsXmppAllowedPartner gmail.com -Confirm:$false; @(Get-CsXmppAllowedPartner).Count');
    expect(r.stderr).toContain('Remove-CsXmppAllowedPartner : Windows PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.');
    expect(r.stdout).toBe('1\n0\n');
  });
});

const skipReason = tmuxAvailable();
let shells: TmuxShell[] = [];
afterEach(() => {
  for (const s of shells) s.stop();
  shells = [];
});

describe.skipIf(skipReason !== null)('the interactive shell answers -Confirm', () => {
  it('No keeps the partner, Yes removes it', async () => {
    const dir = TmuxShell.tempDir();
    const shell = new TmuxShell(dir, join(dir, 'store.db'));
    shells.push(shell);
    shell.start();
    await shell.waitFor((s) => s.includes('PS C:\\'), 'the prompt');
    shell.type('New-CsXmppAllowedPartner gmail.com | Out-Null; Remove-CsXmppAllowedPartner gmail.com -Confirm');
    shell.keys('Enter');
    // The whole prompt, caption and choices: a capture can land while the terminal is still drawing it.
    const asked = await shell.waitFor((s) => s.includes('(default is "Y")') && s.includes('Performing the operation'), 'the confirm prompt');
    expect(asked).toContain('Are you sure you want to perform this action?');
    expect(asked).toContain('Performing the operation "Remove-CsXmppAllowedPartner" on target "gmail.com".');
    expect(asked).toContain('[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help (default is "Y"):');
    const prompts = (screen: string) => (screen.match(/PS C:\\Users\\Administrator>/g) ?? []).length;
    shell.type('n');
    await shell.waitFor((s) => s.includes('(default is "Y"):n'), 'the typed answer');
    shell.keys('Enter');
    await shell.waitFor((s) => prompts(s) >= 2, 'the next shell prompt');
    shell.type('"count=" + @(Get-CsXmppAllowedPartner).Count');
    shell.keys('Enter');
    await shell.waitFor((s) => s.includes('count=1'), 'the partner kept');
    shell.type('Remove-CsXmppAllowedPartner gmail.com -Confirm');
    shell.keys('Enter');
    await shell.waitFor((s) => (s.match(/\(default is "Y"\)/g) ?? []).length >= 2, 'the second prompt');
    shell.type('y');
    await shell.waitFor((s) => s.includes('(default is "Y"):y'), 'the typed answer');
    shell.keys('Enter');
    await shell.waitFor((s) => prompts(s) >= 4, 'the next shell prompt');
    shell.type('"count=" + @(Get-CsXmppAllowedPartner).Count');
    shell.keys('Enter');
    await shell.waitFor((s) => s.includes('count=0'), 'the partner removed');
  });
});
