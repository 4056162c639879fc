// Help for the external access policy cmdlets, in our own words. Every example runs on a fresh demo store.
import { familyHelp } from './configFamilyHelp.js';
import type { HelpDeclaration } from '../../../catalog/help.js';

/** The help this module declares, gathered by its family index. */
export const help: HelpDeclaration[] = [];

const parameters: Record<string, string> = {
  Identity:
    'Which policy: Global for the organisation-wide policy, site:<site name> for the policy of one site, or tag:<name> (or just <name>) for a per-user policy. Names are matched without regard to case.',
  Description: 'Free text kept with the policy, for example why it exists or who it is meant for.',
  EnableFederationAccess: 'When $true, users governed by the policy can talk to people in federated organisations (SIP federation through the Edge).',
  EnableXmppAccess: 'When $true, users governed by the policy can talk to contacts on XMPP networks listed as allowed XMPP partners.',
  EnablePublicCloudAccess: 'When $true, users governed by the policy can talk to contacts on public IM providers.',
  EnablePublicCloudAudioVideoAccess: 'When $true, audio and video calls with public IM provider contacts are also allowed.',
  EnableOutsideAccess: 'When $true, users governed by the policy can sign in from outside the corporate network through the Edge, without a VPN.',
};

const related = ['Get-CsExternalAccessPolicy', 'New-CsExternalAccessPolicy', 'Set-CsExternalAccessPolicy', 'Remove-CsExternalAccessPolicy', 'Grant-CsExternalAccessPolicy'];
const outputs = 'ExternalAccessPolicy objects (Microsoft.Rtc.Management.WritableConfig.Policy.ExternalAccess.ExternalAccessPolicy).';

