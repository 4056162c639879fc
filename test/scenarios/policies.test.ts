// External access policy procedures for XMPP users, typed one command at a time as an admin would:
// global edit, a site policy, per-user policies with grant / unassign / effective policy, clean-up.
import { describe, expect, it } from 'vitest';
import { AdminConsole } from './admin.js';

describe('procedure: open the global policy to XMPP partners', () => {
  it('reads the defaults, fumbles two attempts, then sets federation and XMPP on Global', async () => {
    const c = new AdminConsole();
    const before = await c.ok('Get-CsExternalAccessPolicy -Identity global');
    expect(before.output).toContain('Identity                          : Global\nDescription                       :\nEnableFederationAccess            : False\nEnableXmppAccess                  : False');

    const unchanged = await c.snapshot();
    // A bare word is a string, and a Boolean parameter refuses strings.
    const typo = await c.type('Set-CsExternalAccessPolicy -Identity global -EnableXmppAccess true');
    expect(typo.errors).toContain("Set-CsExternalAccessPolicy : Cannot convert 'System.String' to the type 'System.Boolean' required by parameter 'EnableXmppAccess'.");
    expect(typo.errors).toContain('FullyQualifiedErrorId : CannotConvertArgument,Microsoft.Rtc.Management.Internal.SetExternalAccessPolicyCmdlet');
    // -Enable alone matches every Enable* switch.
    const vague = await c.type('Set-CsExternalAccessPolicy global -Enable $true');
    expect(vague.errors).toContain("the parameter name 'Enable' is ambiguous. Possible matches include: -EnableFederationAccess");
    expect(await c.snapshot()).toBe(unchanged);

    await c.ok('Set-CsExternalAccessPolicy -Identity global -EnableFederationAccess $true -EnableXmppAccess $true');
    const paged = await c.ok('Get-CsExternalAccessPolicy global | more');
    expect(paged.output).toContain('EnableFederationAccess            : True\nEnableXmppAccess                  : True');
    const after = await c.one('Get-CsExternalAccessPolicy global');
    expect([after.get('Identity'), after.get('EnableFederationAccess'), after.get('EnableXmppAccess'), after.get('EnableOutsideAccess')]).toEqual(['Global', true, true, false]);
    expect((await c.xmppTest()).diagnosis).not.toMatch(/does not allow XMPP access/);
  });

  it('Remove-CsExternalAccessPolicy global resets the global policy with a warning instead of deleting it', async () => {
    const c = new AdminConsole();
    await c.ok('Set-CsExternalAccessPolicy -EnableXmppAccess $true -EnableOutsideAccess $true -Description "opened for XMPP"');
    expect((await c.one('Get-CsExternalAccessPolicy')).get('Description')).toBe('opened for XMPP');
    const reset = await c.ok('Remove-CsExternalAccessPolicy -Identity global');
    expect(reset.warnings).toBe('WARNING: Global configuration for "ExternalAccessPolicy" cannot be removed. Instead of removing it, the Global configuration for "ExternalAccessPolicy" has been reset to the default value.\n');
    const g = await c.one('Get-CsExternalAccessPolicy -Identity Global');
    expect([g.get('Description'), g.get('EnableXmppAccess'), g.get('EnableOutsideAccess')]).toEqual([null, false, false]);
  });
});

describe('procedure: a site policy for Redmond', () => {
  it('creates, rejects duplicates and unknown sites, edits and deletes the site policy; Redmond users follow it', async () => {
    const c = new AdminConsole();
    const created = await c.ok('New-CsExternalAccessPolicy -Identity site:Redmond -EnableFederationAccess $true -EnableXmppAccess $true -Description "Redmond XMPP"');
    expect(created.output).toMatch(/Identity {26}: Site:Redmond\nDescription {23}: Redmond XMPP\nEnableFederationAccess {12}: True\nEnableXmppAccess {18}: True/);

    const again = await c.type('New-CsExternalAccessPolicy -Identity site:redmond');
    expect(again.errors).toContain('"ExternalAccessPolicy" with identity "Site:Redmond" already exists.');
    const nowhere = await c.type('New-CsExternalAccessPolicy -Identity site:Seattle -EnableXmppAccess $true');
    expect(nowhere.errors).toContain('Site "Seattle" was not found in the topology.');
    expect((await c.objects('Get-CsExternalAccessPolicy -Filter site:*')).map((p) => p.get('Identity'))).toEqual(['Site:Redmond']);

    // Ken is homed in Redmond: the site policy governs him without any grant.
    expect((await c.xmppTest()).diagnosis).toMatch(/^Federation is disabled on the Edge/);
    await c.ok('Set-CsExternalAccessPolicy site:Redmond -EnableXmppAccess $false');
    expect((await c.xmppTest()).diagnosis).toMatch(/^Policy Site:Redmond does not allow XMPP access \(EnableXmppAccess=False\)/);

    await c.ok('Get-CsExternalAccessPolicy -Filter site:* | Remove-CsExternalAccessPolicy');
    expect(await c.objects('Get-CsExternalAccessPolicy -Filter site:*')).toEqual([]);
    expect((await c.xmppTest()).diagnosis).toMatch(/^Policy Global does not allow XMPP access/);
  });
});

