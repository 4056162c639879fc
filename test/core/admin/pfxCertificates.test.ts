// Get-PfxCertificate, Import-PfxCertificate and the Cert:\ drive of the shell's computer.
import { beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newStore, runPs } from '../../helpers/run.js';
import { cleanValues } from './adminHarness.js';
import { RecordingHost } from '../../../src/engine/recordingHost.js';
import { listStoredCertificates, storedPrivateKeyPem } from '../../../src/store/certificateRepository.js';
import type { Store } from '../../../src/store/store.js';

const PASSWORD = 'Contoso!2026';
const SECURE = `(ConvertTo-SecureString '${PASSWORD}' -AsPlainText -Force)`;
let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'csshell-pfx-'));
  for (const f of ['edge-external.pfx', 'edge-external.cer', 'corrupt.pfx', 'edge-expired.pfx']) copyFileSync(join('fixtures/certs', f), join(dir, f));
});

const EDGE = 'edge01.contoso.com';
const run = (script: string, store: Store = newStore(), host?: RecordingHost) => runPs(script, { store, workingDirectory: dir, computer: EDGE, host, interactive: host?.interactive });
const values = (script: string, store: Store = newStore()) => cleanValues(script, { store, workingDirectory: dir, computer: EDGE });
const rows = (store: Store) => listStoredCertificates(store, EDGE).map((c) => c.thumbprint);

describe('Get-PfxCertificate', () => {
  it('reads a .cer without asking and shows Thumbprint and Subject without a drive header', async () => {
    const r = await run('Get-PfxCertificate .\\edge-external.cer');
    expect(r.errors).toBe('');
    expect(r.text).toMatch(/^\nThumbprint {32}Subject\n-{10} {32}-{7}\n[0-9A-F]{40}  CN=sip\.contoso\.com, O=Contoso, C=US\n/);
    expect(r.text).not.toContain('PSParentPath');
    expect(await values('(Get-PfxCertificate .\\edge-external.cer).HasPrivateKey')).toEqual([false]);
  });

  it('a protected PFX in a batch run gives the NonInteractive error', async () => {
    const r = await run('Get-PfxCertificate -FilePath .\\edge-external.pfx');
    expect(r.errors).toContain('Get-PfxCertificate : Windows PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.');
  });

  it('in the console it asks for the password: right one reads the key, wrong one is 5.1\'s error', async () => {
    const host = new RecordingHost(true);
    host.lineAnswers.push(PASSWORD, 'nope');
    const r = await run('(Get-PfxCertificate .\\edge-external.pfx).HasPrivateKey; Get-PfxCertificate .\\edge-external.pfx', newStore(), host);
    expect(host.prompts.map((p) => p.caption)).toEqual(['Enter password: ', 'Enter password: ']);
    expect(r.text).toMatch(/^True\n/);
    expect(r.errors).toContain('Get-PfxCertificate : The specified network password is not correct.');
    expect(r.errors).toContain('CryptographicException');
  });

  it('missing, corrupt and outside files are errors', async () => {
    const r = await run('Get-PfxCertificate .\\none.pfx; Get-PfxCertificate .\\corrupt.pfx; Get-PfxCertificate ..\\..\\etc\\passwd');
    expect(r.errors).toContain("Cannot find path '.\\none.pfx' because it does not exist.");
    expect(r.errors).toContain('Get-PfxCertificate : Cannot find the requested object.');
    expect(r.errors.match(/Get-PfxCertificate :/g)).toHaveLength(3);
    expect(r.errors).not.toMatch(/at .*\.ts:\d+/);
  });
});

