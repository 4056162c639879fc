// XMPP federation settings (DOMAIN.md §2.2, §2.3, §4.4): Get-/New-/Set-/Remove-CsXmppAllowedPartner and
// Get-/Set-CsXmppGatewayConfiguration (one global instance, no New-/Remove-).

import type { CmdletContext } from '../../../engine/cmdlet.js';
import { xmppAllowedPartnerSchema, xmppGatewayConfigurationSchema, type ConfigDocument } from '../../../store/configSchema.js';
import { configCmdlets, xdsEnumProperties, type XdsKind } from '../policies/configCmdlets.js';
import { isBound } from '../kit/commandContext.js';
import { negotiationVerdict, type NegotiationSetting } from './negotiation.js';
import { domainFromIdentity } from '../policies/identity.js';
import type { CmdletDefinition } from '../../../engine/cmdlet.js';

/** The cmdlets this module declares, gathered by its family index. */
export const cmdlets: CmdletDefinition[] = [];

export { negotiationVerdict } from './negotiation.js';

const XMPP_NS = 'Microsoft.Rtc.Management.WritableConfig.Settings.XmppFederation';
export const XMPP_ALLOWED_PARTNER_TYPE = `${XMPP_NS}.XmppAllowedPartner#Decorated`;
export const XMPP_GATEWAY_CONFIGURATION_TYPE = `${XMPP_NS}.XmppGatewaySettings`;

const NEGOTIATION_PARAMETERS = ['TlsNegotiation', 'SaslNegotiation', 'SupportDialbackNegotiation'];

/**
 * [I] the cmdlets accept any combination (DOMAIN.md §4.4). Only a combination that leaves no way to connect
 * is worth a WARNING; the lesser findings (dialback unused, SASL without TLS) are left to Test-CsXmppIM,
 * since the shipped defaults themselves are such a combination and the real cmdlets print nothing.
 */
function warnAboutNegotiation(ctx: CmdletContext, doc: ConfigDocument): void {
  const verdict = negotiationVerdict(
    doc.TlsNegotiation as NegotiationSetting,
    doc.SaslNegotiation as NegotiationSetting,
    doc.SupportDialbackNegotiation as boolean,
  );
  if (verdict.verdict !== 'invalid') return;
  const settings = `TlsNegotiation ${doc.TlsNegotiation}, SaslNegotiation ${doc.SaslNegotiation}, SupportDialbackNegotiation ${doc.SupportDialbackNegotiation ? 'True' : 'False'}`;
  ctx.writeWarning(`XMPP partner "${doc.Identity}" cannot connect (${settings}): ${verdict.problem}`);
}

export const xmppAllowedPartnerKind: XdsKind = {
  schema: xmppAllowedPartnerSchema,
  typeNames: [XMPP_ALLOWED_PARTNER_TYPE, `${XMPP_NS}.XmppAllowedPartner`, 'System.Object'],
  noun: 'CsXmppAllowedPartner',
  initNew: domainFromIdentity('XmppAllowedPartner'),
  beforeWrite(ctx, _store, doc) {
    // [I] only when this command set one of the three, so a partner stored earlier is not reported again
    // by an unrelated change.
    if (NEGOTIATION_PARAMETERS.some((n) => isBound(ctx, n))) warnAboutNegotiation(ctx, doc);
  },
};

export const xmppGatewayConfigurationKind: XdsKind = {
  schema: xmppGatewayConfigurationSchema,
  typeNames: [XMPP_GATEWAY_CONFIGURATION_TYPE, 'System.Object'],
  noun: 'CsXmppGatewayConfiguration',
};

cmdlets.push(...configCmdlets(xmppAllowedPartnerKind, 'collection'));
cmdlets.push(...configCmdlets(xmppGatewayConfigurationKind, 'global instance'));

/** The enum properties of this family's output objects, gathered by the family index. */
export const enumProperties = xdsEnumProperties(xmppAllowedPartnerKind, xmppGatewayConfigurationKind);
