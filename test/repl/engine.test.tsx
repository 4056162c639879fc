// The shell with the real engine: commands run, output and errors render, prompts go through the host.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { engineShell, KEY, PROMPT, type EngineShellHarness } from './harness.js';
import { INK_COLORS } from '../../src/host/repl/output.js';

let shell: EngineShellHarness;
afterEach(() => shell?.unmount());

const colorOf = (s: EngineShellHarness, text: string): string | undefined => {
  for (const line of s.printed.lines) for (const seg of line) if (seg.text.includes(text)) return seg.color;
  return 'not found';
};

describe('the shell on the engine', { timeout: 60_000 }, () => {
  it('runs a cmdlet and prints its list output', async () => {
    shell = await engineShell();
    const screen = await shell.run('Get-CsExternalAccessPolicy -Identity Global');
    expect(screen).toMatch(/Identity\s+: Global/);
    expect(screen).toMatch(/EnableXmppAccess\s+: False/);
  });

  it('prints errors in red in the 5.1 layout', async () => {
    shell = await engineShell();
    const screen = await shell.run('New-CsExternalAccessPolicy -Identity X -Bogus 1');
    expect(screen).toContain("A parameter cannot be found that matches parameter name 'Bogus'.");
    expect(colorOf(shell, "A parameter cannot be found")).toBe(INK_COLORS.Red);
  });

  it('asks for a missing mandatory parameter and creates the policy with the answer', async () => {
    shell = await engineShell();
    await shell.press('New-CsExternalAccessPolicy -EnableXmppAccess $true', KEY.enter);
    await shell.waitFor((s) => s.includes('Identity:'));
    expect(shell.screen()).toContain('cmdlet New-CsExternalAccessPolicy at command pipeline position 1\nSupply values for the following parameters:\nIdentity:');
    await shell.press('XmppUsers', KEY.enter);
    const screen = await shell.waitFor((s) => /Identity\s+: Tag:XmppUsers/.test(s));
    expect(screen).toMatch(/EnableXmppAccess\s+: True/);
  });

  it('lists the session history with Get-History', async () => {
    shell = await engineShell();
    await shell.run('Get-CsSite -Identity Redmond | Out-Null');
    await shell.run('$x = 1');
    const screen = await shell.run('Get-History');
    expect(screen).toMatch(/Id CommandLine\s*\n\s+-- -+\s*\n\s+1 Get-CsSite -Identity Redmond \| Out-Null\s*\n\s+2 \$x = 1/);
  });

  it('shows the remote computer in the prompt inside Enter-PSSession', async () => {
    shell = await engineShell();
    await shell.run('Enter-PSSession -ComputerName edge01.contoso.com');
    expect(shell.screen()).toContain(`[edge01.contoso.com]: ${PROMPT.trimEnd()}`);
    await shell.run('Exit-PSSession');
    const lines = shell.screen().trimEnd().split('\n');
    expect(lines[lines.length - 1]).toBe(PROMPT.trimEnd());
  });

  it('exit inside a remote session leaves the session, not the shell', async () => {
    shell = await engineShell();
    await shell.run('Enter-PSSession -ComputerName edge01.contoso.com');
    await shell.run('exit');
    expect(shell.exitCode()).toBeUndefined();
    const lines = shell.screen().trimEnd().split('\n');
    expect(lines[lines.length - 1]).toBe(PROMPT.trimEnd());
    await shell.run('exit');
    expect(shell.exitCode()).toBe(0);
  });

  it('exits with the code given to exit', async () => {
    shell = await engineShell();
    await shell.press('exit 3', KEY.enter);
    await shell.waitFor(() => shell.exitCode() !== undefined);
    expect(shell.exitCode()).toBe(3);
  });
});

describe('completion from the running engine', () => {
  it('completes variables defined in the session', async () => {
    shell = await engineShell();
    await shell.run('$partnerDomain = "jabber.org"');
    await shell.press('Write-Output $partnerD', KEY.tab);
    expect(shell.controller.currentInput).toBe('Write-Output $partnerDomain');
  });

  it('completes functions defined in the session and aliases', async () => {
    shell = await engineShell();
    await shell.run('function Get-PartnerReport { "report" }');
    await shell.press('Get-PartnerR', KEY.tab);
    expect(shell.controller.currentInput).toBe('Get-PartnerReport');
    await shell.press(KEY.ctrlU, 'Select-Obj', KEY.tab);
    expect(shell.controller.currentInput).toBe('Select-Object');
  });

  it('completes the members of a variable\'s value, methods with their parenthesis', async () => {
    shell = await engineShell();
    await shell.run("$partner = 'jabber.org'");
    await shell.press('$partner.Sub', KEY.tab);
    expect(shell.controller.currentInput).toBe('$partner.Substring(');
  });

  it('completes parameters of core cmdlets through the engine command table', async () => {
    shell = await engineShell();
    await shell.press('Get-CsUser | Select-Object -Fir', KEY.tab);
    expect(shell.controller.currentInput).toBe('Get-CsUser | Select-Object -First');
  });
});

