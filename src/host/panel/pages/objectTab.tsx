// One Federation and External Access tab, for any kind of object (objectKinds.ts): the table with
// New / Edit / Delete / Refresh, the detail form, "Select a Site" for a site policy, the delete
// confirmation; every Commit and Delete runs the cmdlet through the panel's shell.

import { countUsersWithExternalAccessPolicy, findDocument, listDocuments } from '../../../store/configRepository.js';
import type { ConfigDocument, XdsType } from '../../../store/configSchema.js';
import { listSites } from '../../../store/topologyRepository.js';
import { ListHead, Menu, Messages, PostForm } from '../components.js';
import { commitCommand, defaultValues, valuesOfDocument, valuesOfForm } from '../formValues.js';
import type { ObjectKind, ObjectTab } from '../objectKinds.js';
import { psCommand, SWITCH } from '../psText.js';
import { href, page, type PanelAnswer, type PanelContext, type PanelRequest, type Route } from '../routing.js';
import { FEDERATION_TABS, Layout } from './layout.js';
import { ObjectForm, type ObjectFormProps } from './objectForm.js';

interface Item {
  kind: ObjectKind;
  doc: ConfigDocument;
}

const itemKey = (kind: ObjectKind, identity: string) => `${kind.key}|${identity}`;

function listItems(ctx: PanelContext, tab: ObjectTab): Item[] {
  const types = [...new Set(tab.kinds.map((k) => k.xdsType))];
  return types.flatMap((t: XdsType) => listDocuments(ctx.store, t).map((d) => ({ kind: tab.kindOf(t, d.doc), doc: d.doc })));
}

/** The object an `item` value (kind|identity) names, read anew from the store. */
function findItem(ctx: PanelContext, tab: ObjectTab, item: string | null): Item | undefined {
  const bar = item?.indexOf('|') ?? -1;
  const kind = tab.kinds.find((k) => k.key === item?.slice(0, bar));
  const doc = kind && findDocument(ctx.store, kind.xdsType, item!.slice(bar + 1))?.doc;
  return kind && doc ? { kind, doc } : undefined;
}

function frame(ctx: PanelContext, tab: ObjectTab) {
  return { title: tab.label, area: 'Federation and External Access', tabs: FEDERATION_TABS, currentTab: tab.label, csrf: ctx.csrf, commands: ctx.shell.paneLines };
}

