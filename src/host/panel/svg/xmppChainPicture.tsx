// Test-CsXmppIM's chain as an inline SVG: user → policy → home pool and gateway → Edge →
// certificate → partner → DNS, with the broken link (as the cmdlet's own evaluation reports it)
// drawn in red.

import type { XmppChainLink } from '../../../cmdlets/cs/verification/xmppChecks.js';

export interface ChainNode {
  link: XmppChainLink;
  title: string;
  detail: string;
}

export const CHAIN_ORDER: readonly [XmppChainLink, string][] = [
  ['user', 'User'],
  ['policy', 'Access policy'],
  ['pool', 'Pool and gateway'],
  ['edge', 'Edge'],
  ['certificate', 'Certificates'],
  ['partner', 'XMPP partner'],
  ['dns', 'DNS'],
];

const W = 150;
const H = 62;
const GAP = 22;

/** `broken` undefined with `success` true: every link holds; otherwise only the broken link is judged. */
export function XmppChainPicture(props: { nodes: ChainNode[]; broken?: XmppChainLink; success: boolean }) {
  const width = props.nodes.length * (W + GAP);
  return (
    <svg role="img" aria-label="XMPP chain" width={width} height={H + 40} viewBox={`0 0 ${width} ${H + 40}`} xmlns="http://www.w3.org/2000/svg">
      {props.nodes.map((n, i) => {
        const x = 5 + i * (W + GAP);
        const broken = n.link === props.broken;
        const fill = broken ? '#fbd5d5' : props.success ? '#d9f2d9' : '#eeeeee';
        const stroke = broken ? '#c00' : props.success ? '#393' : '#999';
        return (
          <g key={n.link} data-link={n.link} data-state={broken ? 'broken' : props.success ? 'ok' : 'unjudged'}>
            <rect x={x} y={10} width={W} height={H} rx={5} fill={fill} stroke={stroke} strokeWidth={broken ? 3 : 1} />
            <text x={x + 6} y={28} fontWeight="bold">
              {n.title}
            </text>
            <text x={x + 6} y={46}>
              {n.detail.length > 24 ? `${n.detail.slice(0, 23)}…` : n.detail}
            </text>
            {broken ? (
              <text x={x + 6} y={64} fill="#c00" fontWeight="bold">
                ✗ broken link
              </text>
            ) : null}
            {i < props.nodes.length - 1 ? <path d={`M${x + W},${10 + H / 2} l${GAP - 4},0 m-6,-4 l6,4 l-6,4`} stroke="#555" fill="none" /> : null}
          </g>
        );
      })}
    </svg>
  );
}