describe('Import-PfxCertificate and Cert:\\LocalMachine\\My', () => {
  it('imports into the computer store; Get-ChildItem lists it under the PSParentPath header', async () => {
    const store = newStore();
    const imported = await run(`Import-PfxCertificate -FilePath .\\edge-external.pfx -CertStoreLocation Cert:\\LocalMachine\\My -Password ${SECURE}`, store);
    expect(imported.errors).toBe('');
    const [thumbprint] = rows(store).filter((t) => imported.text.includes(t));
    expect(thumbprint).toMatch(/^[0-9A-F]{40}$/);
    const listing = await run('Get-ChildItem Cert:\\LocalMachine\\My', store);
    expect(listing.text).toBe(
      `\n\n   PSParentPath: Microsoft.PowerShell.Security\\Certificate::LocalMachine\\My\n\nThumbprint                                Subject\n----------                                -------\n${thumbprint}  CN=sip.contoso.com, O=Contoso, C=US\n\n\n`,
    );
    expect(await values(`(Get-Item Cert:\\LocalMachine\\My\\${thumbprint}).HasPrivateKey`, store)).toEqual([true]);
    expect(await values('Get-ChildItem Cert:\\LocalMachine\\Root | % Subject', store)).toEqual(['CN=Fabrikam Public Test Root, O=Fabrikam Trust']);
  });

  it('the key is sealed at rest and the certificate can be assigned to XMPP with Set-CsCertificate', async () => {
    const store = newStore();
    const [thumbprint] = (await values(`Import-PfxCertificate .\\edge-external.pfx Cert:\\LocalMachine\\My -Password ${SECURE} -Exportable | % Thumbprint`, store)) as string[];
    const raw = store.db.prepare('SELECT private_key_pem FROM cert_store WHERE thumbprint = ?').get(thumbprint) as { private_key_pem: string };
    expect(String(raw.private_key_pem)).not.toContain('PRIVATE KEY');
    expect(storedPrivateKeyPem(store, EDGE, thumbprint!)).toContain('PRIVATE KEY');
    expect(await values(`Set-CsCertificate -Type XmppServer -Thumbprint ${thumbprint}; (Get-CsCertificate -Type XmppServer).Thumbprint`, store)).toEqual([thumbprint]);
  });

  it('a wrong or missing password is 5.1\'s error and stores nothing', async () => {
    const store = newStore();
    const before = rows(store);
    const wrong = await run(`Import-PfxCertificate .\\edge-external.pfx Cert:\\LocalMachine\\My -Password (ConvertTo-SecureString 'bad' -AsPlainText -Force)`, store);
    expect(wrong.errors).toContain('Import-PfxCertificate : The PFX file you are trying to import requires either a different password or membership in an Active Directory principal to which it is protected.');
    const none = await run('Import-PfxCertificate .\\edge-external.pfx Cert:\\LocalMachine\\My', store);
    expect(none.errors).toContain('requires either a different password');
    const plain = await run(`Import-PfxCertificate .\\edge-external.pfx Cert:\\LocalMachine\\My -Password '${PASSWORD}'`, store);
    expect(plain.errors).toContain('System.Security.SecureString');
    expect(rows(store)).toEqual(before);
  });

  it('other stores, unknown paths, a corrupt file and -WhatIf change nothing', async () => {
    const store = newStore();
    const r = await run(
      [
        `Import-PfxCertificate .\\edge-external.pfx -CertStoreLocation Cert:\\CurrentUser\\My -Password ${SECURE}`,
        `Import-PfxCertificate .\\edge-external.pfx -CertStoreLocation Cert:\\LocalMachine\\Nope -Password ${SECURE}`,
        `Import-PfxCertificate .\\corrupt.pfx -CertStoreLocation Cert:\\LocalMachine\\My -Password ${SECURE}`,
        `Import-PfxCertificate .\\edge-external.pfx -CertStoreLocation Cert:\\LocalMachine\\My -Password ${SECURE} -WhatIf`,
        'Get-Item Cert:\\LocalMachine\\My\\0000000000000000000000000000000000000000',
      ].join('\n'),
      store,
    );
    expect(r.errors).toContain("'Cert:\\CurrentUser\\My' is not supported.");
    expect(r.errors).toContain("Cannot find path 'Cert:\\LocalMachine\\Nope' because it does not exist.");
    expect(r.errors).toContain('Import-PfxCertificate : Cannot find the requested object.');
    expect(r.text).toContain('What if: Performing the operation "Import-PfxCertificate" on target ".\\edge-external.pfx".');
    expect(r.errors).toContain("Cannot find path 'Cert:\\LocalMachine\\My\\0000000000000000000000000000000000000000' because it does not exist.");
    expect(rows(store)).toEqual([]);
  });
});
