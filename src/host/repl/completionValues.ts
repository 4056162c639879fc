// Completion of a parameter's value: enum names, $true/$false, file paths, and live identities from the
// store chosen by what the parameter names (policy identities, partner domains, SIP addresses,
// thumbprints, sites, pools, computers).

import type { CmdletMetadata, ParameterMetadata } from '../../engine/cmdlet.js';
import { pathCandidates, quoteIfNeeded, type CompletionCandidate, type CompletionContext, type IdentityKind } from './completion.js';

/** Values of the preference enums used by common parameters (not in the Cs catalog). */
const PREFERENCE_ENUMS: Record<string, string[]> = {
  ActionPreference: ['SilentlyContinue', 'Stop', 'Continue', 'Inquire', 'Ignore', 'Suspend'],
};

/** [I] Parameters completed with file names from the sandbox. */
const PATH_PARAMETERS = new Set(['path', 'literalpath', 'filepath', 'output', 'outputpath', 'filename', 'outfile', 'inputfile', 'outputfile', 'backupfilename']);

const POOL_PARAMETERS = new Set(['pool', 'poolfqdn', 'proxypool']);
/** Parameters that name a pool homing users (or a pool to test against): Registrar pools only. */
const REGISTRAR_PARAMETERS = new Set(['target', 'registrar', 'registrarpool', 'targetfqdn']);
/** Parameters naming a service of one role (`EdgeServer:edge01.contoso.com`). */
const SERVICE_PARAMETERS: Record<string, string> = { xmppfederationroute: 'EdgeServer' };
const COMPUTER_PARAMETERS = new Set(['computername', 'computerfqdn', 'computer', 'fqdn']);
const SITE_PARAMETERS = new Set(['site', 'siteid']);
const SIP_PARAMETERS = new Set(['usersipaddress', 'sendersipaddress', 'receiversipaddress', 'sipaddress']);

/** Nouns whose -Identity is an XDS configuration identity, by config document type. */
const CONFIG_NOUNS: Record<string, string> = {
  csexternalaccesspolicy: 'ExternalAccessPolicy',
  csxmppallowedpartner: 'XmppAllowedPartner',
  csxmppgatewayconfiguration: 'XmppGatewayConfiguration',
  csaccessedgeconfiguration: 'AccessEdgeConfiguration',
  csalloweddomain: 'AllowedDomain',
  csblockeddomain: 'BlockedDomain',
  cspublicprovider: 'PublicProvider',
  cshostingprovider: 'HostingProvider',
};

type ValueSource = { kind: 'identity'; identity: IdentityKind } | { kind: 'policyName'; configType: string } | { kind: 'path' } | null;

function valueSource(metadata: CmdletMetadata, p: ParameterMetadata): ValueSource {
  const name = p.name.toLowerCase();
  const noun = metadata.noun.toLowerCase();
  if (PATH_PARAMETERS.has(name)) return { kind: 'path' };
  if (name === 'thumbprint') return { kind: 'identity', identity: 'thumbprint' };
  if (name === 'policyname' && metadata.verb === 'Grant') return { kind: 'policyName', configType: metadata.noun.replace(/^Cs/, '') };
  // Enable-CsUser and Get-CsAdUser work on Active Directory accounts, most of which have no SIP address yet.
  if (name === 'identity' && (metadata.name === 'Enable-CsUser' || metadata.name === 'Get-CsAdUser')) return { kind: 'identity', identity: 'accountName' };
  if (p.type === 'UserIdParameter' || SIP_PARAMETERS.has(name)) return { kind: 'identity', identity: 'sipAddress' };
  if (REGISTRAR_PARAMETERS.has(name)) return { kind: 'identity', identity: 'registrarPool' };
  if (POOL_PARAMETERS.has(name)) return { kind: 'identity', identity: 'pool' };
  if (SERVICE_PARAMETERS[name]) return { kind: 'identity', identity: { serviceRole: SERVICE_PARAMETERS[name]! } };
  if (COMPUTER_PARAMETERS.has(name)) return { kind: 'identity', identity: 'computer' };
  if (SITE_PARAMETERS.has(name)) return { kind: 'identity', identity: 'site' };
  if (name !== 'identity') return null;
  if (metadata.verb === 'New') return null;
  const configType = CONFIG_NOUNS[noun];
  if (configType) return { kind: 'identity', identity: { configType } };
  if (noun === 'cssite') return { kind: 'identity', identity: 'site' };
  if (noun === 'cspool') return { kind: 'identity', identity: 'pool' };
  if (noun === 'cscomputer') return { kind: 'identity', identity: 'computer' };
  if (noun === 'csedgeserver') return { kind: 'identity', identity: { serviceRole: 'EdgeServer' } };
  return null;
}

