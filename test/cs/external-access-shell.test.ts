// External access policy cmdlets as an admin types them: parser, binder, cmdlets, store and formatter.
import { getUserBySip, setUserPolicy } from '../../src/store/usersRepository.js';
import { describe, expect, it } from 'vitest';
import { evalPs, newStore, runPs } from '../helpers/run.js';
import { PSObject } from '../../src/engine/runtime/values.js';
import { countUsersWithExternalAccessPolicy, getExternalAccessPolicy } from '../../src/store/configRepository.js';

const ids = (values: unknown[]) => values.map((v) => (v as PSObject).get('Identity'));

describe('external access policies in the shell', () => {
  it('the walking skeleton: New- then Get- prints an aligned list', async () => {
    const r = await runPs('New-CsExternalAccessPolicy -Identity XmppUsers -EnableFederationAccess $true -EnableXmppAccess $true | Out-Null; Get-CsExternalAccessPolicy -Identity XmppUsers');
    expect(r.errors).toBe('');
    expect(r.output).toContain('Identity                          : Tag:XmppUsers');
    expect(r.output).toContain('EnableFederationAccess            : True');
    expect(r.output).toContain('EnableXmppAccess                  : True');
    expect(r.output).toContain('Description                       :\n');
  });

  it('positional identity, site and tag scopes, Get order', async () => {
    const { values } = await evalPs('New-CsExternalAccessPolicy B | Out-Null; New-CsExternalAccessPolicy site:dublin | Out-Null; New-CsExternalAccessPolicy tag:A | Out-Null; Get-CsExternalAccessPolicy');
    expect(ids(values)).toEqual(['Global', 'Site:Dublin', 'Tag:B', 'Tag:A']);
  });

  it('-Filter matches the displayed identity', async () => {
    const { values } = await evalPs('New-CsExternalAccessPolicy Seattle | Out-Null; New-CsExternalAccessPolicy site:Redmond | Out-Null; Get-CsExternalAccessPolicy -Filter tag:S*; Get-CsExternalAccessPolicy -Filter S*');
    expect(ids(values)).toEqual(['Tag:Seattle', 'Site:Redmond']);
  });

  it('errors: duplicate, global, unknown site, missing identity — in the 5.1 layout', async () => {
    const r = await runPs('New-CsExternalAccessPolicy X | Out-Null\nNew-CsExternalAccessPolicy X\nNew-CsExternalAccessPolicy Global\nNew-CsExternalAccessPolicy site:Paris\nGet-CsExternalAccessPolicy Nope');
    expect(r.errors).toContain('New-CsExternalAccessPolicy : "ExternalAccessPolicy" with identity "Tag:X" already exists. Use the Set- cmdlet to modify it.');
    expect(r.errors).toContain('ResourceExists: (Tag:X:String) [New-CsExternalAccessPolicy]');
    expect(r.errors).toContain('Cannot create a new "ExternalAccessPolicy" at the global scope. Use Set-CsExternalAccessPolicy to modify the global instance.');
    expect(r.errors).toContain('Site "Paris" was not found in the topology.');
    expect(r.errors).toContain('Get-CsExternalAccessPolicy : Cannot find "ExternalAccessPolicy" with identity "Nope".');
    expect(r.errors).toContain('FullyQualifiedErrorId : XdsObjectNotFound,Microsoft.Rtc.Management.Internal.GetExternalAccessPolicyCmdlet');
    expect(r.errors).toMatch(/At line:5 char:1/);
  });

  it('a failed command leaves the store byte-identical', async () => {
    const store = newStore();
    await runPs('New-CsExternalAccessPolicy X | Out-Null', { store });
    const before = store.db.serialize();
    const r = await runPs('New-CsExternalAccessPolicy X; New-CsExternalAccessPolicy site:Nowhere; Set-CsExternalAccessPolicy -Identity Missing -EnableXmppAccess $true; New-CsExternalAccessPolicy Y -WhatIf', { store });
    expect(r.errors).not.toBe('');
    expect(r.output).toContain('What if: Performing the operation "New-CsExternalAccessPolicy" on target "Tag:Y".');
    expect(store.db.serialize().equals(before)).toBe(true);
  });

  it('Set- without -Identity changes Global; pipeline binds -Instance', async () => {
    const store = newStore();
    await runPs('Set-CsExternalAccessPolicy -EnableFederationAccess $true; New-CsExternalAccessPolicy A | Out-Null; New-CsExternalAccessPolicy B | Out-Null; Get-CsExternalAccessPolicy -Filter tag:* | Set-CsExternalAccessPolicy -EnableXmppAccess $true', { store });
    expect(getExternalAccessPolicy(store, 'Global')).toMatchObject({ EnableFederationAccess: true, EnableXmppAccess: false });
    expect(getExternalAccessPolicy(store, 'A')?.EnableXmppAccess).toBe(true);
    expect(getExternalAccessPolicy(store, 'B')?.EnableXmppAccess).toBe(true);
  });

  it('-InMemory then Set -Instance commits', async () => {
    const store = newStore();
    await runPs('$p = New-CsExternalAccessPolicy Later -InMemory; $p.EnableOutsideAccess = $true; Set-CsExternalAccessPolicy -Instance $p', { store });
    expect(getExternalAccessPolicy(store, 'Later')?.EnableOutsideAccess).toBe(true);
  });

  it('Remove Global resets it with the warning; Remove site: through the pipeline', async () => {
    const store = newStore();
    const r = await runPs('Set-CsExternalAccessPolicy -EnableXmppAccess $true; Remove-CsExternalAccessPolicy global; New-CsExternalAccessPolicy site:Redmond | Out-Null; Get-CsExternalAccessPolicy -Filter site:* | Remove-CsExternalAccessPolicy', { store });
    expect(r.text).toContain('WARNING: Global configuration for "ExternalAccessPolicy" cannot be removed. Instead of removing it, the Global configuration for "ExternalAccessPolicy" has been reset to the default value.');
    expect(getExternalAccessPolicy(store, 'Global')?.EnableXmppAccess).toBe(false);
    expect(getExternalAccessPolicy(store, 'site:Redmond')).toBeUndefined();
  });

  it('removing an assigned per-user policy asks; -Force skips; users keep the dangling name', async () => {
    const store = newStore();
    await runPs('New-CsExternalAccessPolicy RedmondAccess | Out-Null', { store });
    setUserPolicy(store, getUserBySip(store, 'sip:kenmyer@contoso.com')!.id, 'ExternalAccessPolicy', 'RedmondAccess');
    const asked = await runPs('Remove-CsExternalAccessPolicy RedmondAccess', { store, interactive: true });
    const prompt = asked.host.prompts.at(-1)!;
    expect(prompt.caption).toBe('The policy "RedmondAccess" is currently assigned to one or more users. Assign a different policy to the users before removing this one.');
    expect(prompt.message).toBe('The policy is in use.');
    expect(getExternalAccessPolicy(store, 'RedmondAccess')).toBeUndefined(); // default answer is Yes
    await runPs('New-CsExternalAccessPolicy Other | Out-Null', { store });
    setUserPolicy(store, getUserBySip(store, 'sip:pilar@contoso.com')!.id, 'ExternalAccessPolicy', 'Other');
    const forced = await runPs('Remove-CsExternalAccessPolicy Other -Force', { store });
    expect(forced.errors).toBe('');
    expect(getExternalAccessPolicy(store, 'Other')).toBeUndefined();
    expect(countUsersWithExternalAccessPolicy(store, 'Other')).toBe(1);
  });

  it('binding errors come from the catalog metadata', async () => {
    const r = await runPs('New-CsExternalAccessPolicy -Identity X -Bogus 1');
    expect(r.errors).toContain("A parameter cannot be found that matches parameter name 'Bogus'.");
    const amb = await runPs('Get-CsExternalAccessPolicy -Identity Global -Filter g*');
    expect(amb.errors).toContain('Parameter set cannot be resolved using the specified named parameters.');
  });
});
