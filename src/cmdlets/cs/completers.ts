// Argument completers of the Skype for Business cmdlets: what an identity, a pool, a site, a SIP
// address or a thumbprint parameter names, found with the store's indexed prefix look-ups. Declared as
// a list (as a module lists its completers); every session starts with them (src/cmdlets/index.ts).

import { catalogCmdletNames, csMetadata } from '../../catalog/registry.js';
import type { CmdletMetadata } from '../../engine/cmdlet.js';
import {
  identityCandidate,
  type ArgumentCompleter,
  type ArgumentCompleterDeclaration,
  type ArgumentCompletionRequest,
  type CompletionCandidate,
} from '../../engine/completion/index.js';
import {
  computerFqdnsWithPrefix,
  configIdentitiesWithPrefix,
  displayNamesWithPrefix,
  poolFqdnsWithPrefix,
  registrarPoolsWithPrefix,
  serviceIdentitiesWithPrefix,
  sipAddressesWithPrefix,
  siteNamesWithPrefix,
  thumbprintsWithPrefix,
} from '../../store/completion.js';
import { xdsSchemas } from '../../store/configSchema.js';
import type { Store } from '../../store/store.js';

type Lookup = (store: Store, typed: string, request: ArgumentCompletionRequest) => CompletionCandidate[];

/** A completer reading the session's store; offers nothing when the session has none. */
function fromStore(lookup: Lookup): ArgumentCompleter {
  return (request) => {
    const store = request.session.store as Store | undefined;
    return store ? lookup(store, request.wordToComplete, request) : [];
  };
}

const listed = (values: string[]): CompletionCandidate[] => [...new Set(values)].map(identityCandidate);

/** SIP addresses (`ken` finds `sip:kenmyer@contoso.com`), then display names (`'Ken Myer'`). */
const users = fromStore((store, typed) => {
  const hasScheme = /^sip:/i.test(typed);
  const out = sipAddressesWithPrefix(store, hasScheme ? typed : `sip:${typed}`);
  if (!hasScheme && typed.length > 0) out.push(...displayNamesWithPrefix(store, typed));
  return listed(out);
});

/** Enable-CsUser and Get-CsAdUser work on Active Directory accounts, most of which have no SIP address yet. */
const accounts = fromStore((store, typed) => listed(displayNamesWithPrefix(store, typed, undefined, true)));

/** Per-user (tag) policy names: `Tag:XmppUsers` is offered as `XmppUsers`. */
function tagNames(store: Store, type: string, typed: string): string[] {
  return configIdentitiesWithPrefix(store, type, `tag:${typed}`).map((id) => id.replace(/^tag:/i, ''));
}

/** Identities as displayed (`Global`, `Site:Redmond`, `jabber.org`), plus bare tag names for `-Identity XmppUsers`. */
const configIdentities = (type: string): ArgumentCompleter =>
  fromStore((store, typed) => listed([...configIdentitiesWithPrefix(store, type, typed), ...(typed.includes(':') ? [] : tagNames(store, type, typed))]));

/** Service identities; `edge` also finds `EdgeServer:edge01.contoso.com` (the role prefix may be left out). */
const services = (role: string): ArgumentCompleter =>
  fromStore((store, typed) => listed([...serviceIdentitiesWithPrefix(store, role, typed), ...(typed.includes(':') ? [] : serviceIdentitiesWithPrefix(store, role, `${role}:${typed}`))]));

const sites = fromStore((store, typed) => listed(siteNamesWithPrefix(store, typed)));
const pools = fromStore((store, typed) => listed(poolFqdnsWithPrefix(store, typed)));
const registrarPools = fromStore((store, typed) => listed(registrarPoolsWithPrefix(store, typed)));
const computers = fromStore((store, typed) => listed(computerFqdnsWithPrefix(store, typed)));
/** Certificates of the computer the shell is on (or remoted into), assignable ones first. */
const thumbprints = fromStore((store, typed, { session }) => listed(thumbprintsWithPrefix(store, session.session.remoteComputer ?? session.session.localComputer, typed)));

/** [I] Parameters completed the same way on every command that has them, by what their names say. */
const BY_PARAMETER_NAME: [string[], ArgumentCompleter][] = [
  [['Thumbprint'], thumbprints],
  [['UserSipAddress', 'SenderSipAddress', 'ReceiverSipAddress', 'SipAddress'], users],
  // Where users are homed or tested: Registrar pools only.
  [['Target', 'Registrar', 'RegistrarPool', 'TargetFqdn'], registrarPools],
  [['Pool', 'PoolFqdn', 'ProxyPool'], pools],
  [['XmppFederationRoute'], services('EdgeServer')],
  [['ComputerName', 'ComputerFqdn', 'Computer', 'Fqdn'], computers],
  [['Site', 'SiteId'], sites],
];

/** -Identity of the cmdlets that work on existing objects of one kind, by noun. */
function identityCompleterOf(noun: string): ArgumentCompleter | undefined {
  const type = noun.replace(/^Cs/, '');
  if (type in xdsSchemas) return configIdentities(type);
  const byNoun: Record<string, ArgumentCompleter> = { CsSite: sites, CsPool: pools, CsComputer: computers, CsEdgeServer: services('EdgeServer') };
  return byNoun[noun];
}

/** The completers one cmdlet declares for its own parameters. */
function completersOf(m: CmdletMetadata): ArgumentCompleterDeclaration[] {
  const own = (parameter: string, completer: ArgumentCompleter): ArgumentCompleterDeclaration => ({ command: m.name, parameter, completer });
  const out = m.parameters.filter((p) => p.type === 'UserIdParameter').map((p) => own(p.name, users));
  if (m.verb === 'Grant') {
    const type = m.noun.replace(/^Cs/, '');
    out.push(own('PolicyName', fromStore((store, typed) => listed(tagNames(store, type, typed)))));
  }
  if (m.name === 'Enable-CsUser' || m.name === 'Get-CsAdUser') out.push(own('Identity', accounts));
  else if (m.verb !== 'New' && !m.parameters.some((p) => p.name === 'Identity' && p.type === 'UserIdParameter')) {
    const identity = identityCompleterOf(m.noun);
    if (identity) out.push(own('Identity', identity));
  }
  return out;
}

/** Every Skype for Business completer: by parameter name on any command, then each catalog cmdlet's own. */
export function csCompleters(): ArgumentCompleterDeclaration[] {
  const byName = BY_PARAMETER_NAME.flatMap(([names, completer]) => names.map((parameter) => ({ parameter, completer })));
  return [...byName, ...catalogCmdletNames().flatMap((name) => completersOf(csMetadata(name)))];
}
