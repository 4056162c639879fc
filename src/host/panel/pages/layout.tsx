// The frame of every page: the left navigation bar of areas (DOMAIN.md §10), the area's tabs, the
// page, and the PowerShell command pane.

import type { ReactNode } from 'react';
import { CommandPane, CsrfToken } from '../components.js';
import { PANEL_CSS } from '../styles.js';

/** The Control Panel's areas in its order; the ones this panel does not offer are shown greyed. */
const AREAS: { label: string; href?: string }[] = [
  { label: 'Home', href: '/' },
  { label: 'Users', href: '/users' },
  { label: 'Topology', href: '/topology' },
  { label: 'IM and Presence' },
  { label: 'Persistent Chat' },
  { label: 'Voice Routing' },
  { label: 'Voice Features' },
  { label: 'Response Groups' },
  { label: 'Conferencing' },
  { label: 'Clients' },
  { label: 'Federation and External Access', href: '/federation/policies' },
  { label: 'Monitoring and Archiving' },
  { label: 'Security' },
  { label: 'Network Configuration' },
  // [I] Not an area of the real panel: a picture of Test-CsXmppIM's chain, to learn from.
  { label: 'XMPP check', href: '/xmpp-check' },
];

export const FEDERATION_TABS: { label: string; href: string }[] = [
  { label: 'External Access Policy', href: '/federation/policies' },
  { label: 'Access Edge Configuration', href: '/federation/edge' },
  { label: 'SIP Federated Domains', href: '/federation/domains' },
  { label: 'SIP Federated Providers', href: '/federation/providers' },
  { label: 'XMPP Federated Partners', href: '/federation/xmpp' },
];

export interface PageFrame {
  title: string;
  area: string;
  tabs?: { label: string; href: string }[];
  currentTab?: string;
  csrf: string;
  commands: readonly string[];
}

export function Layout(props: PageFrame & { children: ReactNode }) {
  return (
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <title>{`${props.title} - Skype for Business Server Control Panel (csshell)`}</title>
        <style>{PANEL_CSS}</style>
      </head>
      <body>
        <nav className="areas" aria-label="Areas">
          <div className="product">Skype for Business Server Control Panel</div>
          {AREAS.map((a) =>
            a.href ? (
              <a key={a.label} href={a.href} className={a.label === props.area ? 'current' : undefined}>
                {a.label}
              </a>
            ) : (
              <span key={a.label} title="Not emulated">
                {a.label}
              </span>
            ),
          )}
        </nav>
        <main>
          <h1>{props.area}</h1>
          {props.tabs ? (
            <div className="tabs" role="tablist">
              {props.tabs.map((t) => (
                <a key={t.href} href={t.href} role="tab" className={t.label === props.currentTab ? 'current' : undefined}>
                  {t.label}
                </a>
              ))}
            </div>
          ) : null}
          <CsrfToken.Provider value={props.csrf}>{props.children}</CsrfToken.Provider>
          <CommandPane commands={props.commands} />
        </main>
      </body>
    </html>
  );
}
