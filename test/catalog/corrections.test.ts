// Corrections to the extracted catalog, checked through the shell as an admin meets them.

import { describe, expect, it } from 'vitest';
import { csMetadata } from '../../src/catalog/registry.js';
import { evalPs, runPs } from '../helpers/run.js';

describe('catalog corrections', () => {
  it('drops Online-only parameters on-premises', async () => {
    expect(csMetadata('Get-CsExternalAccessPolicy').parameters.map((p) => p.name)).not.toContain('ApplicableTo');
    const r = await runPs('Get-CsExternalAccessPolicy -ApplicableTo kenmyer@contoso.com');
    expect(r.errors).toContain("A parameter cannot be found that matches parameter name 'ApplicableTo'.");
  });

  it('lets Get-CsAccessEdgeConfiguration pipe into Set- with settings (Instance set)', async () => {
    const { values, errors } = await evalPs(
      'Get-CsAccessEdgeConfiguration | Set-CsAccessEdgeConfiguration -AllowFederatedUsers $true; (Get-CsAccessEdgeConfiguration).AllowFederatedUsers',
    );
    expect(errors).toBe('');
    expect(values).toEqual([true]);
  });

  it('creates a hosting provider without the shared-address-space switches', async () => {
    const { values, errors } = await evalPs(
      'New-CsHostingProvider -Identity Fabrikam.com -ProxyFqdn proxy.fabrikam.com -Enabled $true | Out-Null; $h = Get-CsHostingProvider -Identity Fabrikam.com; $h.EnabledSharedAddressSpace; $h.HostsOCSUsers',
    );
    expect(errors).toBe('');
    expect(values).toEqual([false, false]);
  });

  it('a bare Start-CsWindowsService resolves to the Name set and starts the stopped services', async () => {
    const r = await runPs('Stop-CsWindowsService -Name RTCRGS; Start-CsWindowsService -WhatIf');
    expect(r.errors).toBe('');
    expect(r.output).toContain('What if: Performing the operation "Start-CsWindowsService" on target "RTCRGS (fe01.contoso.com)".');
    const { values, errors } = await evalPs('Stop-CsWindowsService -Name RTCRGS; Start-CsWindowsService; (Get-CsWindowsService -Name RTCRGS).Status');
    expect(errors).toBe('');
    expect(values).toEqual(['Running']);
  });

  it('names the target object by its string form in CategoryInfo, never [object Object]', async () => {
    const r = await runPs("[pscustomobject]@{ Name = 'x' } | Remove-CsXmppAllowedPartner");
    expect(r.errors).toContain('InputObjectNotBound');
    expect(r.errors).toContain('(@{Name=x}:PSObject)');
    expect(r.errors).not.toContain('[object Object]');
  });
});
