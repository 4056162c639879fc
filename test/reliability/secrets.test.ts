// Secrets at rest: the store keeps private keys and the dialback passphrase sealed with a key file
// held beside it (`<store>.key`, 0600). The raw bytes of the database and its WAL never hold the
// key material or the passphrase; the certificates still work end to end; a store written before
// sealing existed is sealed when it is opened; a missing or wrong key file gives clear errors only
// where a secret is needed, and reading settings keeps working.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { openStore } from '../../src/store/open.js';
import { Store } from '../../src/store/store.js';
import { seedStore } from '../../src/store/seed.js';
import type { Store as StoreType } from '../../src/store/store.js';
import { getLabCa, listPendingRequests, pendingRequestPrivateKeyPem, storedPrivateKeyPem } from '../../src/store/certificateRepository.js';
import { getXmppGatewayConfiguration } from '../../src/store/configRepository.js';
import { generateFixtureStore } from '../../src/host/fixtureCommand.js';
import { runPs } from '../helpers/run.js';
import { openssl, sha1Fingerprint, tempDir } from '../pki/openssl.js';

const PFX_PASSWORD = 'Contoso!2026';
const PASSPHRASE = 'Dialback-Phrase-7Q2x';
const EDGE = 'edge01.contoso.com';
const EDGE_USES = 'AccessEdgeExternal,DataEdgeExternal,AudioVideoAuthentication,XmppServer';
const LAB_CA = '"ca.contoso.com\\Contoso Lab CA"';
const PREPARE = [
  'Set-CsExternalAccessPolicy -Identity Global -EnableXmppAccess $true -EnableFederationAccess $true',
  'Set-CsAccessEdgeConfiguration -AllowFederatedUsers $true',
  'New-CsXmppAllowedPartner -Identity jabber.org | Out-Null',
].join('\n');
const TEST_XMPP = 'Test-CsXmppIM -TargetFqdn pool01.contoso.com -UserSipAddress sip:kenmyer@contoso.com -Receiver user@jabber.org | Format-List Result, Diagnosis';

const open: StoreType[] = [];
afterEach(() => {
  for (const s of open.splice(0)) if (s.db.open) s.close();
});

function openTracked(path: string): StoreType {
  const s = openStore(path);
  open.push(s);
  return s;
}

/** A working directory with the sample Edge PFX under C:\certs and a store file in its own folder. */
function workspace() {
  const dir = tempDir('csshell-secrets-');
  mkdirSync(join(dir, 'certs'));
  copyFileSync(join(process.cwd(), 'fixtures', 'certs', 'edge-external.pfx'), join(dir, 'certs', 'edge-external.pfx'));
  return { dir, storePath: join(dir, 'data', 'cms.db') };
}

async function run(store: StoreType, dir: string, script: string, computer?: string) {
  const r = await runPs(script, { store, workingDirectory: dir, computer });
  return { ...r, flat: r.output.replace(/\s+/g, ' ') };
}

/** Every byte SQLite keeps on disk for the store: the database, its WAL and shared-memory files. */
function rawStoreBytes(storePath: string): Buffer {
  return Buffer.concat(['', '-wal', '-shm'].filter((s) => existsSync(storePath + s)).map((s) => readFileSync(storePath + s)));
}

/**
 * A run of the key's PEM body (base64) and of its DER bytes, both from the end of the key: the private
 * primes and exponents live there (the modulus near the start is public: the certificate holds it too).
 */
function keyMaterial(pem: string): { base64: string; der: Buffer } {
  const body = pem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, '');
  const der = Buffer.from(body, 'base64');
  return { base64: body.slice(-90, -10), der: der.subarray(der.length - 64) };
}

function expectNoKey(raw: Buffer, pem: string, label: string): void {
  const { base64, der } = keyMaterial(pem);
  expect(raw.includes(Buffer.from(base64)), `${label}: base64 of the key`).toBe(false);
  expect(raw.includes(der), `${label}: DER of the key`).toBe(false);
}

function mode(path: string): number {
  return statSync(path).mode & 0o777;
}

