// Users: search (in SQL, paged: src/store/userSearch.ts), each user's pool and external access
// policy, and the user's form whose "External access policy" drop-down commits with
// Grant-CsExternalAccessPolicy.

import { externalAccessPolicyTagNames } from '../../../store/configRepository.js';
import { searchUserPage } from '../../../store/userSearch.js';
import { getUserById } from '../../../store/usersRepository.js';
import { ListHead, Messages, PostForm } from '../components.js';
import { psCommand } from '../psText.js';
import { href, page, type PanelAnswer, type PanelContext, type PanelRequest, type Route } from '../routing.js';
import { Layout } from './layout.js';

/** [I] Users shown per page. */
export const USERS_PER_PAGE = 50;
const AUTOMATIC = '<Automatic>';

function frame(ctx: PanelContext) {
  return { title: 'Users', area: 'Users', csrf: ctx.csrf, commands: ctx.shell.paneLines };
}

function listUsers(ctx: PanelContext, req: PanelRequest): PanelAnswer {
  const search = req.query.get('q') ?? '';
  const after = Math.max(0, Math.floor(Number(req.query.get('after')) || 0));
  const result = searchUserPage(ctx.store, search, after, USERS_PER_PAGE);
  return page(
    <Layout {...frame(ctx)}>
      <form method="get" action="/users" className="toolbar">
        <input type="search" name="q" defaultValue={search} placeholder="Display name, SIP address or pool" aria-label="Search users" size={40} />
        <button type="submit">Find</button>
        <a className="button" href={href('/users', { q: search, after: after || undefined })}>
          Refresh
        </a>
      </form>
      <table className="list">
        <ListHead labels={['Display name', 'SIP address', 'Registrar pool', 'Enabled', 'External access policy']} />
        <tbody>
          {result.users.map((u) => (
            <tr key={u.id}>
              <td>
                <a href={href('/users/edit', { id: u.id })}>{u.displayName}</a>
              </td>
              <td>{u.sipAddress}</td>
              <td>{u.registrarPool ?? ''}</td>
              <td>{u.enabled ? 'Yes' : 'No'}</td>
              <td>{u.externalAccessPolicy ?? AUTOMATIC}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {result.users.length === 0 ? <p className="muted">No user matches.</p> : null}
      <p className="toolbar">
        {after ? <a href={href('/users', { q: search })}>First page</a> : null}
        {result.nextAfter !== undefined ? <a href={href('/users', { q: search, after: result.nextAfter })}>Next page</a> : null}
      </p>
    </Layout>,
  );
}

function userForm(ctx: PanelContext, id: number, chosen?: string, errors?: readonly string[]): PanelAnswer {
  const user = getUserById(ctx.store, id);
  if (!user || !user.sipAddress) return { redirect: '/users' };
  const policies = externalAccessPolicyTagNames(ctx.store);
  const current = chosen ?? user.externalAccessPolicy ?? '';
  return page(
    <Layout {...frame(ctx)}>
      <h2 style={{ fontSize: 16, fontWeight: 400 }}>Edit Skype for Business Server User - {user.displayName}</h2>
      <Messages errors={errors} />
      <PostForm action="/users/commit" className="detail">
        <div className="actions">
          <button type="submit">Commit</button>
          <a className="button" href="/users">
            Cancel
          </a>
        </div>
        <input type="hidden" name="id" value={String(user.id)} />
        <table className="summary">
          <tbody>
            <tr><td>Display name:</td><td>{user.displayName}</td></tr>
            <tr><td>SIP address:</td><td>{user.sipAddress}</td></tr>
            <tr><td>Registrar pool:</td><td>{user.registrarPool ?? ''}</td></tr>
            <tr><td>Enabled:</td><td>{user.enabled ? 'Yes' : 'No'}</td></tr>
          </tbody>
        </table>
        <label className="field" htmlFor="field-policy">
          External access policy:
        </label>
        <select name="policy" id="field-policy" defaultValue={current}>
          <option value="">{AUTOMATIC}</option>
          {!policies.some((p) => p.toLowerCase() === current.toLowerCase()) && current ? <option value={current}>{current}</option> : null}
          {policies.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
      </PostForm>
    </Layout>,
  );
}

async function commitUser(ctx: PanelContext, req: PanelRequest): Promise<PanelAnswer> {
  const id = Number(req.form.get('id'));
  const user = Number.isSafeInteger(id) ? getUserById(ctx.store, id) : undefined;
  if (!user?.sipAddress) return { redirect: '/users' };
  const policy = req.form.get('policy') ?? '';
  const outcome = await ctx.shell.run(psCommand('Grant-CsExternalAccessPolicy', { Identity: user.sipAddress, PolicyName: policy || null }));
  return outcome.errors.length ? userForm(ctx, id, policy, outcome.errors) : { redirect: href('/users', { q: user.displayName }) };
}

export const USER_ROUTES: Record<string, Route> = {
  '/users': { get: listUsers },
  '/users/edit': { get: (ctx, req) => userForm(ctx, Math.floor(Number(req.query.get('id')))) },
  '/users/commit': { post: commitUser },
};
