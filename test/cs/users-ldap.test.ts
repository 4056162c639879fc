// -LdapFilter of Get-CsUser / Get-CsAdUser and the cmdlets fed by them, typed as admins write the filters.
import { describe, expect, it } from 'vitest';
import { evalPs, newStore, runPs } from '../helpers/run.js';
import type { PSObject } from '../../src/engine/runtime/values.js';
import { parseLdapFilter, LdapFilterError } from '../../src/cmdlets/cs/users/ldapFilter.js';

async function names(script: string): Promise<string[]> {
  const r = await evalPs(script);
  expect(r.errors).toBe('');
  return r.values.map((v) => String((v as PSObject).get('DisplayName')));
}

describe('LDAP filters without outer parentheses', () => {
  it('a single comparison is wrapped, as the directory searcher does ("l=Redmond", "Department=Finance")', async () => {
    const wrapped = await names('Get-CsUser -LdapFilter "(l=Redmond)"');
    expect(wrapped.length).toBeGreaterThan(5);
    expect(await names('Get-CsUser -LdapFilter "l=Redmond"')).toEqual(wrapped);
    expect(await names('Get-CsUser -LdapFilter "Department=Finance"')).toEqual(await names('Get-CsUser -LdapFilter "(department=Finance)"'));
    expect(await names('Get-CsAdUser -LdapFilter "department=Finance"')).toContain('Pilar Ackerman');
  });

  it('AND / OR written without the outer parentheses', async () => {
    expect(await names('Get-CsUser -LdapFilter "&(Department=Finance)(Title=Finance Manager)"')).toHaveLength(1);
    expect(await names('Get-CsUser -LdapFilter "|(Title=Sales Director)(Title=Finance Manager)"')).toHaveLength(2);
    expect(await names('Get-CsUser -LdapFilter " & (l=Dublin) (department=Finance) "')).toContain('Pilar Ackerman');
  });

  it('feeds Grant-CsExternalAccessPolicy, Get-CsEffectivePolicy, Set-CsUser and Enable-CsUser', async () => {
    const store = newStore();
    const r = await runPs(
      'New-CsExternalAccessPolicy RedmondStaff | Out-Null\n' +
        'Get-CsUser -LdapFilter "l=Redmond" | Grant-CsExternalAccessPolicy -PolicyName RedmondStaff\n' +
        'Get-CsUser -LdapFilter "Department=Finance" | Set-CsUser -EnterpriseVoiceEnabled $true',
      { store },
    );
    expect(r.errors).toBe('');
    const ken = (await evalPs('Get-CsUser "Ken Myer"', { store })).values[0] as PSObject;
    expect(ken.get('ExternalAccessPolicy')).toBe('RedmondStaff');
    const eff = await evalPs('Get-CsUser -LdapFilter "sAMAccountName=kenmyer" | Get-CsEffectivePolicy', { store });
    expect((eff.values[0] as PSObject).get('ExternalAccessPolicy')).toBe('Tag:RedmondStaff');
    const finance = await evalPs('Get-CsUser -LdapFilter "department=Finance" | % EnterpriseVoiceEnabled', { store });
    expect(finance.values.length).toBeGreaterThan(0);
    expect(finance.values.every((v) => v === true)).toBe(true);
    const enable = await runPs('Get-CsAdUser -LdapFilter "!(msRTCSIP-UserEnabled=*)" | Enable-CsUser -RegistrarPool pool01.contoso.com -SipAddressType SamAccountName -SipDomain contoso.com', { store });
    expect(enable.errors).toBe('');
    expect((await evalPs('Get-CsAdUser -LdapFilter "!(msRTCSIP-PrimaryUserAddress=*)"', { store })).values).toEqual([]);
  });
});

describe('attributes admins filter on', () => {
  it('names are case-insensitive; common AD attributes, wildcards, presence and negation', async () => {
    expect(await names('Get-CsUser -LdapFilter "(SAMACCOUNTNAME=kenmyer)"')).toEqual(['Ken Myer']);
    expect(await names('Get-CsUser -LdapFilter "(userPrincipalName=pilar@*)"')).toEqual(['Pilar Ackerman']);
    expect(await names('Get-CsUser -LdapFilter "(&(givenName=Ken)(sn=Myer))"')).toEqual(['Ken Myer']);
    expect(await names('Get-CsUser -LdapFilter "(displayName=Ken M*)"')).toEqual(['Ken Myer']);
    expect(await names('Get-CsUser -LdapFilter "(mail=kenmyer@contoso.com)"')).toEqual(['Ken Myer']);
    expect(await names('Get-CsUser -LdapFilter "(msRTCSIP-PrimaryUserAddress=sip:kenmyer@*)"')).toEqual(['Ken Myer']);
    const all = await names('Get-CsUser');
    expect(await names('Get-CsUser -LdapFilter "(msRTCSIP-UserEnabled=TRUE)"')).toHaveLength(all.length);
    expect(await names('Get-CsUser -LdapFilter "(physicalDeliveryOfficeName=Dublin)"')).toEqual(await names('Get-CsUser -LdapFilter "(l=Dublin)"'));
    expect(await names('Get-CsUser -LdapFilter "(company=Contoso)"')).toHaveLength(all.length);
    expect(await names('Get-CsUser -LdapFilter "(msRTCSIP-PrimaryHomeServer=*CN=2:1,*)"')).toEqual(await names('Get-CsUser -Filter {RegistrarPool -eq "pool02.contoso.com"}'));
    expect(await names('Get-CsUser -LdapFilter "(title=*)"')).toHaveLength(all.length);
    expect(await names('Get-CsUser -LdapFilter "(title=*Engineer)"')).toEqual(expect.arrayContaining([expect.any(String)]));
    expect(await names('Get-CsUser -LdapFilter "(!(title=*Engineer*))"')).not.toEqual(all);
    expect(await names('Get-CsUser -LdapFilter "(&(objectCategory=person)(objectClass=user)(!(userAccountControl:1.2.840.113556.1.4.803:=2)))"')).toHaveLength(all.length);
  });

  it('an escaped asterisk is a literal character, not a wildcard', () => {
    const node = parseLdapFilter('(title=a\\2ab)');
    expect(node).toMatchObject({ kind: 'item', value: 'a*b' });
    expect((node as { pattern?: RegExp }).pattern).toBeUndefined();
  });

  it('broken filters keep a clear InvalidArgument error with the position in the typed text', async () => {
    expect(() => parseLdapFilter('l=Redmond)')).toThrow(LdapFilterError);
    const r = await runPs('Get-CsUser -LdapFilter "(department=Sales"');
    expect(r.errors).toContain('The LDAP filter "(department=Sales" is not valid: ")" expected');
    expect(r.errors).toContain('InvalidArgument');
    const empty = await runPs('Get-CsUser -LdapFilter "&"');
    expect(empty.errors).toContain('is not valid');
    // An empty filter is the directory searcher's default: every account.
    expect(await names('Get-CsUser -LdapFilter ""')).toEqual(await names('Get-CsUser'));
  });
});