/** The key of the sample PFX, extracted by OpenSSL. */
function pfxKeyPem(dir: string): string {
  const out = openssl(['pkcs12', '-in', join('certs', 'edge-external.pfx'), '-passin', `pass:${PFX_PASSWORD}`, '-nocerts', '-nodes'], dir);
  return /-----BEGIN PRIVATE KEY-----[\s\S]*?-----END PRIVATE KEY-----\n/.exec(out)![0];
}

/** The sample PFX's own certificate (DER) and its thumbprint, by OpenSSL. */
function pfxLeaf(dir: string): { der: Buffer; thumbprint: string } {
  const certs = join(dir, 'certs');
  openssl(['pkcs12', '-in', 'edge-external.pfx', '-passin', `pass:${PFX_PASSWORD}`, '-nokeys', '-clcerts', '-out', 'leaf.pem'], certs);
  openssl(['x509', '-in', 'leaf.pem', '-outform', 'DER', '-out', 'leaf.der'], certs);
  return { der: readFileSync(join(certs, 'leaf.der')), thumbprint: sha1Fingerprint(certs, 'leaf.pem') };
}

function importAndAssign(dir: string): string {
  return [
    `Import-CsCertificate -Path C:\\certs\\edge-external.pfx -Password '${PFX_PASSWORD}'`,
    `Set-CsCertificate -Type ${EDGE_USES} -Thumbprint ${pfxLeaf(dir).thumbprint}`,
  ].join('\n');
}

/** Builds a store that holds every kind of secret: an imported PFX key, a pending request's key, the lab CA's key, an issued key, the passphrase. */
async function buildStoreWithSecrets() {
  const { dir, storePath } = workspace();
  const store = openStore(storePath);
  const setup = await run(store, dir, PREPARE);
  expect(setup.errors).toBe('');
  const edge = await run(
    store,
    dir,
    [
      importAndAssign(dir),
      'Request-CsCertificate -New -Type XmppServer -KeySize 1024 -Output C:\\certs\\pending.req',
      `Request-CsCertificate -New -Type AccessEdgeExternal -CA ${LAB_CA} -KeySize 1024`,
    ].join('\n'),
    EDGE,
  );
  expect(edge.errors).toBe('');
  const gateway = await run(store, dir, `Set-CsXmppGatewayConfiguration -DialbackPassphrase '${PASSPHRASE}'`);
  expect(gateway.errors).toBe('');
  return { dir, storePath, store };
}

// Building the store costs key generation and a PFX import: done once, then copied for each test.
let template: { dir: string; storePath: string };
beforeAll(async () => {
  const built = await buildStoreWithSecrets();
  built.store.close();
  template = { dir: built.dir, storePath: built.storePath };
});

/** A copy of the template store (database, key file, certificate files), opened. */
function storeWithSecrets() {
  const dir = tempDir('csshell-secrets-copy-');
  cpSync(template.dir, dir, { recursive: true });
  const storePath = join(dir, 'data', 'cms.db');
  return { dir, storePath, store: openTracked(storePath) };
}

