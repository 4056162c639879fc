// The binder, the processor, ShouldProcess and the error view through the real engine (runPs), against the
// demo deployment store.

import { describe, expect, it } from 'vitest';
import { RecordingHost } from '../../src/engine/recordingHost.js';
import { evalPs, newStore, runPs } from '../helpers/run.js';

describe('binding errors through the engine', () => {
  it('a Boolean given as a bare word: the real error record, nothing created', async () => {
    const store = newStore();
    const r = await runPs('New-CsExternalAccessPolicy -Identity XmppUsers -EnableXmppAccess true', { store });
    expect(r.errors).toBe(
      [
        "New-CsExternalAccessPolicy : Cannot convert 'System.String' to the type 'System.Boolean' required by parameter 'EnableXmppAccess'. ",
        'At line:1 char:66',
        '+ New-CsExternalAccessPolicy -Identity XmppUsers -EnableXmppAccess true',
        '+                                                                  ~~~~',
        '    + CategoryInfo          : InvalidArgument: (:) [New-CsExternalAccessPolicy], ParameterBindingException',
        '    + FullyQualifiedErrorId : CannotConvertArgument,Microsoft.Rtc.Management.Internal.NewExternalAccessPolicyCmdlet',
        '',
      ].join('\n'),
    );
    const after = await evalPs('@(Get-CsExternalAccessPolicy -Filter tag:*).Count', { store });
    expect(after.values).toEqual([0]);
  });

  it('an ambiguous prefix lists the candidates', async () => {
    const r = await runPs('Set-CsExternalAccessPolicy -Identity Global -EnablePublic $true');
    expect(r.errors).toContain("Parameter cannot be processed because the parameter name 'EnablePublic' is ambiguous. Possible matches include: -EnablePublicCloudAccess -EnablePublicCloudAudioVideoAccess.");
    expect(r.errors).toContain(`+ ${' '.repeat(44)}~~~~~~~~~~~~~\n`);
  });

  it('a binding error stops only its statement', async () => {
    const r = await runPs('Get-CsXmppAllowedPartner -Bogus\n"next statement"');
    expect(r.output).toContain('next statement');
    expect(r.errors).toContain('FullyQualifiedErrorId : NamedParameterNotFound,Microsoft.Rtc.Management.Internal.GetXmppAllowedPartnerCmdlet');
  });

  it('try/catch sees the ParameterBindingException record as $_', async () => {
    const r = await evalPs('try { New-CsExternalAccessPolicy -Bogus 1 } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.Category; "$_" }');
    expect(r.values.map(String)).toEqual([
      'NamedParameterNotFound,Microsoft.Rtc.Management.Internal.NewExternalAccessPolicyCmdlet',
      'InvalidArgument',
      "A parameter cannot be found that matches parameter name 'Bogus'.",
    ]);
  });

  it('a script file names the file in the position line', async () => {
    const r = await runPs('$x = 1\nNew-CsXmppAllowedPartner gmail.com -PartnerType Public', { file: 'C:\\scripts\\xmpp.ps1' });
    expect(r.errors).toContain('At C:\\scripts\\xmpp.ps1:2 char:49');
    expect(r.errors).toContain('The identifier name Public cannot be processed because it is either too similar or identical to the following enumerator names: PublicVerified, PublicUnverified.');
  });
});

