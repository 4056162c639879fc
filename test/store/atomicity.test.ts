// A failed command leaves the store file byte-for-byte unchanged; a successful one is durable.
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';
import { getSite, updateSite } from '../../src/store/topologyRepository.js';
import { getUserBySip } from '../../src/store/usersRepository.js';
import { runCmdlet } from '../cs/topologyHarness.js';
import { runPs } from '../helpers/run.js';

/** Checksum of the database file and its write-ahead log (both hold committed data in WAL mode). */
function checksum(path: string): string {
  const h = createHash('sha256');
  for (const p of [path, `${path}-wal`]) if (existsSync(p)) h.update(readFileSync(p));
  return h.digest('hex');
}

function fileStore(): { store: Store; path: string } {
  const path = join(mkdtempSync(join(tmpdir(), 'csshell-atomic-')), 'store.db');
  const store = openStore(path);
  store.db.pragma('wal_checkpoint(TRUNCATE)');
  return { store, path };
}

describe('failed commands change nothing', () => {
  it('a transaction that throws after writing is rolled back; the file is unchanged', () => {
    const { store, path } = fileStore();
    const before = checksum(path);
    expect(() =>
      store.transaction(() => {
        updateSite(store, 'Redmond', { description: 'changed' });
        throw new Error('refused half-way');
      }),
    ).toThrow('refused half-way');
    expect(checksum(path)).toBe(before);
    expect(getSite(store, 'Redmond')?.description).toBe('Redmond headquarters');
  });

  it('refused cmdlets leave the file unchanged', async () => {
    const { store, path } = fileStore();
    const before = checksum(path);
    const attempts: [string, Record<string, unknown>][] = [
      ['Set-CsSite', { Identity: 'Redmond', XmppFederationRoute: 'EdgeServer:nowhere.contoso.com', Description: 'x' }],
      ['Set-CsSite', { Identity: 'Paris', Description: 'x' }],
      ['Enable-CsUser', { Identity: 'Nora Lindgren', RegistrarPool: 'pool01.contoso.com', SipAddress: 'sip:kenmyer@contoso.com' }],
      ['Enable-CsUser', { Identity: 'Nora Lindgren', RegistrarPool: 'edge01.contoso.com', SipAddress: 'sip:nora@contoso.com' }],
      ['Enable-CsUser', { Identity: 'Nora Lindgren', RegistrarPool: 'pool01.contoso.com', SipAddress: 'sip:nora@fabrikam.com' }],
      ['Grant-CsExternalAccessPolicy', { Identity: 'Ken Myer', PolicyName: 'NoSuchPolicy' }],
      ['Grant-CsExternalAccessPolicy', { Identity: 'Ken Myer', PolicyName: 'Global' }],
      ['Move-CsUser', { Identity: 'Ken Myer', Target: 'edge01.contoso.com' }],
      ['Set-CsUser', { Identity: 'Ken Myer', LineURI: '4255550100' }],
      ['Remove-CsSipDomain', { Identity: 'contoso.com' }],
      ['New-CsSipDomain', { Identity: 'not a domain' }],
      ['Set-CsEdgeServer', { Identity: 'EdgeServer:edge01.contoso.com', Registrar: 'Registrar:nowhere.contoso.com', XmppListeningPort: 5270 }],
      ['Import-CsConfiguration', { FileName: 'C:\\no\\such\\file.zip' }],
    ];
    for (const [name, params] of attempts) {
      const r = await runCmdlet(store, name, params, { parameterSet: name === 'Import-CsConfiguration' ? 'FileName' : undefined });
      expect(r.errors.length + (r.terminating ? 1 : 0), `${name} should fail`).toBe(1);
      expect(checksum(path), `${name} changed the file`).toBe(before);
    }
  });

  it('a successful command is committed and seen by the next open', async () => {
    const { store, path } = fileStore();
    const r = await runCmdlet(store, 'Set-CsUser', { Identity: 'sip:kenmyer@contoso.com', LineURI: 'tel:+14255550199' });
    expect(r.errors).toEqual([]);
    store.close();
    const again = openStore(path);
    expect(getUserBySip(again, 'sip:kenmyer@contoso.com')?.lineUri).toBe('tel:+14255550199');
    again.close();
  });

  it('through the shell: refused commands, binding errors and a failing script leave the file unchanged', async () => {
    const { store, path } = fileStore();
    const before = checksum(path);
    const scripts = [
      'Set-CsSite -Identity Redmond -XmppFederationRoute Registrar:pool01.contoso.com',
      'Grant-CsExternalAccessPolicy -Identity "Ken Myer" -PolicyName Nope',
      'Enable-CsUser -Identity "Nora Lindgren" -RegistrarPool pool01.contoso.com -SipAddress sip:pilar@contoso.com',
      'Move-CsUser -Identity "Ken Myer" -Target pool01.contoso.com -Bogus 1',
      'Set-CsUser -Identity "Ken Myer" -EnterpriseVoiceEnabled maybe',
      'Enable-CsUser -Identity "*r*" -RegistrarPool pool01.contoso.com -SipAddress sip:same@contoso.com',
      'Import-CsConfiguration -FileName C:\\missing.zip',
    ];
    for (const script of scripts) {
      const r = await runPs(script, { store });
      expect(r.errors, script).not.toBe('');
      expect(checksum(path), script).toBe(before);
    }
  });
});
