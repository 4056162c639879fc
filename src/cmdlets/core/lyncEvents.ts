// The "Lync Server" event log of a topology computer, made from the store's state when it is read (no
// process runs in the background to write it). [I] The events, their ids, sources and words are this
// emulator's own: a start entry for every service, then what is wrong now — stopped services, the XMPP
// proxy's certificate (missing, expired, soon expiring, key unusable) and XMPP partners the Access Edge
// refuses because federation is off.

import { getAccessEdgeConfiguration, listXmppAllowedPartners } from '../../store/configRepository.js';
import { getAssignedCertificate } from '../../store/certificateRepository.js';
import { listWindowsServices } from '../../store/topologyRuntime.js';
import type { WindowsServiceRecord } from '../../store/topologyTypes.js';
import type { Store } from '../../store/store.js';
import { edgeRunsXmpp } from '../cs/certificates/context.js';
import { XMPP_PROXY_SERVICE } from '../cs/verification/xmppChecks.js';

export const LYNC_LOG = 'Lync Server';
export type EventLevel = 'Error' | 'Warning' | 'Information';

export interface LogEvent {
  /** Position in the log, oldest first, from 1. */
  index: number;
  id: number;
  level: EventLevel;
  source: string;
  message: string;
  time: Date;
}

/** [I] Event ids of the emulated servers. */
export const EVENT_IDS = {
  serviceStarted: 30000,
  serviceStopped: 30001,
  xmppCertificateMissing: 30010,
  xmppCertificateExpired: 30011,
  xmppCertificateExpiring: 30012,
  xmppCertificateKeyUnusable: 30013,
  xmppPartnerRefused: 30020,
} as const;

/** [I] Days before expiry from which the XMPP certificate is warned about. */
const EXPIRY_WARNING_DAYS = 30;
const DAY_MS = 86_400_000;
/** [I] The start entries are dated an hour before the log is read; what is wrong now, in the last minute. */
const STARTED_AGO_MS = 3_600_000;

type Draft = Omit<LogEvent, 'index' | 'time'>;

/** The source a service writes under: `LS ` and its display name without the product name. */
export function sourceOf(w: Pick<WindowsServiceRecord, 'displayName'>): string {
  return `LS ${w.displayName.replace(/^Skype for Business Server /, '')}`;
}

function serviceEvents(services: WindowsServiceRecord[]): { started: Draft[]; problems: Draft[] } {
  const started = services.map((w) => ({ id: EVENT_IDS.serviceStarted, level: 'Information' as const, source: sourceOf(w), message: `${w.displayName} (${w.name}) started.` }));
  const problems = services
    .filter((w) => w.status === 'Stopped')
    .map((w) => ({
      id: EVENT_IDS.serviceStopped,
      level: 'Warning' as const,
      source: sourceOf(w),
      message: `${w.displayName} (${w.name}) is stopped. What it serves is unavailable until it starts again (Start-Service ${w.name}).`,
    }));
  return { started, problems };
}

/** What the XMPP proxy of an Edge computer reports about its certificate and its partners. */
function xmppProxyEvents(store: Store, computer: string, source: string, now: Date): Draft[] {
  const events: Draft[] = [];
  const cert = getAssignedCertificate(store, computer, 'XmppServer', now);
  const draft = (id: number, level: EventLevel, message: string) => events.push({ id, level, source, message });
  if (!cert) {
    draft(EVENT_IDS.xmppCertificateMissing, 'Error', `No certificate is assigned to the XmppServer use on ${computer}. The XMPP proxy cannot accept TLS connections from XMPP servers until one is (Set-CsCertificate -Type XmppServer).`);
  } else if (cert.notAfter.getTime() < now.getTime() || cert.notBefore.getTime() > now.getTime()) {
    draft(EVENT_IDS.xmppCertificateExpired, 'Error', `The XmppServer certificate ${cert.thumbprint} (${cert.subject}) is not valid now: it is valid from ${cert.notBefore.toISOString()} to ${cert.notAfter.toISOString()}. XMPP servers refuse the TLS connection.`);
  } else if (!cert.hasPrivateKey || cert.privateKeyProblem) {
    draft(EVENT_IDS.xmppCertificateKeyUnusable, 'Error', `The private key of the XmppServer certificate ${cert.thumbprint} cannot be used: ${cert.privateKeyProblem ?? 'the store holds no key for it'}.`);
  } else if (cert.notAfter.getTime() - now.getTime() < EXPIRY_WARNING_DAYS * DAY_MS) {
    const days = Math.max(0, Math.floor((cert.notAfter.getTime() - now.getTime()) / DAY_MS));
    draft(EVENT_IDS.xmppCertificateExpiring, 'Warning', `The XmppServer certificate ${cert.thumbprint} (${cert.subject}) expires in ${days} days, on ${cert.notAfter.toISOString()}.`);
  }
  if (!getAccessEdgeConfiguration(store).AllowFederatedUsers) {
    for (const p of listXmppAllowedPartners(store)) {
      draft(EVENT_IDS.xmppPartnerRefused, 'Warning', `An XMPP connection with partner ${p.Domain} was refused: the Access Edge does not allow federated users (Set-CsAccessEdgeConfiguration -AllowFederatedUsers $true).`);
    }
  }
  return events;
}

/** The log of `computer` as it reads at `now`, oldest first. */
export function lyncServerEvents(store: Store, computer: string, now: Date = new Date()): LogEvent[] {
  const services = listWindowsServices(store, computer);
  const { started, problems } = serviceEvents(services);
  const proxy = services.find((w) => w.name.toUpperCase() === XMPP_PROXY_SERVICE);
  if (proxy && edgeRunsXmpp(store, computer)) problems.push(...xmppProxyEvents(store, computer, sourceOf(proxy), now));
  const base = Math.floor(now.getTime() / 1000) * 1000;
  const dated = [
    ...started.map((d, i) => ({ ...d, time: new Date(base - STARTED_AGO_MS + i * 1000) })),
    ...problems.map((d, i) => ({ ...d, time: new Date(base - (problems.length - i) * 1000) })),
  ];
  return dated.map((e, i) => ({ ...e, index: i + 1 }));
}
