// The objects of the configuration cmdlets rendered by the default formatter: the real console samples.
import { describe, expect, it } from 'vitest';
import { formatDefault } from '../../src/format/index.js';
import { demoStore, runHandler } from './external-access.harness.js';

// DOMAIN.md §2.4, real output of a fresh deployment.
const EDGE_SAMPLE = `Identity                               : Global
AllowAnonymousUsers                    : False
AllowFederatedUsers                    : False
AllowOutsideUsers                      : True
BeClearingHouse                        : False
EnablePartnerDiscovery                 : False
EnableArchivingDisclaimer              : False
EnableUserReplicator                   : True
KeepCrlsUpToDateForPeers               : True
MarkSourceVerifiableOnOutgoingMessages : True
OutgoingTlsCountForFederatedPartners   : 4
DiscoveredPartnerStandardRate          : 20
EnableDiscoveredPartnerContactsLimit   : True
MaxContactsPerDiscoveredPartner        : 1000
DiscoveredPartnerReportPeriodMinutes   : 60
MaxAcceptedCertificatesStored          : 1000
MaxRejectedCertificatesStored          : 500
CertificatesDeletedPercentage          : 20
RoutingMethod                          : UseDnsSrvRouting`;

// DOMAIN.md §2.1, real output of the global policy.
const POLICY_SAMPLE = `Identity                          : Global
Description                       :
EnableFederationAccess            : False
EnableXmppAccess                  : False
EnablePublicCloudAccess           : False
EnablePublicCloudAudioVideoAccess : False
EnableOutsideAccess               : False`;

const render = (values: unknown[]) => formatDefault(values, 120).join('\n');
/** The printed block between the blank framing lines (the framing itself is the formatter's business). */
const block = (values: unknown[]) => {
  const lines = formatDefault(values, 120);
  expect(lines[0]).toBe('');
  const body = lines.slice(1);
  while (body.length && body[body.length - 1] === '') body.pop();
  return body.join('\n');
};

describe('console rendering of configuration objects', () => {
  it('Get-CsAccessEdgeConfiguration on a fresh store prints the real sample', async () => {
    const run = await runHandler(demoStore(), 'Get-CsAccessEdgeConfiguration', {});
    expect(block(run.output)).toBe(EDGE_SAMPLE);
  });

  it('Get-CsExternalAccessPolicy on a fresh store prints the real sample', async () => {
    const run = await runHandler(demoStore(), 'Get-CsExternalAccessPolicy', {});
    expect(block(run.output)).toBe(POLICY_SAMPLE);
  });

  it('an XMPP partner lists its additional domains in braces', async () => {
    const store = demoStore();
    const run = await runHandler(store, 'New-CsXmppAllowedPartner', { Identity: 'fabrikam.com', AdditionalDomains: ['im.fabrikam.com', 'chat.fabrikam.com'] });
    const text = render(run.output);
    expect(text).toContain('AdditionalDomains          : {im.fabrikam.com, chat.fabrikam.com}');
    expect(text).toContain('Identity                   : fabrikam.com');
    const empty = render((await runHandler(store, 'New-CsXmppAllowedPartner', { Identity: 'jabber.org' })).output);
    expect(empty).toContain('AdditionalDomains          : {}');
  });
});
