// Pipeline binding per input object (DOMAIN.md §6.13).

import { describe, expect, it } from 'vitest';
import { bindPipelineObject } from '../../src/engine/binder/index.js';
import { PSObject } from '../../src/engine/runtime/values.js';
import { bound } from './binderHarness.js';

const policy = (identity: string) =>
  new PSObject('Microsoft.Rtc.Management.WritableConfig.Policy.ExternalAccess.ExternalAccessPolicy', { Identity: identity, EnableXmppAccess: false });
const partner = (identity: string) =>
  new PSObject('Microsoft.Rtc.Management.WritableConfig.Settings.XmppFederation.XmppAllowedPartner#Decorated', { Identity: identity, Domain: identity });
const user = (dn: string) =>
  new PSObject('Microsoft.Rtc.Management.ADConnect.Schema.ADUser', { Identity: dn, SipAddress: 'sip:kenmyer@contoso.com', DisplayName: 'Ken Myer' });
const certRef = () => new PSObject('Microsoft.Rtc.Management.Deployment.CertificateReference', { Thumbprint: 'AB12', Use: 'Default' });

async function piped(line: string) {
  const r = await bound(line, { options: { expectingInput: true } });
  return r.binder;
}

describe('pipeline binding', () => {
  it('a policy object binds Set-Cs…Policy -Instance by value (Instance set)', async () => {
    const b = await piped('Set-CsExternalAccessPolicy -EnableXmppAccess $true');
    const p = policy('Tag:XmppUsers');
    expect(bindPipelineObject(b, p)).toBeNull();
    expect(b.params).toMatchObject({ Instance: p, EnableXmppAccess: true });
    expect(b.parameterSetName).toBe('Instance');
  });

  it('a partner object binds Remove-CsXmppAllowedPartner -Identity by property name', async () => {
    const b = await piped('Remove-CsXmppAllowedPartner -Force');
    expect(bindPipelineObject(b, partner('gmail.com'))).toBeNull();
    expect(b.params.Identity).toBe('gmail.com');
    expect(bindPipelineObject(b, partner('jabber.org'))).toBeNull();
    expect(b.params.Identity).toBe('jabber.org');
    expect(b.params.Force).toBe(true);
  });

  it('a plain string piped to Remove-CsXmppAllowedPartner does not bind', async () => {
    const b = await piped('Remove-CsXmppAllowedPartner');
    const err = bindPipelineObject(b, 'gmail.com');
    expect(err?.message).toBe(
      'The input object cannot be bound to any parameters for the command either because the command does not take pipeline input or the input and its properties do not match any of the parameters that take pipeline input.',
    );
    expect(err?.fullyQualifiedErrorId).toBe('InputObjectNotBound,Microsoft.Rtc.Management.Internal.RemoveXmppAllowedPartnerCmdlet');
    expect(err?.targetName).toBe('gmail.com');
    expect(err?.targetType).toBe('String');
    expect(err?.category).toBe('InvalidArgument');
  });

  it('a user object binds Grant -Identity by property name (its Identity)', async () => {
    const b = await piped('Grant-CsExternalAccessPolicy -PolicyName XmppUsers');
    expect(bindPipelineObject(b, user('CN=Ken Myer,OU=Redmond,DC=contoso,DC=com'))).toBeNull();
    expect(b.params).toMatchObject({ Identity: 'CN=Ken Myer,OU=Redmond,DC=contoso,DC=com', PolicyName: 'XmppUsers' });
  });

  it('a string binds Grant -Identity by value', async () => {
    const b = await piped('Grant-CsExternalAccessPolicy -PolicyName XmppUsers');
    expect(bindPipelineObject(b, 'sip:pilar@contoso.com')).toBeNull();
    expect(b.params.Identity).toBe('sip:pilar@contoso.com');
  });

  it('a certificate reference binds Set-CsCertificate -Reference by value', async () => {
    const b = await piped('Set-CsCertificate -Type XmppServer');
    const ref = certRef();
    expect(bindPipelineObject(b, ref)).toBeNull();
    expect(b.params.Reference).toBe(ref);
    expect(b.parameterSetName).toBe('CertificateReference');
  });

  it('pipeline-bound values are cleared between objects; command-line values stay', async () => {
    const b = await piped('Remove-CsXmppAllowedPartner -Force');
    bindPipelineObject(b, partner('a.com'));
    expect(bindPipelineObject(b, 'plain')).not.toBeNull();
    expect(b.params.Identity).toBeUndefined();
    expect(b.params.Force).toBe(true);
    expect(b.bound.has('Identity')).toBe(false);
  });

  it('a command without pipeline parameters rejects every input', async () => {
    const b = await piped('Get-CsExternalAccessPolicy');
    expect(bindPipelineObject(b, policy('Global'))?.fullyQualifiedErrorId.startsWith('InputObjectNotBound,')).toBe(true);
  });

  it('a parameter already given on the command line is not bound again', async () => {
    const b = await piped('Grant-CsExternalAccessPolicy -Identity ken -PolicyName X');
    expect(bindPipelineObject(b, 'someone')?.fullyQualifiedErrorId.split(',')[0]).toBe('InputObjectNotBound');
  });

  it('an object without the property does not bind by property name', async () => {
    const b = await piped('Remove-CsXmppAllowedPartner');
    const o = new PSObject('System.Management.Automation.PSCustomObject', { Name: 'x' });
    expect(bindPipelineObject(b, o)?.fullyQualifiedErrorId.split(',')[0]).toBe('InputObjectNotBound');
  });

  it('a custom object with an Identity property works too', async () => {
    const b = await piped('Remove-CsXmppAllowedPartner');
    const o = new PSObject('System.Management.Automation.PSCustomObject', { identity: 'x.org' });
    expect(bindPipelineObject(b, o)).toBeNull();
    expect(b.params.Identity).toBe('x.org');
  });

  it('Get-CsUser takes a string identity from the pipeline', async () => {
    const b = await piped('Get-CsUser');
    expect(bindPipelineObject(b, 'kenmyer@contoso.com')).toBeNull();
    expect(b.params.Identity).toBe('kenmyer@contoso.com');
  });

  it('Start-CsWindowsService binds InputObject by value in its set', async () => {
    const b = await piped('Start-CsWindowsService');
    const svc = new PSObject('Microsoft.Rtc.Management.Deployment.NTService', { Name: 'RTCSRV' });
    expect(bindPipelineObject(b, svc)).toBeNull();
    expect(b.parameterSetName).toBe('InputObject');
  });

  it('by property name with conversion: a numeric property for a string parameter', async () => {
    const b = await piped('Remove-CsXmppAllowedPartner');
    const o = new PSObject('System.Management.Automation.PSCustomObject', { Identity: 42 });
    expect(bindPipelineObject(b, o)).toBeNull();
    expect(b.params.Identity).toBe('42');
  });
});

