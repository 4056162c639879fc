// End-to-end: the built csshell in a real terminal (tmux). Needs `npm run build` first (npm test does it).
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliPath } from '../helpers/cli.js';
import { promptLine, TMUX_PROMPT, TmuxShell } from './tmux.js';
import { tmuxTestFile } from './tmuxTestFile.js';

const { skipReason, track } = tmuxTestFile();
const PROMPT = TMUX_PROMPT;

function startShell(dir = TmuxShell.tempDir()): TmuxShell {
  const shell = new TmuxShell(dir, join(dir, 'store.db'));
  track(shell);
  shell.start();
  return shell;
}

describe.skipIf(skipReason !== null)('csshell in a terminal', { timeout: 90_000 }, () => {
  beforeAll(() => {
    if (!existsSync(cliPath)) throw new Error(`${cliPath} is missing: run npm run build first`);
  });

  it('shows the prompt and window title, runs a typed command and prints its output', async () => {
    const shell = startShell();
    await shell.waitFor((s) => s.includes(PROMPT), 'the prompt');
    expect(shell.title()).toBe('Skype for Business Server Management Shell');
    shell.type('Get-CsExternalAccessPolicy -Identity Global');
    shell.keys('Enter');
    const screen = await shell.waitFor((s) => /EnableXmppAccess\s+: False/.test(s), 'the policy list');
    expect(screen).toMatch(/Identity\s+: Global/);
    expect(screen).toContain(`${PROMPT} Get-CsExternalAccessPolicy -Identity Global`);
    shell.type('exit');
    shell.keys('Enter');
    await shell.waitForExit();
  });

  it('completes New-CsXmpp<Tab>, -Tls<Tab> and Req<Tab>, and the command runs', async () => {
    const shell = startShell();
    await shell.waitFor((s) => s.includes(PROMPT), 'the prompt');
    shell.type('New-CsXmpp');
    shell.keys('Tab');
    await shell.waitFor((s) => promptLine(s).endsWith('New-CsXmppAllowedPartner'), 'the cmdlet name');
    shell.type(' -Identity jabber.contoso.org -Tls');
    shell.keys('Tab');
    await shell.waitFor((s) => promptLine(s).endsWith('-TlsNegotiation'), 'the parameter name');
    shell.type(' Req');
    shell.keys('Tab');
    await shell.waitFor((s) => promptLine(s).endsWith('-TlsNegotiation Required'), 'the enum value');
    expect(promptLine(shell.screen())).toBe(`${PROMPT} New-CsXmppAllowedPartner -Identity jabber.contoso.org -TlsNegotiation Required`);
    shell.keys('Enter');
    await shell.waitFor((s) => /TlsNegotiation\s+: Required/.test(s), 'the new partner');
    shell.type('Remove-CsXmppAllowedPartner -Identity jab');
    shell.keys('Tab');
    await shell.waitFor((s) => promptLine(s).endsWith('-Identity jabber.contoso.org'), 'the partner domain from the store');
  });

  it('keeps history across two runs', async () => {
    const dir = TmuxShell.tempDir();
    const first = startShell(dir);
    await first.waitFor((s) => s.includes(PROMPT), 'the prompt');
    first.type('Get-CsSite -Identity Redmond');
    first.keys('Enter');
    await first.waitFor((s) => /Identity\s+: Site:Redmond/.test(s), 'the site');
    first.type('exit');
    first.keys('Enter');
    await first.waitForExit();
    expect(readFileSync(join(dir, '.csshell', 'history'), 'utf8')).toBe('Get-CsSite -Identity Redmond\nexit\n');

    const second = startShell(dir);
    await second.waitFor((s) => s.includes(PROMPT), 'the prompt');
    second.keys('Up');
    await second.waitFor((s) => promptLine(s).endsWith('exit'), 'the last command');
    second.keys('Up');
    await second.waitFor((s) => promptLine(s).endsWith('Get-CsSite -Identity Redmond'), 'the command of the first run');
    second.keys('Enter');
    await second.waitFor((s) => /Identity\s+: Site:Redmond/.test(s), 'the site again');
  });

  it('prompts for a missing mandatory parameter and uses the answer', async () => {
    const shell = startShell();
    await shell.waitFor((s) => s.includes(PROMPT), 'the prompt');
    shell.type('New-CsExternalAccessPolicy -EnableXmppAccess $true');
    shell.keys('Enter');
    const asked = await shell.waitFor((s) => s.includes('Identity:'), 'the Identity prompt');
    expect(asked).toContain('cmdlet New-CsExternalAccessPolicy at command pipeline position 1');
    expect(asked).toContain('Supply values for the following parameters:');
    shell.type('XmppUsers');
    shell.keys('Enter');
    await shell.waitFor((s) => /Identity\s+: Tag:XmppUsers/.test(s), 'the created policy');
    shell.type('Get-CsExternalAccessPolicy -Identity XmppUsers | Select-Object Identity,EnableXmppAccess | Format-List');
    shell.keys('Enter');
    await shell.waitFor((s) => /EnableXmppAccess : True/.test(s), 'the stored policy');
  });

  it('Ctrl+C stops a running loop, Ctrl+R finds an earlier command, Ctrl+D on an empty line quits', async () => {
    const shell = startShell();
    await shell.waitFor((s) => s.includes(PROMPT), 'the prompt');
    shell.type('Get-CsPool -Identity pool02.contoso.com | Select-Object -ExpandProperty Site');
    shell.keys('Enter');
    await shell.waitFor((s) => /^Site:Dublin/m.test(s), 'the pool site');
    shell.type('$n = 0; while ($true) { $n++ }');
    shell.keys('Enter');
    await new Promise((r) => setTimeout(r, 300));
    shell.keys('C-c');
    await shell.waitFor((s) => promptLine(s) === PROMPT, 'the prompt after Ctrl+C');
    shell.type('$n -gt 0');
    shell.keys('Enter');
    await shell.waitFor((s) => /^True$/m.test(s), 'the loop to have run');
    shell.keys('C-r');
    shell.type('pool02');
    await shell.waitFor((s) => s.includes('bck-i-search: pool02') && promptLine(s).endsWith('Select-Object -ExpandProperty Site'), 'the search match');
    shell.keys('Escape');
    await shell.waitFor((s) => promptLine(s) === PROMPT && !s.includes('bck-i-search'), 'the search to end');
    shell.keys('C-d');
    await shell.waitForExit();
  });

  it('Ctrl+L clears the screen and draws the prompt again at once, with the line being typed', async () => {
    const shell = startShell();
    await shell.waitFor((s) => s.includes(PROMPT), 'the prompt');
    shell.type('"before-clear"');
    shell.keys('Enter');
    await shell.waitFor((s) => /^before-clear$/m.test(s), 'the output');
    shell.type('Get-CsSite');
    shell.keys('C-l');
    const screen = await shell.waitFor((s) => !s.includes('before-clear') && promptLine(s) === `${PROMPT} Get-CsSite`, 'the prompt alone after Ctrl+L');
    expect(screen.trim().split('\n')).toHaveLength(1);
    shell.keys('C-c');
    shell.keys('C-d');
    await shell.waitForExit();
  });
});

