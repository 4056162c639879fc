// XMPP check [I]: runs Test-CsXmppIM for a user and a partner domain through the panel's shell and
// draws the chain the cmdlet evaluates (cmdlets/cs/verification/xmppChecks.ts), with the broken link and its fix.

import { effectiveExternalAccessPolicyIdentity } from '../../../cmdlets/cs/users/grants.js';
import { evaluateXmppChain } from '../../../cmdlets/cs/verification/xmppChecks.js';
import { listXmppAllowedPartners } from '../../../store/configRepository.js';
import { getEdgeForSite, getPool } from '../../../store/topologyRepository.js';
import { findUsers, type UserRecord } from '../../../store/usersRepository.js';
import { Messages } from '../components.js';
import { psCommand } from '../psText.js';
import { page, type PanelAnswer, type PanelContext, type PanelRequest, type Route } from '../routing.js';
import { CHAIN_ORDER, XmppChainPicture, type ChainNode } from '../svg/xmppChainPicture.js';
import { Layout } from './layout.js';

/** [I] The receiver the test sends to at the partner: any address of the domain will do. */
const TEST_RECEIVER = 'xmpp-test';

function chainNodes(ctx: PanelContext, user: UserRecord, domain: string): ChainNode[] {
  const pool = user.registrarPool ? getPool(ctx.store, user.registrarPool) : undefined;
  const edge = pool ? getEdgeForSite(ctx.store, pool.site) : undefined;
  const detail: Record<string, string> = {
    user: user.sipAddress ?? user.displayName,
    policy: effectiveExternalAccessPolicyIdentity(ctx.store, user),
    pool: user.registrarPool ?? 'no pool',
    edge: edge?.pool ?? 'no XMPP route',
    certificate: 'XmppServer, AccessEdgeExternal',
    partner: domain,
    dns: `_xmpp-server._tcp.${user.sipAddress?.split('@')[1] ?? ''}`,
  };
  return CHAIN_ORDER.map(([link, title]) => ({ link, title, detail: detail[link]! }));
}

async function runCheck(ctx: PanelContext, userText: string, domain: string) {
  const user = findUsers(ctx.store, userText, { csOnly: true })[0];
  if (!user?.sipAddress) return { errors: [`Management object not found for identity "${userText}".`] };
  const input = { targetFqdn: user.registrarPool ?? '', userSipAddress: user.sipAddress, receiver: `${TEST_RECEIVER}@${domain}` };
  const outcome = await ctx.shell.run(psCommand('Test-CsXmppIM', { TargetFqdn: input.targetFqdn, UserSipAddress: input.userSipAddress, Receiver: input.receiver }));
  if (outcome.errors.length) return { errors: outcome.errors };
  // The same evaluation the cmdlet just made, asked again for which link it stopped at.
  const failure = evaluateXmppChain(ctx.store, input);
  return { user, failure, warnings: outcome.warnings };
}

async function xmppCheck(ctx: PanelContext, req: PanelRequest): Promise<PanelAnswer> {
  const userText = (req.query.get('user') ?? '').trim();
  const domain = (req.query.get('domain') ?? '').trim().toLowerCase();
  const partners = listXmppAllowedPartners(ctx.store).map((p) => p.Domain);
  const check = userText && domain ? await runCheck(ctx, userText, domain) : undefined;
  return page(
    <Layout title="XMPP check" area="XMPP check" csrf={ctx.csrf} commands={ctx.shell.paneLines}>
      <p>Runs Test-CsXmppIM from a user to a partner domain and shows the chain an XMPP instant message needs.</p>
      <form method="get" action="/xmpp-check" className="toolbar">
        <label htmlFor="check-user">User:</label>
        <input type="text" id="check-user" name="user" defaultValue={userText} placeholder="sip:kenmyer@contoso.com" size={30} />
        <label htmlFor="check-domain">Partner domain:</label>
        <input type="text" id="check-domain" name="domain" defaultValue={domain} list="partner-domains" placeholder="jabber.org" />
        <datalist id="partner-domains">
          {partners.map((d) => (
            <option key={d} value={d} />
          ))}
        </datalist>
        <button type="submit">Run test</button>
      </form>
      {check && 'errors' in check ? <Messages errors={check.errors} /> : null}
      {check && 'user' in check && check.user ? (
        <>
          <XmppChainPicture nodes={chainNodes(ctx, check.user, domain)} broken={check.failure?.link} success={!check.failure} />
          {check.failure ? (
            <div className="error" role="alert">
              <b>Result: Failure</b>
              {`\n${check.failure.error}`}
              {check.failure.diagnosis ? `\nHow to fix: ${check.failure.diagnosis}` : ''}
            </div>
          ) : (
            <div className="ok">Result: Success. Every link of the chain holds.</div>
          )}
          <Messages warnings={check.warnings} />
        </>
      ) : null}
    </Layout>,
  );
}

export const XMPP_CHECK_ROUTES: Record<string, Route> = { '/xmpp-check': { get: xmppCheck } };
