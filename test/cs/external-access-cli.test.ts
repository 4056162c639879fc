// The walking-skeleton acceptance through the built CLI (npm test builds dist/ first).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

describe('csshell -c with the configuration cmdlets', () => {
  it('New- then Get- of a per-user policy prints the aligned list', () => {
    const r = runCli([
      '--store',
      ':memory:',
      '-c',
      'New-CsExternalAccessPolicy -Identity XmppUsers -EnableFederationAccess $true -EnableXmppAccess $true; Get-CsExternalAccessPolicy -Identity XmppUsers',
    ]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Identity                          : Tag:XmppUsers');
    expect(r.stdout).toContain('EnableFederationAccess            : True');
    expect(r.stdout).toContain('EnableXmppAccess                  : True');
    expect(r.status).toBe(0);
  });

  it('a store file keeps partners and Edge settings between processes', () => {
    const store = join(mkdtempSync(join(tmpdir(), 'csshell-config-')), 'cms.db');
    const first = runCli(['--store', store, '-c', 'New-CsXmppAllowedPartner jabber.org -AdditionalDomains "im.jabber.org" | Out-Null; Set-CsAccessEdgeConfiguration -AllowFederatedUsers $true']);
    expect(first.stdout + first.stderr).toBe('');
    const second = runCli(['--store', store, '-c', 'Get-CsXmppAllowedPartner; (Get-CsAccessEdgeConfiguration).AllowFederatedUsers']);
    expect(second.stdout).toContain('AdditionalDomains          : {im.jabber.org}');
    expect(second.stdout).toContain('True');
  });
});