export function valueCandidates(metadata: CmdletMetadata, p: ParameterMetadata, typed: string, ctx: CompletionContext): CompletionCandidate[] {
  const names = enumValues(p, ctx);
  if (names) return enumCandidates(names, typed);
  if (p.type === 'Boolean') return ['$true', '$false'].filter((v) => v.startsWith(typed.toLowerCase())).map(valueCandidate);
  const source = valueSource(metadata, p);
  if (!source) return [];
  if (source.kind === 'path') return pathCandidates(typed, ctx);
  if (source.kind === 'policyName') return tagNames(source.configType, typed, ctx).map(identityCandidate);
  if (source.identity === 'sipAddress') return userCandidates(typed, ctx);
  if (typeof source.identity === 'object' && 'serviceRole' in source.identity) return serviceCandidates(source.identity.serviceRole, typed, ctx);
  if (typeof source.identity === 'object') return configCandidates(source.identity.configType, typed, ctx);
  return ctx.identities(source.identity, typed).map(identityCandidate);
}

function enumValues(p: ParameterMetadata, ctx: CompletionContext): string[] | undefined {
  if (p.validateSet?.length) return p.validateSet;
  return ctx.enums[p.enum ?? ''] ?? ctx.enums[p.type] ?? PREFERENCE_ENUMS[p.type];
}

/** Enum names; after a comma (`-Type Default,Xm`) the last element is completed and the rest kept. */
function enumCandidates(names: string[], typed: string): CompletionCandidate[] {
  const comma = typed.lastIndexOf(',');
  const head = comma >= 0 ? typed.slice(0, comma + 1) : '';
  const prefix = typed.slice(comma + 1).toLowerCase();
  return names
    .filter((n) => n.toLowerCase().startsWith(prefix))
    .map((n) => ({ text: head + n, display: n, kind: 'value' as const }));
}

function valueCandidate(v: string): CompletionCandidate {
  return { text: v, display: v, kind: 'value' };
}

function identityCandidate(v: string): CompletionCandidate {
  return { text: quoteIfNeeded(v), display: v, kind: 'identity' };
}

/** Policy names of the per-user (tag) instances: `Tag:XmppUsers` is offered as `XmppUsers`. */
function tagNames(configType: string, typed: string, ctx: CompletionContext): string[] {
  return ctx.identities({ configType }, `tag:${typed}`).map((id) => id.replace(/^tag:/i, ''));
}

/** Identities as displayed (`Global`, `Site:Redmond`, `jabber.org`), plus bare tag names for `-Identity XmppUsers`. */
function configCandidates(configType: string, typed: string, ctx: CompletionContext): CompletionCandidate[] {
  const seen = new Set<string>();
  const out: CompletionCandidate[] = [];
  const add = (v: string): void => {
    if (seen.has(v.toLowerCase())) return;
    seen.add(v.toLowerCase());
    out.push(identityCandidate(v));
  };
  for (const id of ctx.identities({ configType }, typed)) add(id);
  if (!typed.includes(':')) for (const name of tagNames(configType, typed, ctx)) add(name);
  return out;
}

/** Service identities; `edge` also finds `EdgeServer:edge01.contoso.com` (the role prefix may be left out). */
function serviceCandidates(role: string, typed: string, ctx: CompletionContext): CompletionCandidate[] {
  const found = ctx.identities({ serviceRole: role }, typed);
  if (!typed.includes(':')) found.push(...ctx.identities({ serviceRole: role }, `${role}:${typed}`));
  return [...new Set(found)].map(identityCandidate);
}

/** SIP addresses (`ken` finds `sip:kenmyer@contoso.com`), then display names (`'Ken Myer'`). */
function userCandidates(typed: string, ctx: CompletionContext): CompletionCandidate[] {
  const sipPrefix = /^sip:/i.test(typed) ? typed : `sip:${typed}`;
  const out = ctx.identities('sipAddress', sipPrefix).map(identityCandidate);
  if (!/^sip:/i.test(typed) && typed.length > 0) {
    for (const name of ctx.identities('displayName', typed)) out.push(identityCandidate(name));
  }
  return out;
}
