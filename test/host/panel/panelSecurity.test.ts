// The Control Panel's gate, over plain HTTP: the one-time start token, the session cookie, the Host
// check (DNS rebinding), foreign Origins and missing CSRF tokens on POST, and the loopback check.

import { request } from 'node:http';
import type { IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../../src/store/open.js';
import type { Store } from '../../../src/store/store.js';
import { findDocument } from '../../../src/store/configRepository.js';
import { startPanelServer, type RunningPanel } from '../../../src/host/panel/server.js';
import { isLoopbackAddress, transportRefusal } from '../../../src/host/panel/security.js';
import '../../../src/cmdlets/index.js';

interface Answer {
  status: number;
  headers: IncomingMessage['headers'];
  body: string;
}

let store: Store;
let panel: RunningPanel;
let cookie = '';
let csrf = '';

function call(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: panel.port, path, method: options.method ?? 'GET', headers: { Host: `127.0.0.1:${panel.port}`, ...options.headers } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const withSession = (extra: Record<string, string> = {}) => ({ Cookie: cookie, ...extra });
const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const FORM = { 'Content-Type': 'application/x-www-form-urlencoded' };
const newPolicy = (name: string) => ({ mode: 'new', kind: 'user', name, EnableXmppAccess: 'on' });

beforeAll(async () => {
  store = openStore(':memory:');
  panel = await startPanelServer({ store, session: { localComputer: 'fe01.contoso.com', workingDirectory: process.cwd(), interactive: false }, port: 0 });
});

afterAll(async () => {
  await panel.close();
  store.close();
});

describe('csshell panel security', () => {
  it('refuses a request without a session', async () => {
    expect((await call('/')).status).toBe(403);
    expect((await call('/federation/policies')).status).toBe(403);
  });

  it('refuses a wrong token, trades the right one once for an HttpOnly SameSite=Strict cookie', async () => {
    expect((await call('/?token=0123')).status).toBe(403);
    const token = new URL(panel.url).searchParams.get('token')!;
    const first = await call(`/?token=${token}`);
    expect(first.status).toBe(303);
    expect(first.headers.location).toBe('/');
    const setCookie = String(first.headers['set-cookie']);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    cookie = setCookie.split(';')[0]!;
    expect((await call(`/?token=${token}`)).status).toBe(403);
    const home = await call('/', { headers: withSession() });
    expect(home.status).toBe(200);
    csrf = /name="csrf" value="([0-9a-f]+)"/.exec((await call('/federation/policies/new?kind=user', { headers: withSession() })).body)![1]!;
  });

  it('refuses another Host name (DNS rebinding), even with the session', async () => {
    const r = await call('/', { headers: withSession({ Host: `evil.example:${panel.port}` }) });
    expect(r.status).toBe(403);
    expect(r.body).not.toMatch(/External Access/);
  });

  it('refuses a cross-origin POST and a POST without the CSRF token, and changes nothing', async () => {
    const cross = await call('/federation/policies/commit', { method: 'POST', headers: withSession({ ...FORM, Origin: 'http://evil.example' }), body: form({ csrf, ...newPolicy('FromEvil') }) });
    expect(cross.status).toBe(403);
    const opaque = await call('/federation/policies/commit', { method: 'POST', headers: withSession({ ...FORM, Origin: 'null' }), body: form({ csrf, ...newPolicy('FromSandbox') }) });
    expect(opaque.status).toBe(403);
    const noToken = await call('/federation/policies/commit', { method: 'POST', headers: withSession(FORM), body: form(newPolicy('NoToken')) });
    expect(noToken.status).toBe(403);
    const wrongToken = await call('/federation/policies/commit', { method: 'POST', headers: withSession(FORM), body: form({ csrf: 'f'.repeat(64), ...newPolicy('WrongToken') }) });
    expect(wrongToken.status).toBe(403);
    for (const name of ['FromEvil', 'FromSandbox', 'NoToken', 'WrongToken']) expect(findDocument(store, 'ExternalAccessPolicy', `Tag:${name}`)).toBeUndefined();
    const ok = await call('/federation/policies/commit', { method: 'POST', headers: withSession({ ...FORM, Origin: `http://127.0.0.1:${panel.port}` }), body: form({ csrf, ...newPolicy('Allowed') }) });
    expect(ok.status).toBe(303);
    expect(findDocument(store, 'ExternalAccessPolicy', 'Tag:Allowed')?.doc.EnableXmppAccess).toBe(true);
  });

  it('keeps the session of each panel when two run at once (cookies are not told apart by port)', async () => {
    const other = await startPanelServer({ store, session: { localComputer: 'fe01.contoso.com', workingDirectory: process.cwd(), interactive: false }, port: 0 });
    try {
      const token = new URL(other.url).searchParams.get('token')!;
      const traded = await new Promise<IncomingMessage>((resolve, reject) => request({ host: '127.0.0.1', port: other.port, path: `/?token=${token}`, headers: { Host: `127.0.0.1:${other.port}` } }, resolve).on('error', reject).end());
      traded.resume();
      const otherCookie = String(traded.headers['set-cookie']).split(';')[0]!;
      // A browser keeps one cookie per name and path for 127.0.0.1: both must be there, both must work.
      expect(otherCookie.split('=')[0]).not.toBe(cookie.split('=')[0]);
      expect((await call('/', { headers: { Cookie: `${otherCookie}; ${cookie}` } })).status).toBe(200);
    } finally {
      await other.close();
    }
  });

  it('after the token, sends the browser only to one of its own pages', async () => {
    const other = await startPanelServer({ store, session: { localComputer: 'fe01.contoso.com', workingDirectory: process.cwd(), interactive: false }, port: 0 });
    try {
      const token = new URL(other.url).searchParams.get('token')!;
      const traded = await new Promise<IncomingMessage>((resolve, reject) =>
        request({ host: '127.0.0.1', port: other.port, path: `/.//evil.example/?token=${token}`, headers: { Host: `127.0.0.1:${other.port}` } }, resolve).on('error', reject).end(),
      );
      traded.resume();
      expect(traded.statusCode).toBe(303);
      expect(traded.headers.location).toBe('/');
    } finally {
      await other.close();
    }
  });

  it('sends headers that forbid framing, scripts and referrers to other sites', async () => {
    const r = await call('/', { headers: withSession() });
    expect(r.headers['x-frame-options']).toBe('DENY');
    expect(r.headers['content-security-policy']).toMatch(/default-src 'none'/);
    expect(r.headers['referrer-policy']).toBe('same-origin');
  });

  it('accepts only loopback addresses', () => {
    for (const a of ['127.0.0.1', '127.10.0.3', '::1', '::ffff:127.0.0.1']) expect(isLoopbackAddress(a)).toBe(true);
    for (const a of ['10.0.0.5', '192.168.1.2', '::ffff:10.0.0.5', 'fe80::1', '', undefined, '127.0.0.1.evil']) expect(isLoopbackAddress(a)).toBe(false);
    const fromLan = { socket: { remoteAddress: '192.168.1.20' }, headers: { host: '127.0.0.1:8080' }, method: 'GET' } as unknown as IncomingMessage;
    expect(transportRefusal(fromLan, 8080)).toMatch(/only this computer/);
    const fromHere = { socket: { remoteAddress: '127.0.0.1' }, headers: { host: 'localhost:8080' }, method: 'GET' } as unknown as IncomingMessage;
    expect(transportRefusal(fromHere, 8080)).toBeUndefined();
  });

  it('never shows a secret: the XMPP dialback passphrase stays out of every page', async () => {
    const set = await call('/federation/edge', { headers: withSession() });
    expect(set.status).toBe(200);
    const { PanelShell } = await import('../../../src/host/panel/panelShell.js');
    const shell = new PanelShell(store, { localComputer: 'fe01.contoso.com', workingDirectory: process.cwd(), interactive: false });
    await shell.run("Set-CsXmppGatewayConfiguration -DialbackPassphrase 'Sup3rSecretPhrase'");
    for (const path of ['/', '/users', '/topology', '/federation/policies', '/federation/edge', '/federation/domains', '/federation/providers', '/federation/xmpp', '/xmpp-check?user=kenmyer@contoso.com&domain=jabber.org']) {
      const page = await call(path, { headers: withSession() });
      expect(page.status, path).toBe(200);
      expect(page.body, path).not.toMatch(/Sup3rSecretPhrase|PRIVATE KEY/);
    }
  });
});