describe('procedure: a per-user XMPP policy', () => {
  it('creates the policy, grants it by display name, SIP address and pipeline, and finds who has it', async () => {
    const c = new AdminConsole();
    await c.ok('New-CsExternalAccessPolicy -Identity XmppPilot -EnableFederationAccess $true -EnableXmppAccess $true -Desc "XMPP pilot group"');
    expect((await c.one('Get-CsExternalAccessPolicy -Identity tag:XmppPilot')).get('Identity')).toBe('Tag:XmppPilot');

    await c.ok('Grant-CsExternalAccessPolicy -Identity "Ken Myer" -PolicyName XmppPilot');
    const passthru = await c.ok('Grant-CsExternalAccessPolicy sip:pilar@contoso.com XmppPilot -PassThru | fl DisplayName,ExternalAccessPolicy');
    expect(passthru.output).toContain('DisplayName          : Pilar Ackerman\nExternalAccessPolicy : XmppPilot');
    await c.ok('Get-CsUser -Filter {Department -eq "Sales"} | Grant-CsExternalAccessPolicy -PolicyName tag:XmppPilot');

    const holders = (await c.values('Get-CsUser -Filter {ExternalAccessPolicy -eq "XmppPilot"} | Select-Object -ExpandProperty SipAddress')) as string[];
    expect(holders).toEqual(expect.arrayContaining(['sip:kenmyer@contoso.com', 'sip:pilar@contoso.com']));
    const sales = (await c.values('(Get-CsUser -Filter {Department -eq "Sales"}).Count'))[0] as number;
    expect(holders.length).toBeGreaterThanOrEqual(sales);

    // A misspelt property in the filter is refused rather than quietly matching nobody.
    const typo = await c.type('Get-CsUser -Filter {ExternalAccesPolicy -eq "XmppPilot"}');
    expect(typo.errors).toContain('Get-CsUser : The filter "ExternalAccesPolicy -eq "XmppPilot"" is not valid: "ExternalAccesPolicy" is not a recognized filterable property.');
    expect(typo.output).toBe('');

    const ken = await c.one('Get-CsUser -Identity sip:kenmyer@contoso.com');
    expect(ken.get('ExternalAccessPolicy')).toBe('XmppPilot');
  });

  it('refuses to grant the global policy, an unknown name or an unknown user, and changes nothing', async () => {
    const c = new AdminConsole();
    await c.ok('New-CsExternalAccessPolicy XmppPilot -EnableXmppAccess $true');
    const unchanged = await c.snapshot();
    const global = await c.type('Grant-CsExternalAccessPolicy -Identity "Ken Myer" -PolicyName global');
    expect(global.errors).toContain('Grant-CsExternalAccessPolicy : Policy "global" is not a user policy. You can assign only a user policy to a specific user.');
    const typo = await c.type('Grant-CsExternalAccessPolicy -Identity "Ken Myer" -PolicyName XmppPliot');
    expect(typo.errors).toContain('Policy "XmppPliot" is not a user policy.');
    const nobody = await c.type('Grant-CsExternalAccessPolicy -Identity kenmyr@contoso.com -PolicyName XmppPilot');
    expect(nobody.errors).toContain('Grant-CsExternalAccessPolicy : Management object not found for identity "kenmyr@contoso.com".');
    expect(await c.snapshot()).toBe(unchanged);
  });

  it('unassigns with $null: the user falls back to the site policy, then to Global', async () => {
    const c = new AdminConsole();
    await c.ok('New-CsExternalAccessPolicy -Identity XmppPilot -EnableFederationAccess $true -EnableXmppAccess $true');
    await c.ok('New-CsExternalAccessPolicy -Identity site:Redmond -EnableFederationAccess $true -EnableXmppAccess $false');
    await c.ok('Grant-CsExternalAccessPolicy -Identity "Ken Myer" -PolicyName XmppPilot');
    expect((await c.xmppTest()).diagnosis).toMatch(/^Federation is disabled on the Edge/);

    await c.ok('Grant-CsExternalAccessPolicy -Identity "Ken Myer" -PolicyName $null');
    expect((await c.one('Get-CsUser "Ken Myer"')).get('ExternalAccessPolicy')).toBeFalsy();
    expect((await c.xmppTest()).diagnosis).toMatch(/^Policy Site:Redmond does not allow XMPP access/);

    await c.ok('Remove-CsExternalAccessPolicy -Identity site:Redmond');
    expect((await c.xmppTest()).diagnosis).toMatch(/^Policy Global does not allow XMPP access/);
  });

  it('removing a policy still assigned asks first; No keeps it, -Force removes it and users keep the dangling name', async () => {
    const c = new AdminConsole();
    await c.ok('New-CsExternalAccessPolicy -Identity XmppPilot -EnableFederationAccess $true -EnableXmppAccess $true');
    await c.ok('Grant-CsExternalAccessPolicy "Ken Myer" XmppPilot');

    const preview = await c.ok('Remove-CsExternalAccessPolicy -Identity XmppPilot -WhatIf');
    expect(preview.output).toBe('What if: Performing the operation "Remove-CsExternalAccessPolicy" on target "Tag:XmppPilot".\n');

    const declined = await c.type('Remove-CsExternalAccessPolicy -Identity XmppPilot', { choices: [1] });
    const asked = declined.prompts.at(-1)!;
    expect(`${asked.caption}\n${asked.message}`).toContain('The policy "XmppPilot" is currently assigned to one or more users. Assign a different policy to the users before removing this one.');
    expect((await c.objects('Get-CsExternalAccessPolicy -Filter tag:*')).map((p) => p.get('Identity'))).toEqual(['Tag:XmppPilot']);

    await c.ok('Remove-CsExternalAccessPolicy -Identity XmppPilot -Force');
    expect(await c.objects('Get-CsExternalAccessPolicy -Filter tag:*')).toEqual([]);
    expect((await c.one('Get-CsUser "Ken Myer"')).get('ExternalAccessPolicy')).toBe('XmppPilot');
    // The name no longer resolves, so Global governs Ken again.
    expect((await c.xmppTest()).diagnosis).toMatch(/^Policy Global does not allow XMPP access/);
  });
});