function ListView(props: { tab: ObjectTab; items: Item[]; search: string; errors?: string[] }) {
  const { tab } = props;
  const creatable = tab.kinds.filter((k) => k.nameLabel);
  const q = props.search.toLowerCase();
  const shown = props.items.filter((i) => !q || i.doc.Identity.toLowerCase().includes(q));
  return (
    <>
      <Messages errors={props.errors} />
      <div className="toolbar">
        {creatable.length ? (
          <Menu label="New">
            {creatable.map((k) => (
              <a key={k.key} href={href(`${tab.path}/new`, { kind: k.key })}>
                {k.title}
              </a>
            ))}
          </Menu>
        ) : null}
        <Menu label="Edit">
          <button type="submit" form="tab-items">Show details</button>
        </Menu>
        {tab.kinds.some((k) => k.canDelete) ? (
          <button type="submit" form="tab-items" formAction={`${tab.path}/delete`}>
            Delete
          </button>
        ) : null}
        <a className="button" href={tab.path}>
          Refresh
        </a>
        <form method="get" action={tab.path} style={{ display: 'inline-flex', gap: 6 }}>
          <input type="search" name="q" defaultValue={props.search} placeholder="Search" aria-label="Search" />
          <button type="submit">Find</button>
        </form>
      </div>
      <form method="get" action={`${tab.path}/edit`} id="tab-items">
        <table className="list">
          <ListHead labels={['', ...tab.columns.map(([label]) => label)]} />
          <tbody>
            {shown.map((i) => {
              const key = itemKey(i.kind, i.doc.Identity);
              return (
                <tr key={key}>
                  <td>
                    <input type="radio" name="item" value={key} aria-label={`Select ${i.doc.Identity}`} />
                  </td>
                  {tab.columns.map(([label, read], n) => (
                    <td key={label}>{n === 0 ? <a href={href(`${tab.path}/edit`, { item: key })}>{read(i.doc)}</a> : read(i.doc)}</td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </form>
    </>
  );
}

function listAnswer(ctx: PanelContext, tab: ObjectTab, req: PanelRequest, errors?: string[]): PanelAnswer {
  return page(
    <Layout {...frame(ctx, tab)}>
      <ListView tab={tab} items={listItems(ctx, tab)} search={req.query.get('q') ?? ''} errors={errors} />
    </Layout>,
  );
}

function formAnswer(ctx: PanelContext, props: ObjectFormProps): PanelAnswer {
  return page(
    <Layout {...frame(ctx, props.tab)}>
      <ObjectForm {...props} />
    </Layout>,
  );
}

/** New → Site policy first asks for the site (DOMAIN.md §10). */
function SelectSite(props: { tab: ObjectTab; kind: ObjectKind; sites: string[] }) {
  return (
    <form method="get" action={`${props.tab.path}/new`} className="detail">
      <h2 style={{ fontSize: 16, fontWeight: 400 }}>Select a Site</h2>
      <input type="hidden" name="kind" value={props.kind.key} />
      <select name="name" size={Math.min(8, Math.max(2, props.sites.length))} aria-label="Site" defaultValue={props.sites[0]}>
        {props.sites.map((s) => (
          <option key={s} value={s}>
            {s}
          </option>
        ))}
      </select>
      <div className="actions">
        <button type="submit">OK</button>
        <a className="button" href={props.tab.path}>
          Cancel
        </a>
      </div>
    </form>
  );
}

function newForm(ctx: PanelContext, tab: ObjectTab, req: PanelRequest): PanelAnswer {
  const kind = tab.kinds.find((k) => k.key === req.query.get('kind') && k.nameLabel);
  if (!kind) return listAnswer(ctx, tab, req, ['Choose what to create from the New menu.']);
  const name = req.query.get('name') ?? '';
  if (kind.identityOf && !name) {
    const sites = listSites(ctx.store).map((s) => s.name);
    return page(
      <Layout {...frame(ctx, tab)}>
        <SelectSite tab={tab} kind={kind} sites={sites} />
      </Layout>,
    );
  }
  return formAnswer(ctx, { tab, kind, creating: true, name, nameFixed: !!kind.identityOf, values: defaultValues(kind) });
}

function editForm(ctx: PanelContext, tab: ObjectTab, req: PanelRequest): PanelAnswer {
  const item = findItem(ctx, tab, req.query.get('item'));
  if (!item) return listAnswer(ctx, tab, req, ['Select an item in the list first (it may have been removed: Refresh).']);
  return formAnswer(ctx, { tab, kind: item.kind, creating: false, name: item.doc.Identity, values: valuesOfDocument(item.kind, item.doc) });
}

async function commit(ctx: PanelContext, tab: ObjectTab, req: PanelRequest): Promise<PanelAnswer> {
  const creating = req.form.get('mode') === 'new';
  const kind = tab.kinds.find((k) => k.key === req.form.get('kind') && (!creating || k.nameLabel));
  if (!kind) return listAnswer(ctx, tab, req, ['The form does not belong to this tab.']);
  const name = (req.form.get('name') ?? '').trim();
  const identity = creating && kind.identityOf ? kind.identityOf(name) : name;
  const stored = creating ? undefined : findDocument(ctx.store, kind.xdsType, identity)?.doc;
  const before = stored ? valuesOfDocument(kind, stored) : defaultValues(kind);
  const after = valuesOfForm(kind, req.form);
  const outcome = await ctx.shell.run(commitCommand(kind, identity, before, after, creating));
  if (!outcome.errors.length) return { redirect: tab.path };
  return formAnswer(ctx, { tab, kind, creating, name, nameFixed: !!kind.identityOf, values: after, errors: outcome.errors, warnings: outcome.warnings });
}

/** [I] A user policy still assigned is removed with -Force once the admin confirmed (the shell would ask). */
function removeCommand(ctx: PanelContext, item: Item): { command: string; assigned: number } {
  const tagged = /^tag:/i.test(item.doc.Identity);
  const assigned = tagged && item.kind.xdsType === 'ExternalAccessPolicy' ? countUsersWithExternalAccessPolicy(ctx.store, item.doc.Identity.slice(4)) : 0;
  return { command: psCommand(`Remove-${item.kind.noun}`, { Identity: item.doc.Identity, Force: assigned ? SWITCH : undefined }), assigned };
}

function deleteAnswer(ctx: PanelContext, tab: ObjectTab, req: PanelRequest, itemValue: string | null, errors?: string[]): PanelAnswer {
  const item = findItem(ctx, tab, itemValue);
  if (!item || !item.kind.canDelete) return listAnswer(ctx, tab, req, ['Select an item that can be deleted first.']);
  const { assigned } = removeCommand(ctx, item);
  return page(
    <Layout {...frame(ctx, tab)}>
      <Messages errors={errors} />
      <PostForm action={`${tab.path}/delete`} className="detail">
        <input type="hidden" name="item" value={itemKey(item.kind, item.doc.Identity)} />
        <p>Delete {item.kind.title.toLowerCase()} "{item.doc.Identity}"?</p>
        {assigned ? <p className="warning">The policy is assigned to {assigned} user(s); they will fall back to their site or the global policy.</p> : null}
        {/^global$/i.test(item.doc.Identity) ? <p className="warning">The global item cannot be removed: its settings go back to their defaults.</p> : null}
        <div className="actions">
          <button type="submit">OK</button>
          <a className="button" href={tab.path}>
            Cancel
          </a>
        </div>
      </PostForm>
    </Layout>,
  );
}

async function remove(ctx: PanelContext, tab: ObjectTab, req: PanelRequest): Promise<PanelAnswer> {
  const item = findItem(ctx, tab, req.form.get('item'));
  if (!item || !item.kind.canDelete) return listAnswer(ctx, tab, req, ['Select an item that can be deleted first.']);
  const outcome = await ctx.shell.run(removeCommand(ctx, item).command);
  return outcome.errors.length ? deleteAnswer(ctx, tab, req, req.form.get('item'), outcome.errors) : { redirect: tab.path };
}

/** The routes of one tab: list, new, edit, commit, delete. */
export function objectTabRoutes(tab: ObjectTab): Record<string, Route> {
  return {
    [tab.path]: { get: (ctx, req) => listAnswer(ctx, tab, req) },
    [`${tab.path}/new`]: { get: (ctx, req) => newForm(ctx, tab, req) },
    [`${tab.path}/edit`]: { get: (ctx, req) => editForm(ctx, tab, req) },
    [`${tab.path}/commit`]: { post: (ctx, req) => commit(ctx, tab, req) },
    [`${tab.path}/delete`]: { get: (ctx, req) => deleteAnswer(ctx, tab, req, req.query.get('item')), post: (ctx, req) => remove(ctx, tab, req) },
  };
}
