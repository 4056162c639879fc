// Listing the accounts for Get-CsUser / Get-CsAdUser at directory scale (100k accounts): rows are read
// in pages by id (no statement stays open while the pipeline runs the next commands, which may write),
// kept compact (the JSON document is parsed only when one of its fields is read), and filtered in SQL
// where the command's filter allows it.

import type { Store } from './store.js';
import type { Statement } from 'better-sqlite3';
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
  const columnStatements = new Map<string, Statement<unknown[]>>();
  const read: ColumnRead = (columns, first, last) => {
    const list = columns.join(', ');
    let st = columnStatements.get(list);
    if (!st) columnStatements.set(list, (st = store.db.prepare(`SELECT id, ${list} FROM users WHERE ${filter}id BETWEEN ? AND ? ORDER BY id`)));
    return st.all(...args, first, last) as Partial<UserRow>[];
  };
  const pending = pendingPages(store);
  const probe = userReadProbe(store);
  const used = new Set<ListedColumn>();
  let remaining = listing.limit === undefined ? Infinity : Math.max(0, Math.floor(listing.limit));
  let after = 0;
  for (let size = FIRST_PAGE_ROWS; remaining > 0; size = PAGE_ROWS) {
    const wanted = Math.min(size, remaining);
    const ids = page.all(...args, after, wanted) as number[];
    if (!ids.length) return;
    probe.rowsFetched += ids.length;
    const loader = new PageRows(ids, read, probe, used);
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
    // Runs before every write transaction (a grant script makes 90k of them): nothing to do is the usual case.
    if (this.pages.size === 0) return;
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

/** A stored column of a listed account (the JSON document is one too: the bulk of a row). */
type ListedColumn = Exclude<keyof UserRow, 'id'>;
const LISTED_COLUMNS = USER_COLUMNS.split(', ').filter((c) => c !== 'id') as ListedColumn[];

/** Reads columns of the listing's accounts whose ids are in [first, last], in id order. */
type ColumnRead = (columns: ListedColumn[], first: number, last: number) => Partial<UserRow>[];

/** [I] Once a page has read this many columns one by one, it reads all the others (but the document) together. */
const COLUMNS_READ_ALONE = 2;

/** [I] What a column reads as for an account another process removed between its id and the column being read. */
const VANISHED: Record<ListedColumn, unknown> = {
  dn: '', sam_account_name: '', upn: '', display_name: '', sip_address: null, registrar_pool: null, enabled: 0, external_access_policy: null, doc: '{}',
};

/**
 * The stored rows of one page of a listing, read a column at a time for the whole page the first time
 * one account needs it: a table of two columns decodes two columns of each row, not the whole row.
 */
class PageRows {
  private readonly columns = new Map<ListedColumn, unknown[]>();
  pendingRef: WeakRef<PageRows> | undefined;
  onLoad: (() => void) | undefined;

  constructor(
    private readonly ids: number[],
    private readonly read: ColumnRead,
    private readonly probe: UserReadProbe,
    /** Columns any page of this listing has read so far. */
    private readonly used: Set<ListedColumn>,
  ) {}

  idAt(index: number): number {
    return this.ids[index]!;
  }

  valueAt(index: number, column: ListedColumn): unknown {
    const values = this.columns.get(column) ?? this.readColumns(column);
    const v = values[index];
    return v === undefined ? VANISHED[column] : v;
  }

  /** Reads every column not read yet (before the store writes). */
  load(): void {
    const missing = LISTED_COLUMNS.filter((c) => !this.columns.has(c));
    if (missing.length) this.readSet(missing);
  }

  /**
   * Reads `column`, with the columns earlier pages of the listing needed (the next commands read the
   * same properties of every account), or with all the others but the document once several were
   * needed one by one; returns its values.
   */
  private readColumns(column: ListedColumn): unknown[] {
    const columnsRead = [...this.columns.keys()].filter((c) => c !== 'doc').length;
    const wanted = new Set<ListedColumn>([column]);
    for (const c of this.used) if (!this.columns.has(c)) wanted.add(c);
    if (column !== 'doc' && columnsRead >= COLUMNS_READ_ALONE) for (const c of LISTED_COLUMNS) if (c !== 'doc' && !this.columns.has(c)) wanted.add(c);
    this.readSet([...wanted]);
    return this.columns.get(column)!;
  }

  /** Reads these columns of the page's accounts in one query. */
  private readSet(wanted: ListedColumn[]): void {
    for (const c of wanted) this.used.add(c);
    const rows = this.read(wanted, this.ids[0]!, this.ids[this.ids.length - 1]!);
    if (wanted.includes('doc')) this.probe.docsLoaded += rows.length;
    if (wanted.some((c) => c !== 'doc') && ![...this.columns.keys()].some((c) => c !== 'doc')) this.probe.rowsLoaded += rows.length;
    // Both in id order; an account another process removed meanwhile has no row.
    const at: (Partial<UserRow> | undefined)[] = new Array(this.ids.length);
    for (let i = 0, j = 0; i < this.ids.length && j < rows.length; ) {
      const id = rows[j]!.id!;
      if (id === this.ids[i]) at[i++] = rows[j++];
      else if (id < this.ids[i]!) j++;
      else i++;
    }
    for (const c of wanted) this.columns.set(c, at.map((r) => r?.[c]));
    if (this.columns.size === LISTED_COLUMNS.length) this.onLoad?.();
  }
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

  private column(name: ListedColumn): unknown {
    return this.page.valueAt(this.index, name);
  }

  private get doc(): UserDoc {
    return (this.parsed ??= JSON.parse(this.column('doc') as string) as UserDoc);
  }

  get id(): number {
    return this.page.idAt(this.index);
  }
  get dn(): string {
    return this.column('dn') as UserRow['dn'];
  }
  get samAccountName(): string {
    return this.column('sam_account_name') as UserRow['sam_account_name'];
  }
  get userPrincipalName(): string {
    return this.column('upn') as UserRow['upn'];
  }
  get displayName(): string {
    return this.column('display_name') as UserRow['display_name'];
  }
  get sipAddress(): string | null {
    return this.column('sip_address') as UserRow['sip_address'];
  }
  get registrarPool(): string | null {
    return this.column('registrar_pool') as UserRow['registrar_pool'];
  }
  get enabled(): boolean {
    return this.column('enabled') === 1;
  }
  get externalAccessPolicy(): string | null {
    return this.column('external_access_policy') as UserRow['external_access_policy'];
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
