import { afterEach, describe, expect, it } from 'vitest';
import { KEY, PROMPT, startShell, type ShellHarness } from './harness.js';

let shell: ShellHarness;
afterEach(() => shell?.unmount());

const promptLine = (s: ShellHarness): string => s.screen().split('\n').filter((l) => l.startsWith(PROMPT.trimEnd())).pop()!;

describe('Tab completion in the shell', () => {
  it('completes cmdlet, parameter and enum value in turn (the XMPP partner line)', async () => {
    shell = startShell();
    await shell.press('New-CsXmpp', KEY.tab);
    expect(promptLine(shell)).toBe(`${PROMPT}New-CsXmppAllowedPartner`);
    await shell.press(' jabber.org -Tls', KEY.tab);
    expect(promptLine(shell)).toBe(`${PROMPT}New-CsXmppAllowedPartner jabber.org -TlsNegotiation`);
    await shell.press(' Req', KEY.tab);
    expect(promptLine(shell)).toBe(`${PROMPT}New-CsXmppAllowedPartner jabber.org -TlsNegotiation Required`);
  });

  it('cycles with Tab and back with Shift+Tab', async () => {
    shell = startShell();
    await shell.press('New-CsXmppAllowedPartner -PartnerType P', KEY.tab);
    expect(shell.controller.currentInput).toBe('New-CsXmppAllowedPartner -PartnerType PublicVerified');
    await shell.press(KEY.tab);
    expect(shell.controller.currentInput).toBe('New-CsXmppAllowedPartner -PartnerType PublicUnverified');
    await shell.press(KEY.tab);
    expect(shell.controller.currentInput).toBe('New-CsXmppAllowedPartner -PartnerType PublicVerified');
    await shell.press(KEY.shiftTab);
    expect(shell.controller.currentInput).toBe('New-CsXmppAllowedPartner -PartnerType PublicUnverified');
  });

  it('starts a new completion after the line is edited', async () => {
    shell = startShell();
    await shell.press('Get-CsXmppG', KEY.tab);
    expect(shell.controller.currentInput).toBe('Get-CsXmppGatewayConfiguration');
    await shell.press(' | Set-CsXmppG', KEY.tab);
    expect(shell.controller.currentInput).toBe('Get-CsXmppGatewayConfiguration | Set-CsXmppGatewayConfiguration');
  });

  it('completes a wildcard to the matching commands', async () => {
    shell = startShell();
    await shell.press('*xmppgate*', KEY.tab);
    expect(shell.controller.currentInput).toBe('Get-CsXmppGatewayConfiguration');
    await shell.press(KEY.tab);
    expect(shell.controller.currentInput).toBe('Set-CsXmppGatewayConfiguration');
  });

  it('completes live SIP addresses from the store', async () => {
    shell = startShell();
    await shell.press('Get-CsUser kenm', KEY.tab);
    expect(shell.controller.currentInput).toBe('Get-CsUser sip:kenmyer@contoso.com');
  });

  it('leaves the line alone when nothing matches', async () => {
    shell = startShell();
    await shell.press('Get-CsNothingLikeThis', KEY.tab);
    expect(shell.controller.currentInput).toBe('Get-CsNothingLikeThis');
  });

  it('Ctrl+Space shows a menu of candidates; arrows move, Enter accepts without running', async () => {
    shell = startShell();
    await shell.press('Set-CsXmppAllowedPartner -Identity x -S', KEY.ctrlSpace);
    const screen = shell.screen();
    expect(screen).toContain('-SaslNegotiation');
    expect(screen).toContain('-SupportDialbackNegotiation');
    expect(shell.controller.currentInput).toBe('Set-CsXmppAllowedPartner -Identity x -SaslNegotiation');
    const selected = shell.controller.getView().liveLines.flat().filter((s) => s.inverse && s.text.trim().startsWith('-'));
    expect(selected.map((s) => s.text.trim())).toEqual(['-SaslNegotiation']);
    await shell.press(KEY.right);
    expect(shell.controller.currentInput).toBe('Set-CsXmppAllowedPartner -Identity x -SupportDialbackNegotiation');
    await shell.press(KEY.enter);
    expect(shell.ran).toEqual([]);
    expect(shell.screen()).not.toContain('-SaslNegotiation');
    expect(shell.controller.currentInput).toBe('Set-CsXmppAllowedPartner -Identity x -SupportDialbackNegotiation');
  });

  it('Escape closes the menu and restores the line', async () => {
    shell = startShell();
    await shell.press('New-CsXmppAllowedPartner -TlsNegotiation ', KEY.ctrlSpace);
    expect(shell.screen()).toContain('NotSupported');
    await shell.press(KEY.escape);
    await new Promise((r) => setTimeout(r, 20));
    expect(shell.controller.currentInput).toBe('New-CsXmppAllowedPartner -TlsNegotiation ');
    expect(shell.screen()).not.toContain('NotSupported');
  });
});
