// Listing the accounts for Get-CsUser / Get-CsAdUser at directory scale (100k accounts): rows are read
// in pages by id (no statement stays open while the pipeline runs the next commands, which may write),
// kept compact (the JSON document is parsed only when one of its fields is read), and filtered in SQL
// where the command's filter allows it.

import type { Store } from './store.js';
import type { UserRecord } from './topologyTypes.js';
import { USER_COLUMNS, wildcardToLike, type UserDoc, type UserRow } from './usersRepository.js';

/** A condition on the stored columns of an account, which the listing evaluates in SQL. */
export type UserCondition =
  | { kind: 'and' | 'or'; items: UserCondition[] }
  | { kind: 'not'; item: UserCondition }
  /** Case-insensitive (ASCII) equality; `null` matches a missing or empty value. */
  | { kind: 'eq'; column: UserColumn; value: string | boolean | null }
  /** A PowerShell wildcard with `*` and `?` only; a missing value reads as empty text. */
  | { kind: 'like'; column: UserColumn; pattern: string }
  /** The column has a value (not missing, not empty). */
  | { kind: 'present'; column: UserColumn };

export type UserColumn = 'dn' | 'samAccountName' | 'userPrincipalName' | 'displayName' | 'sipAddress' | 'registrarPool' | 'enabled' | 'externalAccessPolicy';

const SQL_COLUMN: Record<UserColumn, string> = {
  dn: 'dn',
  samAccountName: 'sam_account_name',
  userPrincipalName: 'upn',
  displayName: 'display_name',
  sipAddress: 'sip_address',
  registrarPool: 'registrar_pool',
  enabled: 'enabled',
  externalAccessPolicy: 'external_access_policy',
};

export interface UserListing {
  /** Only Skype for Business users (with a SIP address). */
  csOnly?: boolean;
  /** Accounts whose DN ends with this OU DN (the OU and below). */
  ou?: string;
  where?: UserCondition;
  limit?: number;
}

/** [I] Rows per page: the first page is small so the first objects come at once, later ones larger. */
export const FIRST_PAGE_ROWS = 64;
export const PAGE_ROWS = 1024;

/** What listings have read from one store; tests check that a stopped listing read few rows. */
export interface UserReadProbe {
  /** Rows fetched from the database by listings. */
  rowsFetched: number;
  /** Rows whose stored columns listings read (the ids alone are cheap; the columns are not). */
  rowsLoaded: number;
  /** JSON documents listings read (a table of DisplayName and SipAddress needs none). */
  docsLoaded: number;
  /** Rows handed out by listings (each becomes an object downstream). */
  rowsListed: number;
  /** Called after each row handed out, with rowsListed. */
  onRow?: (rowsListed: number) => void;
}

const probes = new WeakMap<Store, UserReadProbe>();

export function userReadProbe(store: Store): UserReadProbe {
  let p = probes.get(store);
  if (!p) probes.set(store, (p = { rowsFetched: 0, rowsLoaded: 0, docsLoaded: 0, rowsListed: 0 }));
  return p;
}

/**
 * Accounts in id order, read page by page; stopping the iteration stops reading. A page reads the ids of
 * its accounts only; their stored columns are read for the whole page when a property of one of them is
 * first read, or before the store's next write (so an account shows what was stored when it was listed).
 */
export function* listUsersPaged(store: Store, listing: UserListing = {}): Generator<UserRecord> {
  const where: string[] = [];
  const args: (string | number)[] = [];
  if (listing.csOnly) where.push('sip_address IS NOT NULL');
  if (listing.ou !== undefined) (where.push("dn LIKE ? ESCAPE '\\'"), args.push(`%,${wildcardToLike(listing.ou)}`));
  if (listing.where) where.push(conditionSql(listing.where, args));
  const filter = where.length ? `${where.join(' AND ')} AND ` : '';
  // The page's bounds come after the filter's arguments.
  const page = store.db.prepare(`SELECT id FROM users WHERE ${filter}id > ? ORDER BY id LIMIT ?`).pluck();
  const columnsOfPage = store.db.prepare(`SELECT ${LISTED_COLUMNS} FROM users WHERE ${filter}id BETWEEN ? AND ? ORDER BY id`);
  const docsOfPage = store.db.prepare(`SELECT id, doc FROM users WHERE ${filter}id BETWEEN ? AND ? ORDER BY id`);
  const reads: PageReads = {
    columns: (first, last) => columnsOfPage.all(...args, first, last) as ListedColumns[],
    docs: (first, last) => docsOfPage.all(...args, first, last) as { id: number; doc: string }[],
  };
  const pending = pendingPages(store);
  const probe = userReadProbe(store);
  let remaining = listing.limit === undefined ? Infinity : Math.max(0, Math.floor(listing.limit));
  let after = 0;
  for (let size = FIRST_PAGE_ROWS; remaining > 0; size = PAGE_ROWS) {
    const wanted = Math.min(size, remaining);
    const ids = page.all(...args, after, wanted) as number[];
    if (!ids.length) return;
    probe.rowsFetched += ids.length;
    const loader = new PageRows(ids, reads, probe);
    pending.add(loader);
    for (let i = 0; i < ids.length; i++) {
      probe.rowsListed++;
      probe.onRow?.(probe.rowsListed);
      yield new ListedUser(loader, i);
    }
    if (ids.length < wanted) return;
    after = ids[ids.length - 1]!;
    remaining -= ids.length;
  }
}

