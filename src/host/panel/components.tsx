// Small pieces shared by the panel's pages: a POST form that carries the session's CSRF token,
// the toolbar, the message boxes and the PowerShell command pane.

import { createContext, useContext, type ReactNode } from 'react';
import { CSRF_FIELD } from './security.js';

/** The CSRF token of the session the page is rendered for. */
export const CsrfToken = createContext('');

export function PostForm(props: { action: string; className?: string; children: ReactNode }) {
  const csrf = useContext(CsrfToken);
  return (
    <form method="post" action={props.action} className={props.className}>
      <input type="hidden" name={CSRF_FIELD} value={csrf} />
      {props.children}
    </form>
  );
}

/** A toolbar menu (New ▾, Edit ▾): an HTML details element, so it opens without scripts. */
export function Menu(props: { label: string; children: ReactNode }) {
  return (
    <details>
      <summary>{props.label} ▾</summary>
      <div className="menu">{props.children}</div>
    </details>
  );
}

export function Messages(props: { errors?: readonly string[]; warnings?: readonly string[]; notice?: string }) {
  return (
    <>
      {props.errors?.map((e, i) => (
        <div className="error" role="alert" key={`e${i}`}>
          {e}
        </div>
      ))}
      {props.warnings?.map((w, i) => (
        <div className="warning" key={`w${i}`}>
          WARNING: {w}
        </div>
      ))}
      {props.notice ? <div className="ok">{props.notice}</div> : null}
    </>
  );
}

/** Every command this panel session ran, oldest first, ready to copy into a Management Shell. */
export function CommandPane(props: { commands: readonly string[] }) {
  return (
    <section className="commands" aria-label="PowerShell command">
      <h2 style={{ fontSize: 14, margin: '0 0 4px' }}>PowerShell command</h2>
      <textarea readOnly id="powershell-commands" value={props.commands.join('\n')} />
    </section>
  );
}

/** The header row of a list table. */
export function ListHead(props: { labels: readonly string[] }) {
  return (
    <thead>
      <tr>
        {props.labels.map((l, i) => (
          <th key={`${i}-${l}`}>{l}</th>
        ))}
      </tr>
    </thead>
  );
}
