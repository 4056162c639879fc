// External access policy cmdlets driven directly (no parser): scopes, display, errors, WhatIf, prompts.
import { listUsers, setUserPolicy } from '../../src/store/usersRepository.js';
import { describe, expect, it } from 'vitest';
import { PSObject } from '../../src/engine/runtime/values.js';
import { countUsersWithExternalAccessPolicy, getExternalAccessPolicy } from '../../src/store/configRepository.js';
import { demoStore, runHandler, snapshot } from './external-access.harness.js';

const props = (o: unknown) => (o as PSObject).properties().map((p) => [p.name, p.value]);

describe('New-/Get-CsExternalAccessPolicy', () => {
  it('creates a per-user policy from a bare name and shows Tag:<name>', async () => {
    const store = demoStore();
    const created = await runHandler(store, 'New-CsExternalAccessPolicy', { Identity: 'XmppUsers', EnableFederationAccess: true, EnableXmppAccess: true });
    expect(created.errors).toEqual([]);
    const got = await runHandler(store, 'Get-CsExternalAccessPolicy', { Identity: 'xmppusers' });
    expect(props(got.output[0])).toEqual([
      ['Identity', 'Tag:XmppUsers'],
      ['Description', null],
      ['EnableFederationAccess', true],
      ['EnableXmppAccess', true],
      ['EnablePublicCloudAccess', false],
      ['EnablePublicCloudAudioVideoAccess', false],
      ['EnableOutsideAccess', false],
    ]);
    expect((got.output[0] as PSObject).typeName).toBe('Microsoft.Rtc.Management.WritableConfig.Policy.ExternalAccess.ExternalAccessPolicy');
    expect(props(created.output[0])).toEqual(props(got.output[0]));
  });

  it('creates site policies with the topology spelling and refuses unknown sites', async () => {
    const store = demoStore();
    await runHandler(store, 'New-CsExternalAccessPolicy', { Identity: 'site:redmond' });
    expect(getExternalAccessPolicy(store, 'site:Redmond')?.Identity).toBe('Site:Redmond');
    const before = snapshot(store);
    const bad = await runHandler(store, 'New-CsExternalAccessPolicy', { Identity: 'site:Paris' });
    expect(bad.errors[0]).toMatchObject({ message: 'Site "Paris" was not found in the topology.', category: 'ObjectNotFound' });
    expect(snapshot(store).equals(before)).toBe(true);
  });

  it('refuses duplicates and the global scope', async () => {
    const store = demoStore();
    await runHandler(store, 'New-CsExternalAccessPolicy', { Identity: 'tag:Sales' });
    const dup = await runHandler(store, 'New-CsExternalAccessPolicy', { Identity: 'Sales' });
    expect(dup.errors[0]).toMatchObject({
      message: '"ExternalAccessPolicy" with identity "Tag:Sales" already exists. Use the Set- cmdlet to modify it.',
      category: 'ResourceExists',
    });
    const global = await runHandler(store, 'New-CsExternalAccessPolicy', { Identity: 'global' });
    expect(global.errors[0]).toMatchObject({
      message: 'Cannot create a new "ExternalAccessPolicy" at the global scope. Use Set-CsExternalAccessPolicy to modify the global instance.',
      category: 'InvalidOperation',
    });
  });

  it('lists Global, sites, then tags, and filters on the displayed identity', async () => {
    const store = demoStore();
    for (const id of ['tag:B', 'site:Dublin', 'A', 'site:Redmond']) await runHandler(store, 'New-CsExternalAccessPolicy', { Identity: id });
    const all = await runHandler(store, 'Get-CsExternalAccessPolicy', {});
    expect(all.output.map((o) => (o as PSObject).get('Identity'))).toEqual(['Global', 'Site:Dublin', 'Site:Redmond', 'Tag:B', 'Tag:A']);
    const tags = await runHandler(store, 'Get-CsExternalAccessPolicy', { Filter: 'tag:*' });
    expect(tags.output.map((o) => (o as PSObject).get('Identity'))).toEqual(['Tag:B', 'Tag:A']);
    const g = await runHandler(store, 'Get-CsExternalAccessPolicy', { Filter: 'g*' });
    expect(g.output.map((o) => (o as PSObject).get('Identity'))).toEqual(['Global']);
    const s = await runHandler(store, 'Get-CsExternalAccessPolicy', { Filter: 'S*' });
    expect(s.output.map((o) => (o as PSObject).get('Identity'))).toEqual(['Site:Dublin', 'Site:Redmond']);
  });

  it('reports a missing identity as a non-terminating ObjectNotFound error', async () => {
    const got = await runHandler(demoStore(), 'Get-CsExternalAccessPolicy', { Identity: 'Nope' });
    expect(got.output).toEqual([]);
    expect(got.errors[0]).toMatchObject({ message: 'Cannot find "ExternalAccessPolicy" with identity "Nope".', category: 'ObjectNotFound' });
  });

  it('-InMemory returns an object without storing it; Set -Instance commits it', async () => {
    const store = demoStore();
    const mem = await runHandler(store, 'New-CsExternalAccessPolicy', { Identity: 'Later', InMemory: true, EnableOutsideAccess: true });
    expect(getExternalAccessPolicy(store, 'Later')).toBeUndefined();
    await runHandler(store, 'Set-CsExternalAccessPolicy', { Instance: mem.output[0], EnableXmppAccess: true });
    expect(getExternalAccessPolicy(store, 'Later')).toMatchObject({ Identity: 'Tag:Later', EnableOutsideAccess: true, EnableXmppAccess: true });
  });
});