/** Pages whose rows are not read yet, per store: they are read before the store writes. */
class PendingPages {
  private readonly pages = new Set<WeakRef<PageRows>>();

  add(page: PageRows): void {
    page.pendingRef = new WeakRef(page);
    this.pages.add(page.pendingRef);
    page.onLoad = () => this.pages.delete(page.pendingRef!);
  }

  /** Reads every page still owed whose accounts are still referenced. */
  settle(): void {
    for (const ref of [...this.pages]) {
      this.pages.delete(ref);
      ref.deref()?.load();
    }
  }
}

const pendingByStore = new WeakMap<Store, PendingPages>();

function pendingPages(store: Store): PendingPages {
  let p = pendingByStore.get(store);
  if (!p) {
    const pages = (p = new PendingPages());
    pendingByStore.set(store, p);
    store.onBeforeWrite(() => pages.settle());
  }
  return p;
}

/** A listed account's stored columns, without its JSON document (read separately: it is the bulk of a row). */
type ListedColumns = Omit<UserRow, 'doc'>;
const LISTED_COLUMNS = USER_COLUMNS.split(', ').filter((c) => c !== 'doc').join(', ');

interface PageReads {
  columns(first: number, last: number): ListedColumns[];
  docs(first: number, last: number): { id: number; doc: string }[];
}

/**
 * The stored rows of one page of a listing: its columns are read together the first time one account
 * needs one, its JSON documents the first time one account needs a field of its document.
 */
class PageRows {
  private columns: (ListedColumns | undefined)[] | undefined;
  private docs: (string | undefined)[] | undefined;
  pendingRef: WeakRef<PageRows> | undefined;
  onLoad: (() => void) | undefined;

  constructor(
    private readonly ids: number[],
    private readonly reads: PageReads,
    private readonly probe: UserReadProbe,
  ) {}

  idAt(index: number): number {
    return this.ids[index]!;
  }

  columnsAt(index: number): ListedColumns {
    if (!this.columns) this.readColumns();
    return this.columns![index] ?? vanishedRow(this.ids[index]!);
  }

  docAt(index: number): string {
    if (!this.docs) this.readDocs();
    return this.docs![index] ?? '{}';
  }

  /** Reads whatever is not read yet (before the store writes). */
  load(): void {
    if (!this.columns) this.readColumns();
    if (!this.docs) this.readDocs();
  }

  private readColumns(): void {
    const rows = this.reads.columns(this.ids[0]!, this.ids[this.ids.length - 1]!);
    this.probe.rowsLoaded += rows.length;
    this.columns = this.byIndex(rows);
    if (this.docs) this.onLoad?.();
  }

  private readDocs(): void {
    const rows = this.reads.docs(this.ids[0]!, this.ids[this.ids.length - 1]!);
    this.probe.docsLoaded += rows.length;
    this.docs = this.byIndex(rows).map((r) => r?.doc);
    if (this.columns) this.onLoad?.();
  }

  /** Rows in the order of the page's ids (both in id order); an account another process removed meanwhile has none. */
  private byIndex<T extends { id: number }>(rows: T[]): (T | undefined)[] {
    const out: (T | undefined)[] = new Array(this.ids.length);
    for (let i = 0, j = 0; i < this.ids.length && j < rows.length; ) {
      const id = rows[j]!.id;
      if (id === this.ids[i]) out[i++] = rows[j++];
      else if (id < this.ids[i]!) j++;
      else i++;
    }
    return out;
  }
}