describe('pipeline binding through the engine', () => {
  it('partners piped to Remove-CsXmppAllowedPartner bind Identity by property name', async () => {
    const r = await evalPs(
      'New-CsXmppAllowedPartner gmail.com | Out-Null; New-CsXmppAllowedPartner jabber.org | Out-Null; Get-CsXmppAllowedPartner | Remove-CsXmppAllowedPartner; @(Get-CsXmppAllowedPartner).Count',
    );
    expect(r.errors).toBe('');
    expect(r.values).toEqual([0]);
  });

  it('a plain string piped to Remove-CsXmppAllowedPartner is InputObjectNotBound, per object', async () => {
    const r = await runPs('"a.com","b.com" | Remove-CsXmppAllowedPartner');
    expect(r.errors.match(/InputObjectNotBound,/g)).toHaveLength(2);
    expect(r.errors).toContain('InvalidArgument: (a.com:String) [Remove-CsXmppAllowedPartner], ParameterBindingException');
  });

  it('a user piped to Grant-CsExternalAccessPolicy binds Identity', async () => {
    const r = await evalPs(
      'New-CsExternalAccessPolicy -Identity XmppUsers -EnableXmppAccess $true | Out-Null; Get-CsUser -Identity sip:kenmyer@contoso.com | Grant-CsExternalAccessPolicy -PolicyName XmppUsers; (Get-CsUser sip:kenmyer@contoso.com).ExternalAccessPolicy',
    );
    expect(r.errors).toBe('');
    expect(r.values.map(String)).toEqual(['XmppUsers']);
  });

  it('a delay-bind script block computes Identity from each piped object', async () => {
    const r = await evalPs(
      'New-CsExternalAccessPolicy -Identity XmppUsers | Out-Null; "kenmyer","pilar" | ForEach-Object { [pscustomobject]@{ Sip = "sip:$_@contoso.com" } } | Grant-CsExternalAccessPolicy -Identity { $_.Sip } -PolicyName XmppUsers; (Get-CsUser sip:kenmyer@contoso.com).ExternalAccessPolicy; (Get-CsUser sip:pilar@contoso.com).ExternalAccessPolicy',
    );
    expect(r.errors).toBe('');
    expect(r.values.map(String)).toEqual(['XmppUsers', 'XmppUsers']);
  });

  it('policies piped to Set-CsExternalAccessPolicy bind -Instance', async () => {
    const r = await evalPs(
      'New-CsExternalAccessPolicy -Identity A | Out-Null; New-CsExternalAccessPolicy -Identity B | Out-Null; Get-CsExternalAccessPolicy -Filter tag:* | Set-CsExternalAccessPolicy -EnableXmppAccess $true; Get-CsExternalAccessPolicy -Filter tag:* | ForEach-Object { $_.EnableXmppAccess }',
    );
    expect(r.errors).toBe('');
    expect(r.values).toEqual([true, true]);
  });
});

describe('error actions through the engine', () => {
  it('a non-terminating error: shown, recorded in $Error, the script goes on', async () => {
    const r = await runPs('Remove-CsXmppAllowedPartner nothere.com; "after"; $Error.Count');
    expect(r.errors).toContain('Remove-CsXmppAllowedPartner : Cannot find');
    expect(r.output).toBe('after\n1\n');
  });

  it('-ErrorAction SilentlyContinue hides it but $Error keeps it', async () => {
    const r = await runPs('Remove-CsXmppAllowedPartner nothere.com -ErrorAction SilentlyContinue; $Error.Count');
    expect(r.errors).toBe('');
    expect(r.output).toBe('1\n');
  });

  it('-ErrorAction Ignore leaves $Error alone', async () => {
    const r = await runPs('Remove-CsXmppAllowedPartner nothere.com -ErrorAction Ignore; $Error.Count');
    expect(r.output).toBe('0\n');
  });

  it('-ErrorVariable collects the record', async () => {
    const r = await evalPs('Remove-CsXmppAllowedPartner nothere.com -ErrorVariable e -ea 0; $e.Count; $e[0].FullyQualifiedErrorId');
    expect(r.values.map(String)).toEqual(['1', 'XdsObjectNotFound,Microsoft.Rtc.Management.Internal.RemoveXmppAllowedPartnerCmdlet']);
  });

  it('-ErrorAction Stop can be caught', async () => {
    const r = await evalPs('try { Remove-CsXmppAllowedPartner nothere.com -ErrorAction Stop; "not here" } catch { "caught: " + $_.Exception.Message }');
    expect(r.values).toEqual(['caught: Cannot find "XmppAllowedPartner" with identity "nothere.com".']);
  });

  it('$ErrorActionPreference = Stop ends the script at the error', async () => {
    const r = await runPs('$ErrorActionPreference = "Stop"\nRemove-CsXmppAllowedPartner nothere.com\n"unreached"');
    expect(r.output).not.toContain('unreached');
    expect(r.errors).toContain('FullyQualifiedErrorId : XdsObjectNotFound,');
  });
});

