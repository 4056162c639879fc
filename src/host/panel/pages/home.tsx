// Home: a summary of the deployment the store holds, with links to the areas.

import { countDocuments, getAccessEdgeConfiguration } from '../../../store/configRepository.js';
import { listComputers, listPools, listSipDomains, listSites } from '../../../store/topologyRepository.js';
import { countUsers } from '../../../store/usersRepository.js';
import { page, type PanelContext, type Route } from '../routing.js';
import { Layout } from './layout.js';

function home(ctx: PanelContext) {
  const s = ctx.store;
  const rows: [string, string | number, string?][] = [
    ['SIP domains', listSipDomains(s).map((d) => d.name + (d.isDefault ? ' (default)' : '')).join(', ')],
    ['Sites', listSites(s).length, '/topology'],
    ['Pools', listPools(s).length, '/topology'],
    ['Computers', listComputers(s).length, '/topology'],
    ['Users enabled for Skype for Business Server', countUsers(s, { csOnly: true }), '/users'],
    ['External access policies', countDocuments(s, 'ExternalAccessPolicy'), '/federation/policies'],
    ['Federation and public IM connectivity', getAccessEdgeConfiguration(s).AllowFederatedUsers ? 'Enabled' : 'Disabled', '/federation/edge'],
    ['Allowed SIP domains', countDocuments(s, 'AllowedDomain'), '/federation/domains'],
    ['Blocked SIP domains', countDocuments(s, 'BlockedDomain'), '/federation/domains'],
    ['XMPP federated partners', countDocuments(s, 'XmppAllowedPartner'), '/federation/xmpp'],
  ];
  return page(
    <Layout title="Home" area="Home" csrf={ctx.csrf} commands={ctx.shell.paneLines}>
      <p>Welcome. This Control Panel works on the same Central Management Store as the Management Shell: every Commit runs a cmdlet, shown below.</p>
      <table className="summary">
        <tbody>
          {rows.map(([label, value, link]) => (
            <tr key={label}>
              <td>{label}</td>
              <td>{link ? <a href={link}>{value}</a> : value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Layout>,
  );
}

export const HOME_ROUTES: Record<string, Route> = { '/': { get: home } };
