// XMPP federation settings (DOMAIN.md §2.2, §2.3, §4.4): Get-/New-/Set-/Remove-CsXmppAllowedPartner and
// Get-/Set-CsXmppGatewayConfiguration (one global instance, no New-/Remove-).

import { registerCsCmdlet } from '../../catalog/registry.js';
import type { CmdletContext } from '../../engine/cmdlet.js';
import { xmppAllowedPartnerSchema, xmppGatewayConfigurationSchema, type ConfigDocument } from '../../store/configSchema.js';
import { isBound, xdsGet, xdsNew, xdsRemove, xdsSet, type XdsKind } from './xdsCmdlets.js';
import { negotiationVerdict, type NegotiationSetting } from './xdsNegotiation.js';

export { negotiationVerdict } from './xdsNegotiation.js';

const XMPP_NS = 'Microsoft.Rtc.Management.WritableConfig.Settings.XmppFederation';
export const XMPP_ALLOWED_PARTNER_TYPE = `${XMPP_NS}.XmppAllowedPartner#Decorated`;
export const XMPP_GATEWAY_CONFIGURATION_TYPE = `${XMPP_NS}.XmppGatewaySettings`;

const NEGOTIATION_PARAMETERS = ['TlsNegotiation', 'SaslNegotiation', 'SupportDialbackNegotiation'];

/** [I] the cmdlets accept any combination but say what will not work (Control Panel refuses some). */
function warnAboutNegotiation(ctx: CmdletContext, doc: ConfigDocument): void {
  const verdict = negotiationVerdict(
    doc.TlsNegotiation as NegotiationSetting,
    doc.SaslNegotiation as NegotiationSetting,
    doc.SupportDialbackNegotiation as boolean,
  );
  if (verdict.verdict === 'ok') return;
  const settings = `TlsNegotiation ${doc.TlsNegotiation}, SaslNegotiation ${doc.SaslNegotiation}, SupportDialbackNegotiation ${doc.SupportDialbackNegotiation ? 'True' : 'False'}`;
  const lead = verdict.verdict === 'invalid' ? `XMPP partner "${doc.Identity}" cannot connect (${settings})` : `XMPP partner "${doc.Identity}" (${settings})`;
  ctx.writeWarning(`${lead}: ${verdict.problem}`);
}

export const xmppAllowedPartnerKind: XdsKind = {
  schema: xmppAllowedPartnerSchema,
  typeNames: [XMPP_ALLOWED_PARTNER_TYPE, `${XMPP_NS}.XmppAllowedPartner`, 'System.Object'],
  noun: 'CsXmppAllowedPartner',
  initNew(doc, id) {
    doc.Domain = id.display;
  },
  beforeWrite(ctx, _store, doc) {
    // [I] only when this command set one of the three: the shipped defaults (Required, Required,
    // dialback True) are themselves a "dialback unused" combination and should not nag on every New-.
    if (NEGOTIATION_PARAMETERS.some((n) => isBound(ctx, n))) warnAboutNegotiation(ctx, doc);
  },
};

export const xmppGatewayConfigurationKind: XdsKind = {
  schema: xmppGatewayConfigurationSchema,
  typeNames: [XMPP_GATEWAY_CONFIGURATION_TYPE, 'System.Object'],
  noun: 'CsXmppGatewayConfiguration',
};

registerCsCmdlet('Get-CsXmppAllowedPartner', xdsGet(xmppAllowedPartnerKind));
registerCsCmdlet('New-CsXmppAllowedPartner', xdsNew(xmppAllowedPartnerKind));
registerCsCmdlet('Set-CsXmppAllowedPartner', xdsSet(xmppAllowedPartnerKind));
registerCsCmdlet('Remove-CsXmppAllowedPartner', xdsRemove(xmppAllowedPartnerKind));
registerCsCmdlet('Get-CsXmppGatewayConfiguration', xdsGet(xmppGatewayConfigurationKind));
registerCsCmdlet('Set-CsXmppGatewayConfiguration', xdsSet(xmppGatewayConfigurationKind));
