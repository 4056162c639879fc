// The topology document: what Get-CsTopology -AsXml returns and Publish-CsTopology -FileName reads.
// [I] Our own schema (attribute-only elements), not Topology Builder's: it lists SIP domains, sites,
// pools with their computers and services, and the settings an admin may change before publishing
// (site routes and descriptions, Edge service ports/FQDNs and the XMPP federation flag).

import type { Store } from '../../../store/store.js';
import { countUsersInSipDomain } from '../../../store/usersRepository.js';
import {
  getPool,
  getService,
  getSite,
  listComputers,
  listPools,
  listServices,
  listSipDomains,
  listSites,
  resolveEdgeRoute,
} from '../../../store/topologyRepository.js';

/** A DNS domain name as SIP domains must be written (labels of letters, digits and hyphens; a letter TLD). */
export const SIP_DOMAIN_NAME = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

export const TOPOLOGY_NS = 'urn:schema:csshell:Topology.2024';

const esc = (v: unknown) =>
  String(v ?? '').replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function attrs(o: Record<string, unknown>): string {
  return Object.entries(o)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => ` ${k}="${esc(v)}"`)
    .join('');
}

export function topologyToXml(store: Store): string {
  const lines = ['<?xml version="1.0" encoding="utf-8"?>', `<Topology xmlns="${TOPOLOGY_NS}">`, '  <SipDomains>'];
  for (const d of listSipDomains(store)) lines.push(`    <SipDomain${attrs({ Name: d.name, IsDefault: d.isDefault })} />`);
  lines.push('  </SipDomains>', '  <Sites>');
  for (const s of listSites(store)) {
    const { name, siteId, ...rest } = s;
    lines.push(`    <Site${attrs({ Name: name, SiteId: siteId, SiteType: rest.siteType, DisplayName: rest.displayName, Description: rest.description, FederationRoute: rest.federationRoute, XmppFederationRoute: rest.xmppFederationRoute, DefaultPersistentChatPool: rest.defaultPersistentChatPool, ParentSite: rest.parentSite })} />`);
  }
  lines.push('  </Sites>', '  <Clusters>');
  for (const p of listPools(store)) {
    lines.push(`    <Cluster${attrs({ Fqdn: p.fqdn, Site: p.site, Kind: p.kind, ProductVersion: p.productVersion, ClusterId: p.clusterId })}>`);
    for (const c of listComputers(store, { pool: p.fqdn })) lines.push(`      <Machine${attrs({ Fqdn: c.fqdn, IPAddress: c.ipAddress })} />`);
    for (const svc of listServices(store, { pool: p.fqdn })) {
      lines.push(`      <Service${attrs({ Role: svc.role, ServiceId: svc.serviceId, Registrar: svc.registrar, ...svc.properties })} />`);
    }
    lines.push('    </Cluster>');
  }
  lines.push('  </Clusters>', '</Topology>');
  return lines.join('\n');
}

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
}

const unesc = (v: string) =>
  v.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** Parses attribute-only XML (the shape topologyToXml writes). Throws Error with a reason on bad input. */
export function parseXml(text: string): XmlElement {
  const body = text.replace(/^\uFEFF/, '').replace(/<\?xml[^>]*\?>/, '').replace(/<!--[\s\S]*?-->/g, '');
  const tag = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*"[^"]*")*)\s*(\/?)>/g;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let last = 0;
  for (let m = tag.exec(body); m; m = tag.exec(body)) {
    if (body.slice(last, m.index).trim()) throw new Error(`unexpected text near "${body.slice(last, m.index).trim().slice(0, 20)}"`);
    last = tag.lastIndex;
    const [, closing, name, attrText, selfClosing] = m;
    if (closing) {
      const open = stack.pop();
      if (!open || open.name !== name) throw new Error(`unexpected </${name}>`);
      continue;
    }
    const el: XmlElement = { name: name!, attributes: {}, children: [] };
    for (const a of attrText!.matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g)) el.attributes[a[1]!] = unesc(a[2]!);
    if (stack.length) stack[stack.length - 1]!.children.push(el);
    else if (root) throw new Error('more than one root element');
    else root = el;
    if (!selfClosing) stack.push(el);
  }
  if (body.slice(last).trim()) throw new Error('unexpected text after the last element');
  if (!root || stack.length) throw new Error(root ? `<${stack[stack.length - 1]!.name}> is not closed` : 'no root element');
  return root;
}

