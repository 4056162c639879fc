// What a page handler receives and returns, and the rendering of a page into HTML.

import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Store } from '../../store/store.js';
import type { PanelShell } from './panelShell.js';

export interface PanelRequest {
  method: 'GET' | 'POST';
  path: string;
  query: URLSearchParams;
  /** The fields of a POSTed form (empty for GET). */
  form: URLSearchParams;
}

export interface PanelContext {
  store: Store;
  shell: PanelShell;
  csrf: string;
}

export type PanelAnswer = { html: string; status?: number } | { redirect: string };

export type RouteHandler = (ctx: PanelContext, req: PanelRequest) => PanelAnswer | Promise<PanelAnswer>;

export interface Route {
  get?: RouteHandler;
  post?: RouteHandler;
}

export function page(element: ReactElement, status = 200): PanelAnswer {
  return { html: `<!DOCTYPE html>${renderToStaticMarkup(element)}`, status };
}

/** A path with its query (values encoded), for links and redirects. */
export function href(path: string, query: Record<string, string | number | undefined> = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}