describe('stopping', () => {
  it('Ctrl+C stops a running loop and the prompt comes back', async () => {
    shell = await engineShell();
    await shell.press('$i = 0; while ($true) { $i++ }', KEY.enter);
    await shell.waitFor(() => shell.controller.isRunning);
    await new Promise((r) => setTimeout(r, 50));
    await shell.press(KEY.ctrlC);
    await shell.waitFor(() => !shell.controller.isRunning, 5000);
    const screen = await shell.run('$i -gt 0');
    expect(screen).toMatch(/\nTrue\n/);
  });
});

describe('long pipelines', () => {
  it('draws output while a cmdlet pipeline runs and Ctrl+C stops it', async () => {
    shell = await engineShell();
    await shell.press('1..1000000 | ForEach-Object -Process { $_ } | Where-Object { $_ % 2000 -eq 0 } | ForEach-Object { Write-Host "at $_" }', KEY.enter);
    await shell.waitFor((s) => /^at 2000$/m.test(s), 20000);
    expect(shell.controller.isRunning).toBe(true);
    await shell.press(KEY.ctrlC);
    await shell.waitFor(() => !shell.controller.isRunning, 5000);
    expect(shell.screen()).not.toMatch(/^at 1000000$/m);
  });
});

describe('Write-Progress', () => {
  it('shows a progress bar while the pipeline runs and removes it afterwards', async () => {
    shell = await engineShell();
    await shell.press('1..30000 | ForEach-Object { if ($_ % 100 -eq 0) { Write-Progress -Activity "Granting policy" -Status "$_ users" -PercentComplete ($_ / 300) } }', KEY.enter);
    const during = await shell.waitFor((s) => /Granting policy\n\s+\d+ users\n\s+\[o+ *\]\s+\d+%/.test(s), 20000);
    expect(during).toContain('Granting policy');
    await shell.waitFor(() => !shell.controller.isRunning, 60000);
    await shell.waitFor((s) => !/\[o+ *\]/.test(s));
    expect(shell.controller.getView().liveLines.flat().some((seg) => seg.text.includes('Granting policy'))).toBe(false);
  }, 90000);
});

describe('prompts through the engine', () => {
  it('-Confirm asks with the console choice line; No keeps the partner', async () => {
    shell = await engineShell();
    await shell.run('New-CsXmppAllowedPartner -Identity jabber.org | Out-Null');
    await shell.press('Remove-CsXmppAllowedPartner -Identity jabber.org -Confirm', KEY.enter);
    const asked = await shell.waitFor((s) => s.includes('(default is "Y"):'));
    expect(asked).toContain('Are you sure you want to perform this action?');
    expect(asked).toContain('[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help (default is "Y"):');
    await shell.press('n', KEY.enter);
    await shell.waitFor(() => !shell.controller.isRunning);
    const after = await shell.run('(Get-CsXmppAllowedPartner).Count');
    expect(after).toMatch(/\n1\n/);
  });

  it('Write-Debug under -Debug asks whether to continue, as -Debug means Inquire in 5.1; Halt stops the command', async () => {
    shell = await engineShell();
    await shell.press('function Test-Dbg { [CmdletBinding()] param() Write-Debug "checking pool"; "after-debug" }; Test-Dbg -Debug', KEY.enter);
    const asked = await shell.waitFor((s) => s.includes('(default is "Y"):'));
    expect(asked).toContain('DEBUG: checking pool\n\nConfirm\nContinue with this operation?\n[Y] Yes  [A] Yes to All  [H] Halt Command  [S] Suspend  [?] Help (default is "Y"):');
    await shell.press(KEY.enter);
    await shell.waitFor((s) => s.includes('after-debug') && !shell.controller.isRunning);
    await shell.press('Write-Debug "second" -Debug; "not-reached"', KEY.enter);
    await shell.waitFor((s) => (s.match(/\(default is "Y"\):/g) ?? []).length === 2);
    await shell.press('h', KEY.enter);
    const halted = await shell.waitFor((s) => s.includes('selected the Stop option') && !shell.controller.isRunning);
    expect(halted).toContain('Write-Debug : The running command stopped because the user selected the Stop option.');
    expect(halted).not.toMatch(/^not-reached$/m);
  });

  it('Read-Host reads a line typed at its prompt', async () => {
    shell = await engineShell();
    await shell.press('$domain = Read-Host "Partner domain"', KEY.enter);
    await shell.waitFor((s) => s.includes('Partner domain:'));
    await shell.press('jabber.org', KEY.enter);
    await shell.waitFor(() => !shell.controller.isRunning);
    const screen = await shell.run('"got $domain"');
    expect(screen).toContain('got jabber.org');
  });

  it('the prompt follows Set-Location', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'csshell-prompt-'));
    shell = await engineShell({ workingDirectory: dir });
    await shell.run('Set-Location C:\\');
    expect(shell.controller.promptText()).toBe('PS C:\\> ');
    expect(shell.screen()).toContain('\nPS C:\\>');
    await shell.run('Set-Location ~');
    expect(shell.controller.promptText()).toBe(PROMPT);
  });
});

