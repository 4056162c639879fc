// The Control Panel in a real browser (Debian's chromium driven by playwright-core), on the built
// CLI: the documented procedure click by click (New → User policy → Commit), an XMPP partner, the
// policy granted to Ken Myer, bad input shown in the form, the command pane, and `csshell -c` on the
// same store seeing it all. Screenshots of each page go to test-output/panel/.

import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { cliPath, repoRoot, runCli } from '../helpers/cli.js';

const CHROMIUM = '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`panel browser tests skipped: ${CHROMIUM} is not installed (apt-get install chromium)`);

const shots = join(repoRoot, 'test-output', 'panel');
const dir = mkdtempSync(join(tmpdir(), 'csshell-panel-'));
const storePath = join(dir, 'x.db');
let server: ChildProcess;
let browser: Browser;
let page: Page;
let startUrl = '';

function startPanel(): Promise<string> {
  server = spawn(process.execPath, [cliPath, 'panel', '--store', storePath, '--port', '0'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    server.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]+/.exec(out);
      if (m) resolve(m[0]);
    });
    server.on('exit', (code) => reject(new Error(`panel exited with ${code}: ${out}`)));
  });
}

const shot = (name: string) => page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
const shell = (command: string) => runCli(['--store', storePath, '-c', command], { cwd: dir });

async function newItem(tab: string, entry: string) {
  await page.getByRole('link', { name: 'Federation and External Access' }).click();
  await page.getByRole('tab', { name: tab }).click();
  await page.locator('summary', { hasText: 'New' }).click();
  await page.getByRole('link', { name: entry }).click();
}