describe('secrets in the store file', () => {
  it('neither the database nor its WAL holds key material or the passphrase; the key file is 32 bytes, 0600', async () => {
    const { dir, storePath, store } = await buildStoreWithSecrets();
    open.push(store);
    const pending = listPendingRequests(store, EDGE);
    expect(pending.length).toBeGreaterThanOrEqual(2);
    const keys: [string, string][] = [
      ['imported PFX key', pfxKeyPem(dir)],
      ['pending request key', pendingRequestPrivateKeyPem(store, pending[0]!.requestId)!],
      ['issued certificate key', pendingRequestPrivateKeyPem(store, pending[pending.length - 1]!.requestId)!],
      ['lab CA key', getLabCa(store)!.keyPem],
    ];
    for (const [, pem] of keys) expect(pem).toMatch(/-----BEGIN PRIVATE KEY-----/);
    for (const when of ['open', 'closed']) {
      if (when === 'closed') store.close();
      const raw = rawStoreBytes(storePath);
      expect(raw.includes(Buffer.from('PRIVATE KEY')), `${when}: PEM armour`).toBe(false);
      expect(raw.includes(Buffer.from(PASSPHRASE)), `${when}: passphrase`).toBe(false);
      expect(raw.includes(Buffer.from(PFX_PASSWORD)), `${when}: PFX password`).toBe(false);
      for (const [label, pem] of keys) expectNoKey(raw, pem, `${when}: ${label}`);
    }
    const keyPath = `${storePath}.key`;
    expect(statSync(keyPath).size).toBe(32);
    expect(mode(keyPath)).toBe(0o600);
    expect(mode(storePath)).toBe(0o600);
  });

  it('after reopening, the keys still serve: Test-CsXmppIM succeeds, a pending request takes its response, the lab CA issues', async () => {
    const { dir, storePath, store } = storeWithSecrets();
    store.close();
    const again = openTracked(storePath);
    expect(getXmppGatewayConfiguration(again).DialbackPassphrase).toBe(PASSPHRASE);
    const shown = await run(again, dir, 'Get-CsXmppGatewayConfiguration | Format-List DialbackPassphrase');
    expect(shown.flat).toContain(`DialbackPassphrase : ${PASSPHRASE}`);
    expect((await run(again, dir, TEST_XMPP)).flat).toContain('Result : Success');

    openssl(['req', '-x509', '-newkey', 'rsa:1024', '-nodes', '-keyout', 'ca.key', '-out', 'ca.crt', '-subj', '/CN=Peer CA', '-days', '5'], join(dir, 'certs'));
    openssl(['x509', '-req', '-in', 'pending.req', '-CA', 'ca.crt', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'pending.cer', '-days', '5', '-copy_extensions', 'copy'], join(dir, 'certs'));
    const fp = sha1Fingerprint(join(dir, 'certs'), 'pending.cer');
    const edge = await run(
      again,
      dir,
      [
        'Import-CsCertificate -Path C:\\certs\\pending.cer',
        `Request-CsCertificate -New -Type DataEdgeExternal -CA ${LAB_CA} -KeySize 1024`,
        'Request-CsCertificate -List | Format-List Status',
      ].join('\n'),
      EDGE,
    );
    expect(edge.errors).toBe('');
    expect(storedPrivateKeyPem(again, EDGE, fp)).toMatch(/-----BEGIN PRIVATE KEY-----/);
    expect(edge.flat).not.toContain('Pending');
  });

  it('a store written before sealing (plain PEM, clear passphrase) is sealed when it is opened and keeps working', async () => {
    const { dir, storePath } = workspace();
    const keyPem = pfxKeyPem(dir);
    mkdirSync(join(dir, 'data'));
    const legacy = Store.open(storePath);
    legacy.transaction(() => {
      seedStore(legacy);
      legacy.setMeta('seeded', '1');
    });
    // What the previous release wrote: the key as PKCS#8 PEM, the passphrase inside the JSON document.
    const leaf = pfxLeaf(dir);
    legacy.db
      .prepare('INSERT INTO cert_store (computer, thumbprint, der, private_key_pem, key_exportable, added) VALUES (?, ?, ?, ?, 0, ?)')
      .run(EDGE, leaf.thumbprint, leaf.der, keyPem, new Date().toISOString());
    // A key removed before the upgrade leaves its text in the file's free space.
    const removedKey = openssl(['genpkey', '-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:1024'], dir);
    legacy.db
      .prepare('INSERT INTO cert_store (computer, thumbprint, der, private_key_pem, key_exportable, added) VALUES (?, ?, ?, ?, 0, ?)')
      .run(EDGE, 'REMOVED', leaf.der, removedKey, new Date().toISOString());
    legacy.db.prepare("DELETE FROM cert_store WHERE thumbprint = 'REMOVED'").run();
    const row = legacy.db.prepare("SELECT doc FROM config_documents WHERE type = 'XmppGatewayConfiguration'").get() as { doc: string };
    const doc = { ...JSON.parse(row.doc), DialbackPassphrase: PASSPHRASE };
    legacy.db.prepare("UPDATE config_documents SET doc = ? WHERE type = 'XmppGatewayConfiguration'").run(JSON.stringify(doc));
    legacy.close();
    expect(rawStoreBytes(storePath).includes(Buffer.from('PRIVATE KEY'))).toBe(true);

    const store = openTracked(storePath);
    expect(existsSync(`${storePath}.key`)).toBe(true);
    expect(storedPrivateKeyPem(store, EDGE, leaf.thumbprint)).toBe(keyPem);
    const assigned = await run(store, dir, `Set-CsCertificate -Type XmppServer -Thumbprint ${leaf.thumbprint}`, EDGE);
    expect(assigned.errors).toBe('');
    expect(getXmppGatewayConfiguration(store).DialbackPassphrase).toBe(PASSPHRASE);
    store.close();
    const raw = rawStoreBytes(storePath);
    expect(raw.includes(Buffer.from('PRIVATE KEY'))).toBe(false);
    expect(raw.includes(Buffer.from(PASSPHRASE))).toBe(false);
    expectNoKey(raw, keyPem, 'legacy key');
    expectNoKey(raw, removedKey, 'removed legacy key');
  });
});