describe('pipeline objects that leave a mandatory parameter unbound', () => {
  it('InputObjectMissingMandatory names the parameter', async () => {
    const { csMetadata } = await import('../../src/catalog/registry.js');
    const meta = csMetadata('Move-CsUser');
    // A variant where Target may come from the pipeline too, so the command line does not demand it.
    const target = meta.parameters.find((p) => p.name === 'Target')!;
    const metadata = { ...meta, parameters: meta.parameters.map((p) => (p === target ? { ...p, pipeline: 'True (ByPropertyName)' as const } : p)) };
    const r = await bound('Move-CsUser', { metadata, options: { expectingInput: true } });
    const err = bindPipelineObject(r.binder, 'sip:kenmyer@contoso.com');
    expect(err?.message).toBe(
      'The input object cannot be bound because it did not contain the information required to bind all mandatory parameters:  Target',
    );
    expect(err?.fullyQualifiedErrorId.split(',')[0]).toBe('InputObjectMissingMandatory');
    const withTarget = new PSObject('X', { Identity: 'sip:kenmyer@contoso.com', Target: 'pool02.contoso.com' });
    expect(bindPipelineObject(r.binder, withTarget)).toBeNull();
    expect(r.binder.params).toMatchObject({ Identity: 'sip:kenmyer@contoso.com', Target: 'pool02.contoso.com' });
  });
});
