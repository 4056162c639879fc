import { describe, expect, it } from 'vitest';
import { runPs } from '../helpers/run.js';
import { negotiationVerdict, type NegotiationSetting } from '../../src/cmdlets/cs/xmpp/negotiation.js';

// DOMAIN.md §4.4: TLS / SASL / dialback -> methods and verdict.
const matrix: [NegotiationSetting, NegotiationSetting, boolean, string[], 'ok' | 'warning' | 'invalid'][] = [
  ['Required', 'Required', true, ['SASL over TLS'], 'warning'],
  ['Required', 'Required', false, ['SASL over TLS'], 'ok'],
  ['Required', 'Optional', true, ['SASL over TLS', 'TLS dialback'], 'ok'],
  ['Required', 'Optional', false, ['SASL over TLS'], 'ok'],
  ['Required', 'NotSupported', true, ['TLS dialback'], 'ok'],
  ['Required', 'NotSupported', false, [], 'invalid'],
  ['Optional', 'Required', true, ['SASL over TLS', 'TLS dialback', 'TCP dialback'], 'warning'],
  ['Optional', 'Optional', true, ['SASL over TLS', 'TLS dialback', 'TCP dialback'], 'warning'],
  ['Optional', 'Required', false, ['SASL over TLS'], 'warning'],
  ['Optional', 'Optional', false, ['SASL over TLS'], 'warning'],
  ['Optional', 'NotSupported', true, ['TLS dialback', 'TCP dialback'], 'ok'],
  ['Optional', 'NotSupported', false, [], 'invalid'],
  ['NotSupported', 'Required', true, ['TCP dialback'], 'warning'],
  ['NotSupported', 'Optional', true, ['TCP dialback'], 'warning'],
  ['NotSupported', 'Required', false, [], 'invalid'],
  ['NotSupported', 'Optional', false, [], 'invalid'],
  ['NotSupported', 'NotSupported', true, ['TCP dialback'], 'ok'],
  ['NotSupported', 'NotSupported', false, [], 'invalid'],
];

describe('negotiationVerdict', () => {
  it.each(matrix)('TLS %s, SASL %s, dialback %s', (tls, sasl, dialback, methods, verdict) => {
    const v = negotiationVerdict(tls, sasl, dialback);
    expect(v.verdict).toBe(verdict);
    expect(v.methods).toEqual(methods);
    if (verdict === 'ok') expect(v.problem).toBeUndefined();
    else expect(v.problem).toBeTruthy();
  });

  it('names the problem of each kind', () => {
    expect(negotiationVerdict('Required', 'Required', true).problem).toMatch(/dialback is never used/);
    expect(negotiationVerdict('NotSupported', 'Required', true).problem).toMatch(/SASL negotiation needs TLS/);
    expect(negotiationVerdict('Required', 'NotSupported', false).problem).toMatch(/No authentication method/);
  });
});

describe('XMPP partner help', () => {
  it('New-CsXmppAllowedPartner does not list itself under RELATED LINKS', async () => {
    const text = (await runPs('Get-Help New-CsXmppAllowedPartner')).text;
    const related = text.slice(text.indexOf('RELATED LINKS'), text.indexOf('REMARKS'));
    expect(related).toContain('Set-CsXmppAllowedPartner');
    expect(related).not.toContain('New-CsXmppAllowedPartner');
  });

  it('promises a warning only for what the cmdlet warns about: a combination with no way to connect', async () => {
    const help = (await runPs('Get-Help New-CsXmppAllowedPartner')).text;
    expect(help).not.toMatch(/pointless/);
    const quiet = await runPs('New-CsXmppAllowedPartner -Identity a.example -TlsNegotiation NotSupported -SaslNegotiation Required');
    expect(quiet.text).not.toContain('WARNING');
    const loud = await runPs('New-CsXmppAllowedPartner -Identity b.example -TlsNegotiation NotSupported -SaslNegotiation NotSupported -SupportDialbackNegotiation $false');
    expect(loud.text).toContain('WARNING: XMPP partner');
  });
});

