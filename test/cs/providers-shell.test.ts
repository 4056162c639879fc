// Public and hosting provider cmdlets as an admin types them.
import { describe, expect, it } from 'vitest';
import { newStore, runPs } from '../helpers/run.js';
import { listHostingProviders, listPublicProviders } from '../../src/store/configRepository.js';

describe('providers in the shell', () => {
  it('public provider lifecycle: New, Disable, Enable by pipeline, Set, Remove', async () => {
    const store = newStore();
    const r = await runPs('New-CsPublicProvider -Identity Skype -ProxyFqdn federation.messenger.msn.com -Enabled $true', { store });
    expect(r.output).toContain('Name                             : Skype');
    expect(r.output).toContain('VerificationLevel                : AlwaysVerifiable');
    await runPs('Disable-CsPublicProvider Skype', { store });
    expect(listPublicProviders(store)[0]?.Enabled).toBe(false);
    await runPs('Get-CsPublicProvider | Enable-CsPublicProvider', { store });
    expect(listPublicProviders(store)[0]?.Enabled).toBe(true);
    await runPs('Set-CsPublicProvider Skype -VerificationLevel AlwaysUnverifiable', { store });
    expect(listPublicProviders(store)[0]?.VerificationLevel).toBe('AlwaysUnverifiable');
    await runPs('Remove-CsPublicProvider Skype', { store });
    expect(listPublicProviders(store)).toEqual([]);
  });

  it('New-CsPublicProvider needs -ProxyFqdn and -Enabled', async () => {
    const r = await runPs('New-CsPublicProvider -Identity Skype');
    expect(r.errors).toContain('Cannot process command because of one or more missing mandatory parameters: ProxyFqdn Enabled.');
  });

  it('hosting provider lifecycle', async () => {
    const store = newStore();
    await runPs('New-CsHostingProvider -Identity Hosted -ProxyFqdn proxy.hosted.example.com -Enabled $false -EnabledSharedAddressSpace $true -HostsOCSUsers $true | Out-Null', { store });
    expect(listHostingProviders(store)[0]).toMatchObject({ Name: 'Hosted', SipClientPort: 443, EnabledSharedAddressSpace: true });
    await runPs('Enable-CsHostingProvider Hosted; Set-CsHostingProvider Hosted -SipClientPort 5061', { store });
    expect(listHostingProviders(store)[0]).toMatchObject({ Enabled: true, SipClientPort: 5061 });
    const r = await runPs('Remove-CsHostingProvider Nope', { store });
    expect(r.errors).toContain('Cannot find "HostingProvider" with identity "Nope".');
  });
});
