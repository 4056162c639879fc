// -Filter script blocks read session variables, including their properties ($row.Sam), as the
// product's filter parser does; they are never run as code.

import { describe, expect, it } from 'vitest';
import { evalPs } from '../helpers/run.js';

describe('Get-CsUser / Get-CsAdUser -Filter with variable properties', () => {
  it('reads a property of a custom object', async () => {
    const { values, errors } = await evalPs('$row = [pscustomobject]@{ Sam = "kenmyer" }; (Get-CsAdUser -Filter {SamAccountName -eq $row.Sam}).DisplayName');
    expect(errors).toBe('');
    expect(values).toEqual(['Ken Myer']);
  });

  it('reads a property of a user object and a hashtable key', async () => {
    const { values, errors } = await evalPs(
      '$u = Get-CsUser sip:pilar@contoso.com; (Get-CsUser -Filter { SipAddress -eq $u.SipAddress }).DisplayName; $h = @{ p = "pool02.contoso.com" }; @(Get-CsUser -Filter {RegistrarPool -eq $h.p}).Count -eq @(Get-CsUser -Filter {RegistrarPool -eq "pool02.contoso.com"}).Count',
    );
    expect(errors).toBe('');
    expect(values).toEqual(['Pilar Ackerman', true]);
  });

  it('a missing property reads as $null', async () => {
    const { values, errors } = await evalPs(
      'New-CsExternalAccessPolicy -Identity XmppUsers | Out-Null; Grant-CsExternalAccessPolicy -Identity sip:kenmyer@contoso.com -PolicyName XmppUsers; ' +
        '$row = [pscustomobject]@{ Sam = "kenmyer" }; $all = @(Get-CsUser).Count; ' +
        '$unset = @(Get-CsUser -Filter {ExternalAccessPolicy -eq $row.Nothing}); $unset.Count -eq $all - 1; $unset.SipAddress -contains "sip:kenmyer@contoso.com"',
    );
    expect(errors).toBe('');
    expect(values).toEqual([true, false]);
  });
});