describe('-WhatIf and -Confirm through the engine', () => {
  it('-WhatIf prints and changes nothing', async () => {
    const r = await runPs('New-CsXmppAllowedPartner gmail.com -WhatIf; @(Get-CsXmppAllowedPartner).Count');
    expect(r.output).toBe('What if: Performing the operation "New-CsXmppAllowedPartner" on target "gmail.com".\n0\n');
  });

  it('$WhatIfPreference applies to every ShouldProcess cmdlet', async () => {
    const r = await runPs('$WhatIfPreference = $true; New-CsXmppAllowedPartner gmail.com; $WhatIfPreference = $false; @(Get-CsXmppAllowedPartner).Count');
    expect(r.output).toContain('What if: Performing the operation "New-CsXmppAllowedPartner" on target "gmail.com".');
    expect(r.output.trim().split('\n').pop()).toBe('0');
  });

  it('-Confirm answered No keeps the partner; Yes removes it', async () => {
    const store = newStore();
    await runPs('New-CsXmppAllowedPartner gmail.com | Out-Null', { store });
    const host = new RecordingHost(true);
    host.choiceAnswers.push(2);
    await runPs('Remove-CsXmppAllowedPartner gmail.com -Confirm', { store, host });
    expect(host.prompts[0]!.message).toBe('Are you sure you want to perform this action?\nPerforming the operation "Remove-CsXmppAllowedPartner" on target "gmail.com".');
    expect((await evalPs('@(Get-CsXmppAllowedPartner).Count', { store })).values).toEqual([1]);
    const yes = new RecordingHost(true);
    yes.choiceAnswers.push(0);
    await runPs('Remove-CsXmppAllowedPartner gmail.com -Confirm', { store, host: yes });
    expect((await evalPs('@(Get-CsXmppAllowedPartner).Count', { store })).values).toEqual([0]);
  });

  it('Yes to All over a pipeline asks once', async () => {
    const store = newStore();
    await runPs('"a.com","b.com","c.com" | ForEach-Object { New-CsXmppAllowedPartner $_ } | Out-Null', { store });
    const host = new RecordingHost(true);
    host.choiceAnswers.push(1);
    await runPs('Get-CsXmppAllowedPartner | Remove-CsXmppAllowedPartner -Confirm', { store, host });
    expect(host.prompts).toHaveLength(1);
    expect((await evalPs('@(Get-CsXmppAllowedPartner).Count', { store })).values).toEqual([0]);
  });

  it('-Confirm in batch cannot prompt', async () => {
    const r = await runPs('New-CsXmppAllowedPartner gmail.com | Out-Null; Remove-CsXmppAllowedPartner gmail.com -Confirm; @(Get-CsXmppAllowedPartner).Count');
    expect(r.errors).toContain('Windows PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.');
    expect(r.output.trim()).toBe('1');
  });
});

describe('mandatory parameters through the engine', () => {
  it('batch: MissingMandatoryParameter', async () => {
    const r = await runPs('Remove-CsXmppAllowedPartner');
    expect(r.errors).toContain('Remove-CsXmppAllowedPartner : Cannot process command because of one or more missing mandatory parameters: Identity.');
  });

  it('interactive: prompted, and the answer is used', async () => {
    const store = newStore();
    await runPs('New-CsXmppAllowedPartner gmail.com | Out-Null', { store });
    const host = new RecordingHost(true);
    host.promptAnswers.push({ Identity: 'gmail.com' });
    await runPs('Remove-CsXmppAllowedPartner', { store, host, interactive: true });
    expect(host.prompts[0]!.caption).toBe('cmdlet Remove-CsXmppAllowedPartner at command pipeline position 1');
    expect((await evalPs('@(Get-CsXmppAllowedPartner).Count', { store })).values).toEqual([0]);
  });
});