describe('a missing or wrong key file', () => {
  async function storeWithoutItsKey(replace: 'missing' | 'wrong' | 'short') {
    const { dir, storePath, store } = storeWithSecrets();
    store.close();
    const keyPath = `${storePath}.key`;
    renameSync(keyPath, `${keyPath}.saved`);
    if (replace === 'wrong') writeFileSync(keyPath, randomBytes(32), { mode: 0o600 });
    if (replace === 'short') writeFileSync(keyPath, 'not a key', { mode: 0o600 });
    const locked = openTracked(storePath);
    return { dir, storePath, keyPath, locked };
  }

  for (const replace of ['missing', 'wrong', 'short'] as const) {
    it(`(${replace}) settings still read; commands that need a key fail clearly and change nothing`, async () => {
      const { dir, keyPath, locked } = await storeWithoutItsKey(replace);
      if (replace === 'missing') expect(existsSync(keyPath)).toBe(false);
      const read = await run(locked, dir, 'Get-CsXmppGatewayConfiguration | Format-List KeepAliveInterval, DialbackPassphrase; Get-CsXmppAllowedPartner | Format-List Identity');
      expect(read.errors).toBe('');
      expect(read.flat).toContain('KeepAliveInterval : 300');
      expect(read.flat).toContain('DialbackPassphrase : ********');
      expect(read.flat).not.toContain(PASSPHRASE);
      const certs = await run(locked, dir, 'Get-CsCertificate | Format-List Use', EDGE);
      expect(certs.errors).toBe('');
      expect(certs.flat).toContain('Use : XMPPServer');

      const before = listPendingRequests(locked, EDGE).length;
      const issue = await run(locked, dir, `Request-CsCertificate -New -Type DataEdgeExternal -CA ${LAB_CA} -KeySize 1024`, EDGE);
      expect(issue.errors).toMatch(/^Request-CsCertificate : .*key file .*cms\.db\.key/);
      // No JavaScript stack frame, no internal error text.
      expect(issue.errors).not.toMatch(/^\s+at .*:\d+:\d+\)?$|TypeError|ReferenceError|undefined|\[object /m);
      expect(listPendingRequests(locked, EDGE).length).toBe(before);

      const passphrase = await run(locked, dir, "Set-CsXmppGatewayConfiguration -DialbackPassphrase 'Another-Phrase'");
      expect(passphrase.errors).toMatch(/^Set-CsXmppGatewayConfiguration : .*key file/);
      const other = await run(locked, dir, 'Set-CsXmppGatewayConfiguration -KeepAliveInterval 120');
      expect(other.errors).toBe('');

      const assign = await run(locked, dir, `Set-CsCertificate -Type XmppServer -Thumbprint ${pfxLeaf(dir).thumbprint}`, EDGE);
      expect(assign.errors).toMatch(/^Set-CsCertificate : .*private key of certificate .*key file/);

      const test = await run(locked, dir, TEST_XMPP);
      expect(test.flat).toContain('Result : Failure');
      expect(test.flat).toMatch(/private key .*cannot be read/);
    });
  }

  it('putting the key file back restores every secret, including a passphrase kept through a Set- of other settings', async () => {
    const { dir, storePath, keyPath, locked } = await storeWithoutItsKey('missing');
    expect((await run(locked, dir, 'Set-CsXmppGatewayConfiguration -KeepAliveInterval 120')).errors).toBe('');
    expect((await run(locked, dir, '$c = Get-CsXmppGatewayConfiguration; $c.StreamInactivityTimeout = 900; Set-CsXmppGatewayConfiguration -Instance $c')).errors).toBe('');
    locked.close();
    renameSync(`${keyPath}.saved`, keyPath);
    const store = openTracked(storePath);
    expect(getXmppGatewayConfiguration(store)).toMatchObject({ DialbackPassphrase: PASSPHRASE, KeepAliveInterval: 120, StreamInactivityTimeout: 900 });
    expect((await run(store, dir, TEST_XMPP)).flat).toContain('Result : Success');
  });
});