/** [I] An account removed by another process between its id and its row being read: an empty account. */
function vanishedRow(id: number): ListedColumns {
  return { id, dn: '', sam_account_name: '', upn: '', display_name: '', sip_address: null, registrar_pool: null, enabled: 0, external_access_policy: null };
}

/**
 * SQL for a condition; every part is true or false, never NULL, so NOT inverts it exactly. Only an
 * equality under AND may use its column's index (it yields rows in id order, as pages need); elsewhere
 * `+column` keeps SQLite on the id order, which reads the table once over all pages instead of sorting
 * the matches again for every page.
 */
function conditionSql(c: UserCondition, args: (string | number)[], indexable = true): string {
  switch (c.kind) {
    case 'and':
    case 'or': {
      if (!c.items.length) return c.kind === 'and' ? '1' : '0';
      const parts = c.items.map((i) => conditionSql(i, args, indexable && c.kind === 'and'));
      return `(${parts.join(c.kind === 'and' ? ' AND ' : ' OR ')})`;
    }
    case 'not':
      return `NOT ${conditionSql(c.item, args, false)}`;
    case 'present':
      return `(+${SQL_COLUMN[c.column]} IS NOT NULL AND +${SQL_COLUMN[c.column]} <> '')`;
    case 'eq': {
      const column = `${indexable ? '' : '+'}${SQL_COLUMN[c.column]}`;
      if (typeof c.value === 'boolean') return `(+${SQL_COLUMN[c.column]} = ${c.value ? 1 : 0})`;
      if (c.value === null || c.value === '') return `(+${SQL_COLUMN[c.column]} IS NULL OR +${SQL_COLUMN[c.column]} = '')`;
      args.push(c.value);
      return `(${column} IS NOT NULL AND ${column} = ? COLLATE NOCASE)`;
    }
    case 'like': {
      const column = `+${SQL_COLUMN[c.column]}`;
      args.push(wildcardToLike(c.pattern));
      // A pattern of only `*` also matches a missing value (read as empty text).
      return /^\**$/.test(c.pattern) ? `(${column} IS NULL OR ${column} LIKE ? ESCAPE '\\')` : `(${column} IS NOT NULL AND ${column} LIKE ? ESCAPE '\\')`;
    }
  }
}

/**
 * An account as a listing read it: the row as stored, its JSON document parsed the first time a field
 * of it is read. Read-only: writes go through the repository with a full record.
 */
class ListedUser implements UserRecord {
  private parsed: UserDoc | undefined;

  constructor(
    private readonly page: PageRows,
    private readonly index: number,
  ) {}

  private get row(): ListedColumns {
    return this.page.columnsAt(this.index);
  }

  private get doc(): UserDoc {
    return (this.parsed ??= JSON.parse(this.page.docAt(this.index)) as UserDoc);
  }

  get id(): number {
    return this.page.idAt(this.index);
  }
  get dn(): string {
    return this.row.dn;
  }
  get samAccountName(): string {
    return this.row.sam_account_name;
  }
  get userPrincipalName(): string {
    return this.row.upn;
  }
  get displayName(): string {
    return this.row.display_name;
  }
  get sipAddress(): string | null {
    return this.row.sip_address;
  }
  get registrarPool(): string | null {
    return this.row.registrar_pool;
  }
  get enabled(): boolean {
    return this.row.enabled === 1;
  }
  get externalAccessPolicy(): string | null {
    return this.row.external_access_policy;
  }
  get firstName(): string {
    return this.doc.firstName;
  }
  get lastName(): string {
    return this.doc.lastName;
  }
  get email(): string | null {
    return this.doc.email ?? null;
  }
  get department(): string | null {
    return this.doc.department ?? null;
  }
  get title(): string | null {
    return this.doc.title ?? null;
  }
  get city(): string | null {
    return this.doc.city ?? null;
  }
  get ou(): string {
    return this.doc.ou;
  }
  get lineUri(): string | null {
    return this.doc.lineUri ?? null;
  }
  get enterpriseVoiceEnabled(): boolean {
    return this.doc.enterpriseVoiceEnabled ?? false;
  }
  get hostedVoiceMail(): boolean {
    return this.doc.hostedVoiceMail ?? false;
  }
  get audioVideoDisabled(): boolean {
    return this.doc.audioVideoDisabled ?? false;
  }
  get policies(): Record<string, string | null> {
    return this.doc.policies ?? {};
  }
  get extra(): Record<string, unknown> {
    return this.doc.extra ?? {};
  }
}