help.push(...familyHelp(parameters, {
  'Get-CsExternalAccessPolicy': {
    synopsis: 'Lists external access policies: the global one, site policies and per-user policies.',
    description:
      'External access policies decide whether users may reach people outside the organisation: federated companies, XMPP networks, public IM providers, and sign-in from the internet. ' +
      'Without parameters the cmdlet returns every policy, the global one first, then site policies, then per-user policies in the order they were created. ' +
      'Give -Identity for one policy or -Filter for a wildcard match on the identity.',
    examples: [
      { title: 'Show every policy', code: 'Get-CsExternalAccessPolicy', remarks: 'On a fresh deployment only the Global policy exists, with every setting off.', expect: { shows: ['Identity                          : Global', 'EnableFederationAccess            : False', 'EnableXmppAccess                  : False', 'EnableOutsideAccess               : False'], after: [['@(Get-CsExternalAccessPolicy).Count', '1']] } },
      {
        title: 'Show only the per-user policies',
        code: 'New-CsExternalAccessPolicy -Identity XmppUsers -EnableXmppAccess $true\nGet-CsExternalAccessPolicy -Filter "tag:*"',
        remarks: 'Creates a per-user policy, then lists the policies whose identity starts with Tag:.',
        expect: { shows: ['Identity                          : Tag:XmppUsers', 'EnableXmppAccess                  : True', 'Identity                          : Tag:XmppUsers'], after: [['Get-CsExternalAccessPolicy -Filter "tag:*" | ForEach-Object Identity', 'Tag:XmppUsers']] },
      },
      {
        title: 'Look at the policy of one site',
        code: 'New-CsExternalAccessPolicy -Identity site:Dublin -EnableOutsideAccess $true\nGet-CsExternalAccessPolicy -Identity site:Dublin',
        remarks: 'Site policies are written site:<name>; the shell shows them as Site:<name>.',
        expect: { shows: ['Identity                          : Site:Dublin', 'EnableOutsideAccess               : True', 'Identity                          : Site:Dublin', 'EnableOutsideAccess               : True'] },
      },
    ],
    related,
    outputs,
  },
  'New-CsExternalAccessPolicy': {
    synopsis: 'Creates a site policy or a per-user external access policy.',
    description:
      'A site policy (site:<name>) applies at once to every user homed on a pool of that site. A per-user policy (tag:<name>, or a plain name) applies only to users it is granted to with Grant-CsExternalAccessPolicy. ' +
      'The global policy always exists and cannot be created; change it with Set-CsExternalAccessPolicy. Settings not given start as False. The site must exist in the topology, and an identity can only be used once.',
    examples: [
      {
        title: 'A per-user policy for XMPP users',
        code: 'New-CsExternalAccessPolicy -Identity XmppUsers -EnableFederationAccess $true -EnableXmppAccess $true',
        remarks: 'Creates Tag:XmppUsers. XMPP federation needs both federation and XMPP access in the policy that governs a user.',
        expect: { shows: ['Identity                          : Tag:XmppUsers', 'EnableFederationAccess            : True', 'EnableXmppAccess                  : True'], after: [['(Get-CsExternalAccessPolicy Tag:XmppUsers).EnableXmppAccess', 'True']] },
      },
      {
        title: 'A policy for everyone in Redmond',
        code: 'New-CsExternalAccessPolicy -Identity site:Redmond -EnableOutsideAccess $true -Description "Remote sign-in for Redmond"',
        remarks: 'Users of pool01 now sign in from the internet; Dublin users still follow the global policy.',
        expect: { shows: ['Identity                          : Site:Redmond', 'Description                       : Remote sign-in for Redmond', 'EnableOutsideAccess               : True'], after: [['(Get-CsEffectivePolicy -Identity "Ken Myer").ExternalAccessPolicy', 'Site:Redmond']] },
      },
      {
        title: 'Prepare a policy in memory, then save it',
        code: '$p = New-CsExternalAccessPolicy -Identity Contractors -InMemory\n$p.EnableOutsideAccess = $true\nSet-CsExternalAccessPolicy -Instance $p',
        remarks: 'Nothing is stored until Set-CsExternalAccessPolicy receives the object.',
        expect: { silent: true, after: [['(Get-CsExternalAccessPolicy Tag:Contractors).EnableOutsideAccess', 'True']] },
      },
    ],
    related,
    outputs,
  },
  'Set-CsExternalAccessPolicy': {
    synopsis: 'Changes the settings of an existing external access policy.',
    description:
      'Only the settings named on the command change. Without -Identity the global policy is changed. ' +
      'Objects piped from Get-CsExternalAccessPolicy bind to -Instance, which makes it easy to change many policies at once.',
    examples: [
      {
        title: 'Turn on federation and XMPP for everyone',
        code: 'Set-CsExternalAccessPolicy -Identity Global -EnableFederationAccess $true -EnableXmppAccess $true',
        remarks: 'Every user without a site or per-user policy can now reach federated and XMPP contacts.',
        expect: { silent: true, after: [['$g = Get-CsExternalAccessPolicy Global; "$($g.EnableFederationAccess) $($g.EnableXmppAccess)"', 'True True']] },
      },
      {
        title: 'Change every per-user policy',
        code: 'New-CsExternalAccessPolicy -Identity Sales\nNew-CsExternalAccessPolicy -Identity Finance\nGet-CsExternalAccessPolicy -Filter "tag:*" | Set-CsExternalAccessPolicy -EnableXmppAccess $true',
        remarks: 'Each piped policy is written back with XMPP access turned on.',
        expect: { after: [['Get-CsExternalAccessPolicy -Filter "tag:*" | ForEach-Object { "$($_.Identity) $($_.EnableXmppAccess)" }', 'Tag:Sales True\nTag:Finance True']] },
      },
      {
        title: 'Preview a change',
        code: 'Set-CsExternalAccessPolicy -EnableOutsideAccess $false -WhatIf',
        remarks: 'Prints what would be changed on the global policy and leaves it as it is.',
        expect: { shows: ['What if: Performing the operation "Set-CsExternalAccessPolicy" on target "Global".'], after: [['(Get-CsExternalAccessPolicy Global).EnableOutsideAccess', 'False']] },
      },
    ],
    related,
  },
  'Remove-CsExternalAccessPolicy': {
    synopsis: 'Deletes a site or per-user external access policy, or resets the global one.',
    description:
      'Removing a site policy sends the users of that site back to the global policy. Removing a per-user policy that users still hold asks for confirmation first (-Force skips the question); ' +
      'those users keep the name in their ExternalAccessPolicy attribute but are governed by their site or the global policy. The global policy cannot be deleted: removing it puts every setting back to its default and prints a warning.',
    examples: [
      {
        title: 'Remove a site policy',
        code: 'New-CsExternalAccessPolicy -Identity site:Redmond -EnableFederationAccess $true\nRemove-CsExternalAccessPolicy -Identity site:Redmond',
        remarks: 'Redmond users fall back to the global policy.',
        expect: { after: [['@(Get-CsExternalAccessPolicy -Filter site:*).Count', '0']] },
      },
      {
        title: 'Put the global policy back to its defaults',
        code: 'Set-CsExternalAccessPolicy -EnableFederationAccess $true\nRemove-CsExternalAccessPolicy -Identity Global',
        remarks: 'The global policy stays; all its settings are False again.',
        expect: { shows: ['WARNING: Global configuration for "ExternalAccessPolicy" cannot be removed.'], after: [['(Get-CsExternalAccessPolicy Global).EnableFederationAccess', 'False']] },
      },
      {
        title: 'Remove every per-user policy without questions',
        code: 'New-CsExternalAccessPolicy -Identity Temp1\nNew-CsExternalAccessPolicy -Identity Temp2\nGet-CsExternalAccessPolicy -Filter "tag:*" | Remove-CsExternalAccessPolicy -Force',
        remarks: 'Each piped policy binds -Identity by property name.',
        expect: { after: [['@(Get-CsExternalAccessPolicy -Filter "tag:*").Count', '0']] },
      },
    ],
    related,
  },
}));