describe('exports and generated stores', () => {
  it('Export-CsConfiguration does not write the passphrase in clear; importing it back keeps the passphrase', async () => {
    const { dir, store } = storeWithSecrets();
    mkdirSync(join(dir, 'backup'));
    const exported = await run(store, dir, 'Export-CsConfiguration -FileName C:\\backup\\cms.json');
    expect(exported.errors).toBe('');
    const text = readFileSync(join(dir, 'backup', 'cms.json'), 'utf8');
    expect(text).not.toContain(PASSPHRASE);
    expect(text).not.toContain('PRIVATE KEY');
    await run(store, dir, "Set-CsXmppGatewayConfiguration -DialbackPassphrase 'Changed-Phrase'");
    const restored = await run(store, dir, 'Import-CsConfiguration -FileName C:\\backup\\cms.json');
    expect(restored.errors).toBe('');
    expect(getXmppGatewayConfiguration(store).DialbackPassphrase).toBe(PASSPHRASE);
  });

  it('an export taken from another store cannot bring its sealed passphrase: it is dropped with a warning', async () => {
    const { dir, store } = storeWithSecrets();
    mkdirSync(join(dir, 'backup'));
    await run(store, dir, 'Export-CsConfiguration -FileName C:\\backup\\cms.json');
    const other = openTracked(join(dir, 'other', 'other.db'));
    const r = await run(other, dir, 'Import-CsConfiguration -FileName C:\\backup\\cms.json');
    expect(r.errors).toBe('');
    expect(r.text).toMatch(/WARNING: .*DialbackPassphrase/);
    expect(getXmppGatewayConfiguration(other).DialbackPassphrase).toBeNull();
    expect(getXmppGatewayConfiguration(other).KeepAliveInterval).toBe(300);
  });

  it('csshell fixture generate makes the key file with the store, both 0600', () => {
    const dir = tempDir('csshell-secrets-fixture-');
    const path = join(dir, 'big.db');
    generateFixtureStore(path, 3);
    expect(statSync(`${path}.key`).size).toBe(32);
    expect(mode(`${path}.key`)).toBe(0o600);
    expect(mode(path)).toBe(0o600);
  });

  it('a throw-away :memory: store seals with a key held in memory and writes no key file', async () => {
    const store = openTracked(':memory:');
    const dir = tempDir('csshell-secrets-mem-');
    const r = await run(store, dir, `Set-CsXmppGatewayConfiguration -DialbackPassphrase '${PASSPHRASE}'`);
    expect(r.errors).toBe('');
    const row = store.db.prepare("SELECT doc FROM config_documents WHERE type = 'XmppGatewayConfiguration'").get() as { doc: string };
    expect(row.doc).not.toContain(PASSPHRASE);
    expect(getXmppGatewayConfiguration(store).DialbackPassphrase).toBe(PASSPHRASE);
    expect(existsSync(':memory:.key')).toBe(false);
  });
});
