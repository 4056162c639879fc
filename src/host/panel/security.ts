// Who may talk to the Control Panel: the panel serves a store that holds a deployment's configuration,
// so it answers only this machine (loopback), only under its own host name (a DNS-rebinding page
// would send another Host), only to the browser that exchanged the one-time start token for a
// session cookie, and a change (POST) only with the session's CSRF token and from no foreign Origin.

import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** Browsers keep cookies by host name, not port: two panels at once need two cookie names. */
export function sessionCookieName(port: number): string {
  return `csshell_panel_${port}`;
}
export const CSRF_FIELD = 'csrf';

/** True for 127.0.0.0/8 and ::1, also in their IPv4-mapped IPv6 form (`::ffff:127.0.0.1`). */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const a = address.toLowerCase().replace(/^::ffff:/, '');
  if (a === '::1' || a === '0:0:0:0:0:0:0:1') return true;
  const parts = a.split('.');
  return parts.length === 4 && parts[0] === '127' && parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255);
}

/** The Host header values the panel answers to: its own address, by IP or as localhost. */
export function isOwnHost(host: string | undefined, port: number): boolean {
  if (!host) return false;
  const h = host.toLowerCase();
  return h === `127.0.0.1:${port}` || h === `localhost:${port}`;
}

/** An Origin header that is present and names another site (absent is fine: same-origin forms may omit it). */
export function isForeignOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return false;
  const o = origin.toLowerCase();
  return o !== `http://127.0.0.1:${port}` && o !== `http://localhost:${port}`;
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

const newSecret = () => randomBytes(32).toString('hex');

export function cookieValue(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

export interface PanelSession {
  id: string;
  csrf: string;
}

/** The start token (usable once) and the sessions it opened. */
export class PanelGate {
  private startToken: string | undefined = newSecret();
  private readonly sessions = new Map<string, PanelSession>();
  /** The port the panel listens on (known once it listens): it names the session cookie. */
  port = 0;

  /** The token printed in the start URL (undefined once used). */
  get token(): string | undefined {
    return this.startToken;
  }

  /** Trades the start token for a new session; undefined when the token is wrong or already used. */
  exchange(token: string | null): PanelSession | undefined {
    if (!token || this.startToken === undefined || !sameSecret(token, this.startToken)) return undefined;
    this.startToken = undefined;
    const session = { id: newSecret(), csrf: newSecret() };
    this.sessions.set(session.id, session);
    return session;
  }

  /** The session of the request's cookie, if it is one this panel opened. */
  sessionOf(req: IncomingMessage): PanelSession | undefined {
    const id = cookieValue(req, sessionCookieName(this.port));
    if (!id) return undefined;
    for (const s of this.sessions.values()) if (sameSecret(id, s.id)) return s;
    return undefined;
  }

  static csrfMatches(session: PanelSession, given: string | undefined): boolean {
    return given !== undefined && sameSecret(given, session.csrf);
  }
}

/** Why a request is refused before it reaches a page, or undefined when it may go on. */
export function transportRefusal(req: IncomingMessage, port: number): string | undefined {
  if (!isLoopbackAddress(req.socket.remoteAddress)) return 'The Control Panel answers only this computer.';
  if (!isOwnHost(req.headers.host, port)) return 'Unknown host name.';
  if (req.method === 'POST' && isForeignOrigin(req.headers.origin, port)) return 'Cross-site requests are refused.';
  return undefined;
}

export function sessionCookie(session: PanelSession, port: number): string {
  return `${sessionCookieName(port)}=${session.id}; HttpOnly; SameSite=Strict; Path=/`;
}

/**
 * Headers on every answer: no framing, no sniffing, no scripts. Referrers only to the panel itself
 * (`no-referrer` would make browsers send `Origin: null` with the panel's own forms, which is refused).
 */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};
