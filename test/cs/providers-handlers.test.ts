// Public and hosting provider cmdlets driven directly (no parser).
import { describe, expect, it } from 'vitest';
import { PSObject } from '../../src/engine/runtime/values.js';
import { listHostingProviders, listPublicProviders } from '../../src/store/configRepository.js';
import { demoStore, runHandler } from './external-access.harness.js';

const props = (o: unknown) => (o as PSObject).properties().map((p) => [p.name, p.value]);

describe('public providers', () => {
  it('a fresh store has none; New- creates with defaults in display order', async () => {
    const store = demoStore();
    expect((await runHandler(store, 'Get-CsPublicProvider', {})).output).toEqual([]);
    const run = await runHandler(store, 'New-CsPublicProvider', { Identity: 'Skype', ProxyFqdn: 'federation.messenger.msn.com', Enabled: true });
    expect(props(run.output[0])).toEqual([
      ['Identity', 'Skype'],
      ['Name', 'Skype'],
      ['ProxyFqdn', 'federation.messenger.msn.com'],
      ['Enabled', true],
      ['VerificationLevel', 'AlwaysVerifiable'],
      ['IconUrl', null],
      ['NameDecorationDomain', null],
      ['NameDecorationRoutingDomain', null],
      ['NameDecorationExcludedDomainList', null],
      ['EnableSkypeIdRouting', false],
      ['EnableSkypeDirectorySearch', false],
    ]);
    expect((run.output[0] as PSObject).typeName).toBe('Microsoft.Rtc.Management.WritableConfig.Settings.Edge.DisplayPublicProvider');
  });

  it('Enable-/Disable- flip Enabled by identity or instance; Set- changes the level', async () => {
    const store = demoStore();
    await runHandler(store, 'New-CsPublicProvider', { Identity: 'Skype', ProxyFqdn: 'federation.messenger.msn.com', Enabled: false });
    await runHandler(store, 'Enable-CsPublicProvider', { Identity: 'skype' });
    expect(listPublicProviders(store)[0]?.Enabled).toBe(true);
    const obj = (await runHandler(store, 'Get-CsPublicProvider', { Identity: 'Skype' })).output[0];
    await runHandler(store, 'Disable-CsPublicProvider', {}, {}, [{ Instance: obj }]);
    expect(listPublicProviders(store)[0]?.Enabled).toBe(false);
    await runHandler(store, 'Set-CsPublicProvider', { Identity: 'Skype', VerificationLevel: 'UseSourceVerification' });
    expect(listPublicProviders(store)[0]?.VerificationLevel).toBe('UseSourceVerification');
    const missing = await runHandler(store, 'Enable-CsPublicProvider', { Identity: 'Nope' });
    expect(missing.errors[0]?.message).toBe('Cannot find "PublicProvider" with identity "Nope".');
  });
});

describe('hosting providers', () => {
  it('New- with the mandatory switches, defaults SipClientPort 443, Remove- deletes', async () => {
    const store = demoStore();
    const run = await runHandler(store, 'New-CsHostingProvider', { Identity: 'Exchange Online', ProxyFqdn: 'exap.um.outlook.com', Enabled: true, EnabledSharedAddressSpace: true, HostsOCSUsers: false, IsLocal: false });
    expect(props(run.output[0])).toEqual([
      ['Identity', 'Exchange Online'],
      ['Name', 'Exchange Online'],
      ['ProxyFqdn', 'exap.um.outlook.com'],
      ['VerificationLevel', 'AlwaysVerifiable'],
      ['Enabled', true],
      ['EnabledSharedAddressSpace', true],
      ['HostsOCSUsers', false],
      ['IsLocal', false],
      ['AutodiscoverUrl', null],
      ['SipClientPort', 443],
    ]);
    await runHandler(store, 'Disable-CsHostingProvider', { Identity: 'exchange online' });
    expect(listHostingProviders(store)[0]?.Enabled).toBe(false);
    await runHandler(store, 'Remove-CsHostingProvider', { Identity: 'Exchange Online', Force: true });
    expect(listHostingProviders(store)).toEqual([]);
  });
});
