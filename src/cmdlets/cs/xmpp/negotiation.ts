// How an XMPP allowed partner's TLS / SASL / dialback settings combine (DOMAIN.md §4.4). Pure: used by
// New-/Set-CsXmppAllowedPartner (to warn) and by the XMPP verification cmdlets (to fail the check).

export type NegotiationSetting = 'Required' | 'Optional' | 'NotSupported';

export type NegotiationMethod = 'SASL over TLS' | 'TLS dialback' | 'TCP dialback';

export interface NegotiationVerdict {
  /** ok: usable as is; warning: usable but a setting has no effect or may fail; invalid: no method left. */
  verdict: 'ok' | 'warning' | 'invalid';
  /** Methods the gateway may use, in order of preference. */
  methods: NegotiationMethod[];
  /** What is wrong, for a WARNING or a diagnosis; absent when ok. [I] wording */
  problem?: string;
}

// [I] wording of the three problems of the matrix; kept together so they are easy to change.
export const NEGOTIATION_PROBLEMS = {
  dialbackUnused: 'Server dialback is never used when both TlsNegotiation and SaslNegotiation are Required.',
  saslNeedsTls: (tls: NegotiationSetting) =>
    `SASL negotiation needs TLS, but TlsNegotiation is ${tls}: SASL is used only when a TLS session is established.`,
  noMethod: 'No authentication method is left: enable SASL negotiation together with TLS, or server dialback (SupportDialbackNegotiation $true).',
} as const;

export function negotiationVerdict(tls: NegotiationSetting, sasl: NegotiationSetting, dialback: boolean): NegotiationVerdict {
  const methods: NegotiationMethod[] = [];
  if (tls !== 'NotSupported' && sasl !== 'NotSupported') methods.push('SASL over TLS');
  // With both Required the SASL exchange always happens over TLS, so dialback never gets a turn.
  if (dialback && tls !== 'NotSupported' && !(tls === 'Required' && sasl === 'Required')) methods.push('TLS dialback');
  if (dialback && tls !== 'Required') methods.push('TCP dialback');

  if (methods.length === 0) return { verdict: 'invalid', methods, problem: NEGOTIATION_PROBLEMS.noMethod };
  // SASL rides on TLS: unless TLS is Required it cannot be relied on.
  if (tls !== 'Required' && sasl !== 'NotSupported') {
    return { verdict: 'warning', methods, problem: NEGOTIATION_PROBLEMS.saslNeedsTls(tls) };
  }
  if (tls === 'Required' && sasl === 'Required' && dialback) {
    return { verdict: 'warning', methods, problem: NEGOTIATION_PROBLEMS.dialbackUnused };
  }
  return { verdict: 'ok', methods };
}