describe('Set-CsExternalAccessPolicy', () => {
  it('targets Global without -Identity and changes only the bound properties', async () => {
    const store = demoStore();
    await runHandler(store, 'Set-CsExternalAccessPolicy', { EnableFederationAccess: true, Description: 'org wide' });
    expect(getExternalAccessPolicy(store, 'Global')).toMatchObject({ Description: 'org wide', EnableFederationAccess: true, EnableXmppAccess: false });
  });

  it('binds -Instance per pipeline record', async () => {
    const store = demoStore();
    await runHandler(store, 'New-CsExternalAccessPolicy', { Identity: 'A' });
    await runHandler(store, 'New-CsExternalAccessPolicy', { Identity: 'B' });
    const tags = await runHandler(store, 'Get-CsExternalAccessPolicy', { Filter: 'tag:*' });
    await runHandler(store, 'Set-CsExternalAccessPolicy', { EnableXmppAccess: true }, {}, tags.output.map((o) => ({ Instance: o })));
    expect(getExternalAccessPolicy(store, 'A')?.EnableXmppAccess).toBe(true);
    expect(getExternalAccessPolicy(store, 'B')?.EnableXmppAccess).toBe(true);
    expect(getExternalAccessPolicy(store, 'Global')?.EnableXmppAccess).toBe(false);
  });

  it('-WhatIf writes nothing', async () => {
    const store = demoStore();
    const before = snapshot(store);
    const run = await runHandler(store, 'Set-CsExternalAccessPolicy', { Identity: 'global', EnableXmppAccess: true }, { process: false });
    expect(run.whatIf).toEqual(['Global']);
    expect(snapshot(store).equals(before)).toBe(true);
  });

  it('refuses an -Instance of another type', async () => {
    const store = demoStore();
    const run = await runHandler(store, 'Set-CsExternalAccessPolicy', { Instance: new PSObject('Other.Type', { Identity: 'Global' }) });
    expect(run.errors[0]?.category).toBe('InvalidArgument');
  });
});

describe('Remove-CsExternalAccessPolicy', () => {
  it('resets Global to its defaults with a warning', async () => {
    const store = demoStore();
    await runHandler(store, 'Set-CsExternalAccessPolicy', { EnableFederationAccess: true });
    const run = await runHandler(store, 'Remove-CsExternalAccessPolicy', { Identity: 'Global' });
    expect(run.warnings).toEqual([
      'Global configuration for "ExternalAccessPolicy" cannot be removed. Instead of removing it, the Global configuration for "ExternalAccessPolicy" has been reset to the default value.',
    ]);
    expect(getExternalAccessPolicy(store, 'Global')?.EnableFederationAccess).toBe(false);
  });

  it('asks before removing a policy users still hold; -Force removes and leaves their names dangling', async () => {
    const store = demoStore();
    await runHandler(store, 'New-CsExternalAccessPolicy', { Identity: 'RedmondAccess' });
    for (const user of listUsers(store, { enabled: true }).slice(0, 2)) setUserPolicy(store, user.id, 'ExternalAccessPolicy', 'RedmondAccess');
    const declined = await runHandler(store, 'Remove-CsExternalAccessPolicy', { Identity: 'RedmondAccess' }, { continueAnswer: false });
    expect(declined.continues).toEqual([
      {
        caption: 'The policy "RedmondAccess" is currently assigned to one or more users. Assign a different policy to the users before removing this one.',
        query: 'The policy is in use.',
      },
    ]);
    expect(getExternalAccessPolicy(store, 'RedmondAccess')).toBeDefined();
    const forced = await runHandler(store, 'Remove-CsExternalAccessPolicy', { Identity: 'RedmondAccess', Force: true });
    expect(forced.continues).toEqual([]);
    expect(getExternalAccessPolicy(store, 'RedmondAccess')).toBeUndefined();
    expect(countUsersWithExternalAccessPolicy(store, 'RedmondAccess')).toBe(2);
  });

  it('removes an unassigned policy without asking, and reports a missing one', async () => {
    const store = demoStore();
    await runHandler(store, 'New-CsExternalAccessPolicy', { Identity: 'Temp' });
    const run = await runHandler(store, 'Remove-CsExternalAccessPolicy', { Identity: 'tag:temp' });
    expect(run.continues).toEqual([]);
    expect(getExternalAccessPolicy(store, 'Temp')).toBeUndefined();
    const again = await runHandler(store, 'Remove-CsExternalAccessPolicy', { Identity: 'Temp' });
    expect(again.errors[0]?.message).toBe('Cannot find "ExternalAccessPolicy" with identity "Temp".');
  });
});
