// A command that writes the store and a file (-Report, -Output, -BackupFileName, an export) either
// succeeds with its file written or changes nothing: given a path that cannot be written, it fails
// ($? is False, an error names the path) and the store's content is what it was, row for row.

import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { thumbprintOf } from '../../src/pki/certificate.js';
import { readCertificateFile } from '../../src/pki/containers.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';
import { repoRoot } from '../helpers/cli.js';
import { runPs } from '../helpers/run.js';

/**
 * A file name Windows takes (135 characters) but this file system does not (270 bytes of UTF-8, over
 * its 255): the path passes every check, the folder exists, and only the write itself fails.
 */
const UNWRITABLE = `C:\\${'é'.repeat(130)}.html`;
const PFX = `-Path C:\\edge.pfx -Password 'Contoso!2026'`;
const ON_EDGE = 'Enter-PSSession edge01.contoso.com';
const IMPORTED = `${ON_EDGE}; Import-CsCertificate ${PFX}`;
const EDGE_PFX = readFileSync(join(repoRoot, 'fixtures', 'certs', 'edge-external.pfx'));
const THUMBPRINT = `$t = '${thumbprintOf(readCertificateFile(EDGE_PFX, 'Contoso!2026').certificates[0]!)}'`;

/** A digest of every row of every table: equal digests mean the store's content did not change. */
function content(store: Store): string {
  const hash = createHash('sha256');
  const tables = store.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[];
  for (const { name } of tables) {
    hash.update(name);
    hash.update(JSON.stringify(store.db.prepare(`SELECT * FROM "${name}"`).raw().all()));
  }
  return hash.digest('hex');
}

function workspace(): { dir: string; store: Store } {
  const dir = mkdtempSync(join(tmpdir(), 'csshell-files-'));
  writeFileSync(join(dir, 'edge.pfx'), EDGE_PFX);
  return { dir, store: openStore(join(dir, 'store.db')) };
}

interface Case {
  name: string;
  setup: string;
  command: string;
  /** The error the command reports; by default, that the unwritable file could not be written. */
  error?: string;
}

/** The working folder's files and digests of their contents (the store's own files aside). */
function folder(dir: string): Record<string, string> {
  const files = readdirSync(dir, { withFileTypes: true }).filter((f) => !f.name.startsWith('store.db'));
  return Object.fromEntries(files.map((f) => [f.name, f.isDirectory() ? '(folder)' : createHash('sha256').update(readFileSync(join(dir, f.name))).digest('hex')]));
}

const cases: Case[] = [
  { name: 'Set-CsCertificate -Thumbprint -Report', setup: IMPORTED, command: `${ON_EDGE}; ${THUMBPRINT}; Set-CsCertificate -Type XmppServer -Thumbprint $t -Report ${UNWRITABLE}` },
  { name: 'Set-CsCertificate -Path -Report', setup: '', command: `${ON_EDGE}; Set-CsCertificate -Identity Global -Type OAuthTokenIssuer ${PFX} -Report ${UNWRITABLE}` },
  { name: 'Import-CsCertificate -Report', setup: '', command: `${ON_EDGE}; Import-CsCertificate ${PFX} -Report ${UNWRITABLE}` },
  {
    name: 'Remove-CsCertificate -Report',
    setup: `${IMPORTED}; ${THUMBPRINT}; Set-CsCertificate -Type XmppServer -Thumbprint $t`,
    command: `${ON_EDGE}; Remove-CsCertificate -Type XmppServer -Force -Report ${UNWRITABLE}`,
  },
  { name: 'Request-CsCertificate -Output', setup: '', command: `${ON_EDGE}; Request-CsCertificate -New -Type XmppServer -KeySize 1024 -Output ${UNWRITABLE}` },
  {
    name: 'Request-CsCertificate -CA -Output',
    setup: '',
    command: `${ON_EDGE}; Request-CsCertificate -New -Type XmppServer -KeySize 1024 -CA "ca.contoso.com\\Contoso Lab CA" -Output ${UNWRITABLE}`,
  },
  {
    // The request is written, then the issued certificate cannot be (a folder has its name): the old request file stays.
    name: 'Request-CsCertificate -CA -Output, second file refused',
    setup: "New-Item -ItemType Directory C:\\edge.cer | Out-Null; 'an older request' | Set-Content C:\\edge.req",
    command: `${ON_EDGE}; Request-CsCertificate -New -Type XmppServer -KeySize 1024 -CA "ca.contoso.com\\Contoso Lab CA" -Output C:\\edge.req`,
    error: "Access to the path 'C:\\edge.cer' is denied.",
  },
  { name: 'Request-CsCertificate -Report', setup: '', command: `${ON_EDGE}; Request-CsCertificate -New -Type XmppServer -KeySize 1024 -Report ${UNWRITABLE}` },
  {
    name: 'Publish-CsTopology -BackupFileName',
    setup: 'Get-CsTopology -AsXml | Set-Content C:\\topology.xml',
    command: `Publish-CsTopology -FileName C:\\topology.xml -BackupFileName ${UNWRITABLE}`,
  },
  { name: 'Publish-CsTopology -Report', setup: 'Get-CsTopology -AsXml | Set-Content C:\\topology.xml', command: `Publish-CsTopology -FileName C:\\topology.xml -Report ${UNWRITABLE}` },
  { name: 'Enable-CsTopology -Report', setup: '', command: `Enable-CsTopology -Report ${UNWRITABLE}` },
  { name: 'Stop-CsWindowsService -Report', setup: '', command: `Stop-CsWindowsService -Name RTCRGS -Report ${UNWRITABLE}` },
  { name: 'Start-CsWindowsService -Report', setup: 'Stop-CsWindowsService -Name RTCRGS', command: `Start-CsWindowsService -Name RTCRGS -Report ${UNWRITABLE}` },
  { name: 'Move-CsUser -Report', setup: '', command: `Move-CsUser -Identity "Ken Myer" -Target pool02.contoso.com -Confirm:$false -Report ${UNWRITABLE}` },
  { name: 'Export-CsConfiguration', setup: '', command: `Export-CsConfiguration -FileName ${UNWRITABLE}` },
];

describe('a command whose file cannot be written changes nothing', () => {
  for (const c of cases) {
    it(c.name, async () => {
      const { dir, store } = workspace();
      if (c.setup) expect((await runPs(c.setup, { store, workingDirectory: dir })).errors).toBe('');
      const before = content(store);
      const files = folder(dir);
      const r = await runPs(`${c.command}\n"succeeded=$?"`, { store, workingDirectory: dir });
      expect(r.errors).toContain(c.error ?? `'${UNWRITABLE}' could not be written.`);
      expect(r.output).toContain('succeeded=False');
      expect(content(store)).toBe(before);
      expect(folder(dir)).toEqual(files);
    });
  }
});