export interface TopologyChanges {
  /** The SIP domains the document lists (they replace the current ones). */
  sipDomains: { name: string; isDefault: boolean }[];
  sites: { name: string; patch: Record<string, string | null> }[];
  services: { identity: string; registrar: string | null; properties: Record<string, unknown> }[];
}

/** The document's SIP domains: valid names, exactly one default, none dropped while users still use it. */
function sipDomainChanges(store: Store, root: XmlElement): TopologyChanges['sipDomains'] | string {
  const list = root.children.find((c) => c.name === 'SipDomains')?.children.filter((c) => c.name === 'SipDomain') ?? [];
  const domains = list.map((d) => ({ name: (d.attributes.Name ?? '').trim(), isDefault: /^true$/i.test(d.attributes.IsDefault ?? '') }));
  if (!domains.length) return 'The document lists no SIP domain.';
  const bad = domains.find((d) => !SIP_DOMAIN_NAME.test(d.name));
  if (bad) return `"${bad.name}" is not a valid SIP domain name.`;
  if (domains.filter((d) => d.isDefault).length !== 1) return 'Exactly one SIP domain must be the default (IsDefault="true").';
  const kept = new Set(domains.map((d) => d.name.toLowerCase()));
  const dropped = listSipDomains(store).find((d) => !kept.has(d.name.toLowerCase()) && countUsersInSipDomain(store, d.name) > 0);
  if (dropped) return `SIP domain "${dropped.name}" cannot be removed: users have SIP addresses in it.`;
  return domains;
}

const SITE_ATTRS: Record<string, string> = {
  DisplayName: 'displayName',
  Description: 'description',
  FederationRoute: 'federationRoute',
  XmppFederationRoute: 'xmppFederationRoute',
  DefaultPersistentChatPool: 'defaultPersistentChatPool',
};

/**
 * Reads a topology document and works out what it changes. Only settings of existing sites and services
 * can change: a document that adds or removes sites, pools, computers or services is refused (those
 * come from the deployment wizard). Returns the changes or a reason.
 */
export function topologyChanges(store: Store, root: XmlElement): TopologyChanges | string {
  if (root.name !== 'Topology') return 'The document is not a topology document (root element <Topology> expected).';
  const sitesEl = root.children.find((c) => c.name === 'Sites')?.children ?? [];
  const clusters = root.children.find((c) => c.name === 'Clusters')?.children ?? [];
  if (sitesEl.length !== listSites(store).length) return 'The document adds or removes sites; only settings of existing sites can be published.';
  const domains = sipDomainChanges(store, root);
  if (typeof domains === 'string') return domains;
  const changes: TopologyChanges = { sipDomains: domains, sites: [], services: [] };
  for (const el of sitesEl) {
    const site = getSite(store, el.attributes.Name ?? '');
    if (!site) return `Site "${el.attributes.Name ?? ''}" is not in the published topology.`;
    const patch: Record<string, string | null> = {};
    for (const [a, key] of Object.entries(SITE_ATTRS)) patch[key] = el.attributes[a] ?? (a === 'DisplayName' ? site.name : null);
    for (const route of ['federationRoute', 'xmppFederationRoute']) {
      if (patch[route] && !resolveEdgeRoute(store, patch[route])) return `Site "${site.name}": ${route === 'federationRoute' ? 'FederationRoute' : 'XmppFederationRoute'} "${patch[route]}" is not an Edge service of the topology.`;
    }
    changes.sites.push({ name: site.name, patch });
  }
  if (clusters.length !== listPools(store).length) return 'The document adds or removes pools; only settings of existing services can be published.';
  for (const c of clusters) {
    const pool = getPool(store, c.attributes.Fqdn ?? '');
    if (!pool) return `Pool "${c.attributes.Fqdn ?? ''}" is not in the published topology.`;
    for (const s of c.children.filter((x) => x.name === 'Service')) {
      const svc = getService(store, `${s.attributes.Role ?? ''}:${pool.fqdn}`);
      if (!svc) return `Service "${s.attributes.Role ?? ''}:${pool.fqdn}" is not in the published topology.`;
      const properties: Record<string, unknown> = {};
      for (const [k, old] of Object.entries(svc.properties)) {
        const text = s.attributes[k];
        if (text === undefined) continue;
        const value = typeof old === 'number' ? Number(text) : typeof old === 'boolean' ? /^true$/i.test(text) : text;
        if (typeof old === 'number' && !Number.isInteger(value)) return `Service "${svc.identity}": ${k} must be a number.`;
        properties[k] = value;
      }
      changes.services.push({ identity: svc.identity, registrar: s.attributes.Registrar ?? svc.registrar, properties });
    }
  }
  return changes;
}
