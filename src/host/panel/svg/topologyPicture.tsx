// The deployment as an inline SVG: each site with its pools and their computers, the Edge pool, the
// XMPP federation route of each site to its Edge, and the allowed XMPP partners beyond the Edge.

import { listXmppAllowedPartners } from '../../../store/configRepository.js';
import { listComputers, listPools, listSites, resolveEdgeRoute } from '../../../store/topologyRepository.js';
import type { Store } from '../../../store/store.js';

export interface PicturePool {
  fqdn: string;
  kind: string;
  computers: string[];
}

export interface TopologyPictureData {
  sites: { name: string; pools: PicturePool[]; xmppEdge?: string }[];
  partners: { domain: string; detail: string }[];
}

/** [I] The picture shows at most this many partners (a list on the XMPP tab has them all). */
const MAX_PARTNERS = 12;

export function readTopologyPicture(store: Store): TopologyPictureData {
  const sites = listSites(store).map((s) => ({
    name: s.name,
    pools: listPools(store, { site: s.name }).map((p) => ({ fqdn: p.fqdn, kind: p.kind, computers: listComputers(store, { pool: p.fqdn }).map((c) => c.fqdn) })),
    xmppEdge: resolveEdgeRoute(store, s.xmppFederationRoute)?.pool,
  }));
  const partners = listXmppAllowedPartners(store)
    .slice(0, MAX_PARTNERS)
    .map((p) => ({ domain: p.Domain, detail: `${p.PartnerType}, TLS ${p.TlsNegotiation}, SASL ${p.SaslNegotiation}` }));
  return { sites, partners };
}

const SITE_X = 10;
const SITE_W = 380;
const POOL_H = (p: PicturePool) => 26 + 16 * p.computers.length;
const PARTNER_X = 560;
const COLORS: Record<string, string> = { FrontEnd: '#dbe9f7', Edge: '#fde8c8', Director: '#e4dcf4', Other: '#eee' };

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

function layout(data: TopologyPictureData) {
  const pools = new Map<string, Box>();
  const sites: (Box & { name: string })[] = [];
  let y = 10;
  for (const site of data.sites) {
    const top = y;
    y += 24;
    for (const p of site.pools) {
      pools.set(p.fqdn, { x: SITE_X + 12, y, w: SITE_W - 24, h: POOL_H(p) });
      y += POOL_H(p) + 8;
    }
    sites.push({ name: site.name, x: SITE_X, y: top, w: SITE_W, h: Math.max(y - top, 40) });
    y += 16;
  }
  const partners = data.partners.map((p, i) => ({ ...p, box: { x: PARTNER_X, y: 34 + i * 46, w: 220, h: 38 } }));
  return { pools, sites, partners, height: Math.max(y, 40 + partners.length * 46) + 10 };
}

type Layout = ReturnType<typeof layout>;

function PoolBox(props: { pool: PicturePool; box: Box }) {
  const { pool: p, box: b } = props;
  return (
    <g>
      <rect x={b.x} y={b.y} width={b.w} height={b.h} fill={COLORS[p.kind] ?? '#eee'} stroke="#666" rx={3} />
      <text x={b.x + 6} y={b.y + 15} fontWeight="bold">{`${p.fqdn} (${p.kind})`}</text>
      {p.computers.map((c, i) => (
        <text key={c} x={b.x + 18} y={b.y + 31 + i * 16}>{`▪ ${c}`}</text>
      ))}
    </g>
  );
}

/** A site's XMPP federation route: from its first Front End pool to the Edge pool it names. */
function XmppRoute(props: { site: TopologyPictureData['sites'][number]; pools: Layout['pools'] }) {
  const { site, pools } = props;
  const edge = site.xmppEdge && pools.get(site.xmppEdge);
  const from = site.pools.find((p) => p.kind === 'FrontEnd');
  const start = from && pools.get(from.fqdn);
  if (!edge || !start) return null;
  const [x1, y1, x2, y2] = [start.x + start.w, start.y + 12, edge.x + edge.w, edge.y + 12];
  return (
    <g>
      <path d={`M${x1},${y1} C${x1 + 70},${y1} ${x2 + 70},${y2} ${x2},${y2}`} fill="none" stroke="#0a5ea8" strokeWidth={2} strokeDasharray="5 3" />
      <text x={Math.max(x1, x2) + 60} y={(y1 + y2) / 2 + 4} fill="#0a5ea8">{`XMPP route (Site:${site.name})`}</text>
    </g>
  );
}

/** The allowed partners, each joined to every Edge pool that carries XMPP federation. */
function Partners(props: { partners: Layout['partners']; edges: Box[] }) {
  if (props.partners.length === 0) {
    return (
      <text x={PARTNER_X} y={44} fill="#777">
        No allowed XMPP partner
      </text>
    );
  }
  return (
    <>
      {props.partners.map((p) => (
        <g key={p.domain}>
          {props.edges.map((b, i) => (
            <line key={i} x1={b.x + b.w} y1={b.y + b.h / 2} x2={p.box.x} y2={p.box.y + p.box.h / 2} stroke="#c60" strokeWidth={1.5} />
          ))}
          <rect x={p.box.x} y={p.box.y} width={p.box.w} height={p.box.h} fill="#eef8ee" stroke="#393" rx={3} />
          <text x={p.box.x + 6} y={p.box.y + 15} fontWeight="bold">{p.domain}</text>
          <text x={p.box.x + 6} y={p.box.y + 30}>{p.detail}</text>
        </g>
      ))}
    </>
  );
}

export function TopologyPicture(props: { picture: TopologyPictureData }) {
  const data = props.picture;
  const { pools, sites, partners, height } = layout(data);
  const edges = [...new Set(data.sites.map((s) => s.xmppEdge))].flatMap((e) => (e && pools.get(e) ? [pools.get(e)!] : []));
  return (
    <svg role="img" aria-label="Topology" width={800} height={height} viewBox={`0 0 800 ${height}`} xmlns="http://www.w3.org/2000/svg">
      <text x={PARTNER_X} y={20} fontWeight="bold">
        XMPP federated partners (Internet)
      </text>
      {sites.map((s) => (
        <g key={s.name}>
          <rect x={s.x} y={s.y} width={s.w} height={s.h} fill="#fafafa" stroke="#999" rx={4} />
          <text x={s.x + 8} y={s.y + 16} fontWeight="bold">{`Site:${s.name}`}</text>
        </g>
      ))}
      {data.sites.flatMap((site) => site.pools.map((p) => <PoolBox key={p.fqdn} pool={p} box={pools.get(p.fqdn)!} />))}
      {data.sites.map((site) => (
        <XmppRoute key={site.name} site={site} pools={pools} />
      ))}
      <Partners partners={partners} edges={edges} />
    </svg>
  );
}
