// The Control Panel's HTTP server (Node's http module, bound to 127.0.0.1): the security gate
// (security.ts) before anything else, then the page routes. Internal failures become a plain
// error page; no stack trace ever reaches the browser.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SessionInfo } from '../../engine/cmdlet.js';
import type { Store } from '../../store/store.js';
import { PanelShell } from './panelShell.js';
import { CSRF_FIELD, PanelGate, SECURITY_HEADERS, sessionCookie, transportRefusal } from './security.js';
import type { PanelAnswer, PanelRequest, Route } from './routing.js';
import { PANEL_ROUTES } from './routes.js';

/** [I] The largest form the panel accepts; its forms are a few hundred bytes. */
const MAX_BODY_BYTES = 64 * 1024;

export interface PanelServerOptions {
  store: Store;
  session: SessionInfo;
  /** 0 picks a free port. */
  port: number;
  routes?: Record<string, Route>;
}

export interface RunningPanel {
  port: number;
  /** The start URL with the one-time token. */
  url: string;
  server: Server;
  close(): Promise<void>;
}

class HttpRefusal extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function send(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/html; charset=utf-8', ...headers });
  res.end(body);
}

function refusalPage(message: string): string {
  const text = message.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Refused</title></head><body><h1>Refused</h1><p>${text}</p></body></html>`;
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') throw new HttpRefusal(415, 'The panel accepts only HTML forms.');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new HttpRefusal(413, 'The form is too large.');
    chunks.push(chunk as Buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

export async function startPanelServer(options: PanelServerOptions): Promise<RunningPanel> {
  const gate = new PanelGate();
  const shell = new PanelShell(options.store, options.session);
  const routes = options.routes ?? PANEL_ROUTES;
  let port = 0;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const refusal = transportRefusal(req, port);
    if (refusal) throw new HttpRefusal(403, refusal);
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const token = url.searchParams.get('token');
    if (req.method === 'GET' && token !== null) {
      const opened = gate.exchange(token);
      if (!opened) throw new HttpRefusal(403, 'This start link is wrong or was already used. Start csshell panel again for a new one.');
      // Only to one of the panel's own pages: a path such as `//elsewhere/` would leave the panel.
      const target = routes[url.pathname] ? url.pathname : '/';
      send(res, 303, '', { Location: target, 'Set-Cookie': sessionCookie(opened, port) });
      return;
    }
    const session = gate.sessionOf(req);
    if (!session) throw new HttpRefusal(403, 'No panel session: open the link that csshell panel printed.');
    if (req.method !== 'GET' && req.method !== 'POST') throw new HttpRefusal(405, 'Method not allowed.');
    const form = req.method === 'POST' ? await readForm(req) : new URLSearchParams();
    if (req.method === 'POST' && !PanelGate.csrfMatches(session, form.get(CSRF_FIELD) ?? undefined)) {
      throw new HttpRefusal(403, 'The form is missing its security token. Reload the page and try again.');
    }
    const route = routes[url.pathname];
    const handler = req.method === 'POST' ? route?.post : route?.get;
    if (!handler) throw new HttpRefusal(404, 'There is no such page.');
    const request: PanelRequest = { method: req.method, path: url.pathname, query: url.searchParams, form };
    const answer: PanelAnswer = await handler({ store: options.store, shell, csrf: session.csrf }, request);
    if ('redirect' in answer) send(res, 303, '', { Location: answer.redirect });
    else send(res, answer.status ?? 200, answer.html);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (res.headersSent) return void res.destroy();
      if (e instanceof HttpRefusal) send(res, e.status, refusalPage(e.message));
      else send(res, 500, refusalPage('The Control Panel could not show this page.'));
      if (!(e instanceof HttpRefusal) && process.env.CSSHELL_DEBUG === '1') process.stderr.write(`${String((e as Error)?.stack ?? e)}\n`);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  gate.port = port;
  return {
    port,
    url: `http://127.0.0.1:${port}/?token=${gate.token}`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