describe.skipIf(!haveChromium)('csshell panel in a browser', () => {
  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    startUrl = await startPanel();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(5000);
  });

  afterAll(async () => {
    await browser?.close();
    server?.kill('SIGTERM');
  });

  it('opens with the start link, then drops the token from the address', async () => {
    await page.goto(startUrl);
    expect(page.url()).not.toContain('token');
    await expect(page.locator('h1').textContent()).resolves.toBe('Home');
    await shot('home');
  });

  it('creates a user policy as the documented procedure does', async () => {
    await newItem('External Access Policy', 'User policy');
    await page.getByLabel('Name:').fill('XmppUsers');
    await page.getByLabel('Description:').fill("Partners' XMPP users");
    await page.getByLabel('Enable communications with federated users').check();
    await page.getByLabel('Enable communications with XMPP federated users').check();
    await shot('external-access-policy-new');
    await page.getByRole('button', { name: 'Commit' }).click();
    const row = page.locator('table.list tr', { hasText: 'XmppUsers' });
    await expect(row.textContent()).resolves.toMatch(/User\s*Yes\s*Yes\s*No\s*No/);
    await shot('external-access-policy');
  });

  it("shows the cmdlet's error for a duplicate name, keeps what was typed, changes nothing", async () => {
    await newItem('External Access Policy', 'User policy');
    await page.getByLabel('Name:').fill('XmppUsers');
    await page.getByLabel('Description:').fill('second try');
    await page.getByRole('button', { name: 'Commit' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('"ExternalAccessPolicy" with identity "Tag:XmppUsers" already exists.');
    await expect(page.getByLabel('Description:').inputValue()).resolves.toBe('second try');
    await shot('external-access-policy-error');
  });

  it('adds an XMPP partner, and refuses an empty primary domain', async () => {
    await newItem('XMPP Federated Partners', 'XMPP federated partner');
    await page.getByLabel('Primary domain:').fill('jabber.org');
    await page.getByLabel('Description:').fill('Jabber');
    await page.getByLabel('Additional domains (one a line):').fill('im.jabber.org\nconference.jabber.org');
    await page.getByLabel('Partner type:').selectOption('Federated');
    await page.getByLabel('TLS negotiation:').selectOption('Required');
    await page.getByLabel('SASL negotiation:').selectOption('Optional');
    await page.getByRole('button', { name: 'Commit' }).click();
    await expect(page.locator('table.list').textContent()).resolves.toContain('jabber.org');
    await shot('xmpp-partners');

    await newItem('XMPP Federated Partners', 'XMPP federated partner');
    await page.getByLabel('Description:').fill('no domain');
    await page.getByRole('button', { name: 'Commit' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain("Cannot bind argument to parameter 'Identity' because it is an empty string.");
    await expect(page.getByLabel('Description:').inputValue()).resolves.toBe('no domain');
  });

  it('assigns the policy to Ken Myer on the Users page', async () => {
    await page.getByRole('link', { name: 'Users' }).click();
    await page.getByLabel('Search users').fill('Ken Myer');
    await page.getByRole('button', { name: 'Find' }).click();
    await page.getByRole('link', { name: 'Ken Myer' }).click();
    await page.getByLabel('External access policy:').selectOption('XmppUsers');
    await page.getByRole('button', { name: 'Commit' }).click();
    await expect(page.locator('table.list tr', { hasText: 'Ken Myer' }).textContent()).resolves.toContain('XmppUsers');
    await shot('users');
  });

  it('shows the equivalent commands in the PowerShell command pane, the failed ones as comments', async () => {
    const pane = await page.locator('#powershell-commands').inputValue();
    expect(pane.split('\n')).toEqual([
      "New-CsExternalAccessPolicy -Identity 'XmppUsers' -Description 'Partners'' XMPP users' -EnableFederationAccess $true -EnableXmppAccess $true",
      "# failed: New-CsExternalAccessPolicy -Identity 'XmppUsers' -Description 'second try'",
      "New-CsXmppAllowedPartner -Identity 'jabber.org' -Description 'Jabber' -AdditionalDomains @('im.jabber.org', 'conference.jabber.org') -PartnerType 'Federated' -SaslNegotiation 'Optional'",
      "# failed: New-CsXmppAllowedPartner -Identity '' -Description 'no domain'",
      "Grant-CsExternalAccessPolicy -Identity 'sip:kenmyer@contoso.com' -PolicyName 'XmppUsers'",
    ]);
  });

  it('a shell on the same store sees the changes, and the panel sees the shell\'s', async () => {
    const r = shell(
      "(Get-CsExternalAccessPolicy -Identity Tag:XmppUsers).Description; (Get-CsXmppAllowedPartner).Identity; (Get-CsUser -Identity 'Ken Myer').ExternalAccessPolicy; @(Get-CsExternalAccessPolicy).Count; New-CsAllowedDomain -Identity fabrikam.com | Out-Null",
    );
    expect(r.stderr).toBe('');
    expect(r.stdout.trim().split('\n')).toEqual(["Partners' XMPP users", 'jabber.org', 'XmppUsers', '2']);
    await page.getByRole('link', { name: 'Federation and External Access' }).click();
    await page.getByRole('tab', { name: 'SIP Federated Domains' }).click();
    await expect(page.locator('table.list').textContent()).resolves.toContain('fabrikam.com');
    await shot('sip-federated-domains');
  });

  it('draws the topology and the XMPP check chain, and shows the other tabs', async () => {
    await page.getByRole('link', { name: 'Topology' }).click();
    await expect(page.locator('svg[aria-label="Topology"]').textContent()).resolves.toContain('jabber.org');
    await shot('topology');
    await page.getByRole('link', { name: 'XMPP check' }).click();
    await page.getByLabel('User:').fill('sip:kenmyer@contoso.com');
    await page.getByLabel('Partner domain:').fill('jabber.org');
    await page.getByRole('button', { name: 'Run test' }).click();
    await expect(page.locator('svg[aria-label="XMPP chain"] g[data-link]').count()).resolves.toBe(7);
    await shot('xmpp-check');
    for (const [tab, name] of [['Access Edge Configuration', 'access-edge'], ['SIP Federated Providers', 'sip-federated-providers']] as const) {
      await page.getByRole('link', { name: 'Federation and External Access' }).click();
      await page.getByRole('tab', { name: tab }).click();
      await shot(name);
    }
  });
});
