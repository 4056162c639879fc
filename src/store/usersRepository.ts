// Active Directory accounts and their Skype for Business attributes. Lookups used per command
// (identity resolution, tab completion) are indexed so they stay fast with 100k+ users.

import type { Store } from './store.js';
import type { NewUser, UserRecord } from './topologyTypes.js';

export type { NewUser, UserRecord } from './topologyTypes.js';

/** Columns not in their own SQL column. */
export type UserDoc = Pick<UserRecord, 'firstName' | 'lastName' | 'email' | 'department' | 'title' | 'city' | 'ou' | 'lineUri' | 'enterpriseVoiceEnabled' | 'hostedVoiceMail' | 'audioVideoDisabled' | 'policies' | 'extra'>;

export interface UserRow {
  id: number;
  dn: string;
  sam_account_name: string;
  upn: string;
  display_name: string;
  sip_address: string | null;
  registrar_pool: string | null;
  enabled: number;
  external_access_policy: string | null;
  doc: string;
}

export const USER_COLUMNS = 'id, dn, sam_account_name, upn, display_name, sip_address, registrar_pool, enabled, external_access_policy, doc';
const COLUMNS = USER_COLUMNS;

export function userDocOf(r: UserRow): UserDoc {
  return JSON.parse(r.doc) as UserDoc;
}

function fromRow(r: UserRow): UserRecord {
  const d = userDocOf(r);
  return {
    id: r.id,
    dn: r.dn,
    samAccountName: r.sam_account_name,
    userPrincipalName: r.upn,
    displayName: r.display_name,
    sipAddress: r.sip_address,
    registrarPool: r.registrar_pool,
    enabled: r.enabled === 1,
    externalAccessPolicy: r.external_access_policy,
    firstName: d.firstName,
    lastName: d.lastName,
    email: d.email ?? null,
    department: d.department ?? null,
    title: d.title ?? null,
    city: d.city ?? null,
    ou: d.ou,
    lineUri: d.lineUri ?? null,
    enterpriseVoiceEnabled: d.enterpriseVoiceEnabled ?? false,
    hostedVoiceMail: d.hostedVoiceMail ?? false,
    audioVideoDisabled: d.audioVideoDisabled ?? false,
    policies: d.policies ?? {},
    extra: d.extra ?? {},
  };
}

function docOf(u: Omit<UserRecord, 'id' | 'dn'> | UserRecord): string {
  const doc: UserDoc = {
    firstName: u.firstName,
    lastName: u.lastName,
    email: u.email,
    department: u.department,
    title: u.title,
    city: u.city,
    ou: u.ou,
    lineUri: u.lineUri,
    enterpriseVoiceEnabled: u.enterpriseVoiceEnabled,
    hostedVoiceMail: u.hostedVoiceMail,
    audioVideoDisabled: u.audioVideoDisabled,
    policies: u.policies,
    extra: u.extra,
  };
  return JSON.stringify(doc);
}

/** `sip:` prefix added when missing, as stored. */
export function normalizeSipAddress(sip: string): string {
  const s = sip.trim();
  return /^sip:/i.test(s) ? `sip:${s.slice(4)}` : `sip:${s}`;
}

function completeUser(u: NewUser): Omit<UserRecord, 'id'> {
  const ou = u.ou ?? 'CN=Users,DC=contoso,DC=com';
  return {
    dn: u.dn ?? `CN=${u.displayName.replace(/([,=+<>#;"\\])/g, '\\$1')},${ou}`,
    samAccountName: u.samAccountName,
    userPrincipalName: u.userPrincipalName,
    displayName: u.displayName,
    firstName: u.firstName,
    lastName: u.lastName,
    email: u.email ?? null,
    department: u.department ?? null,
    title: u.title ?? null,
    city: u.city ?? null,
    ou,
    sipAddress: u.sipAddress ? normalizeSipAddress(u.sipAddress) : null,
    registrarPool: u.registrarPool ?? null,
    enabled: u.enabled ?? false,
    externalAccessPolicy: u.externalAccessPolicy ?? null,
    lineUri: u.lineUri ?? null,
    enterpriseVoiceEnabled: u.enterpriseVoiceEnabled ?? false,
    hostedVoiceMail: u.hostedVoiceMail ?? false,
    audioVideoDisabled: u.audioVideoDisabled ?? false,
    policies: u.policies ?? {},
    extra: u.extra ?? {},
  };
}

/** Inserts AD accounts in one transaction with one prepared statement (fast for bulk generation). */
export function insertUsers(store: Store, users: Iterable<NewUser>): number {
  const stmt = store.db.prepare(
    `INSERT INTO users (dn, sam_account_name, upn, display_name, sip_address, registrar_pool, enabled, external_access_policy, doc)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  let n = 0;
  // AD's whenCreated; kept in the document so Get-CsUser can show WhenCreated / WhenChanged.
  const created = new Date().toISOString();
  store.transaction(() => {
    for (const nu of users) {
      const u = completeUser(nu);
      if (u.extra.WhenCreated === undefined) u.extra = { ...u.extra, WhenCreated: created };
      stmt.run(u.dn, u.samAccountName, u.userPrincipalName, u.displayName, u.sipAddress, u.registrarPool, u.enabled ? 1 : 0, u.externalAccessPolicy, docOf(u));
      n++;
    }
  });
  return n;
}

/** Writes every field of a user back (by id). */
export function saveUser(store: Store, u: UserRecord): void {
  store
    .statement(
      `UPDATE users SET dn = ?, sam_account_name = ?, upn = ?, display_name = ?, sip_address = ?, registrar_pool = ?, enabled = ?,
       external_access_policy = ?, doc = ? WHERE id = ?`,
    )
    .run(u.dn, u.samAccountName, u.userPrincipalName, u.displayName, u.sipAddress, u.registrarPool, u.enabled ? 1 : 0, u.externalAccessPolicy, docOf(stamped(u)), u.id);
}

/** The record with AD's whenChanged set to now (every write of a user is a change). */
function stamped(u: UserRecord): UserRecord {
  return { ...u, extra: { ...u.extra, WhenChanged: new Date().toISOString() } };
}

export function getUserById(store: Store, id: number): UserRecord | undefined {
  const r = store.statement(`SELECT ${COLUMNS} FROM users WHERE id = ?`).get(id) as UserRow | undefined;
  return r ? fromRow(r) : undefined;
}

/** By SIP address, with or without `sip:`. */
export function getUserBySip(store: Store, sip: string): UserRecord | undefined {
  const r = store.statement(`SELECT ${COLUMNS} FROM users WHERE sip_address = ?`).get(normalizeSipAddress(sip)) as UserRow | undefined;
  return r ? fromRow(r) : undefined;
}

/** PowerShell wildcard (`*`, `?`) to a LIKE pattern with `\` as escape. */
export function wildcardToLike(pattern: string): string {
  return pattern.replace(/[\\%_]/g, (c) => `\\${c}`).replace(/\*/g, '%').replace(/\?/g, '_');
}

export interface UserLookupOptions {
  /** Only Skype for Business users (accounts with a SIP address: what Get-CsUser sees); else every AD account. */
  csOnly?: boolean;
}

/** The columns an identity match needs besides what the caller reads: the DN (DOMAIN\\sam) and the SIP address (csOnly). */
const KEY_COLUMNS = 'id, dn, sip_address';

/** What a command needs to act on an account it names, without reading the whole record. */
export interface UserKey {
  id: number;
  dn: string;
  sipAddress: string | null;
}

type KeyRow = Pick<UserRow, 'id' | 'dn' | 'sip_address'>;

/** The SQL of each lookup by its (constant) pieces, built once rather than on every line of a large script. */
const lookupTexts = new Map<string, Map<string, string>>();

function lookupText(columns: string, where: string): string {
  let byWhere = lookupTexts.get(columns);
  if (!byWhere) lookupTexts.set(columns, (byWhere = new Map()));
  let sql = byWhere.get(where);
  if (sql === undefined) byWhere.set(where, (sql = `SELECT ${columns} FROM users WHERE ${where} ORDER BY id`));
  return sql;
}

function rowsWhere<R>(store: Store, columns: string, where: string, value: string): R[] {
  const st = store.statement(lookupText(columns, where));
  // A unique column names at most one account: no list to build.
  if (UNIQUE_LOOKUPS.has(where)) {
    const row = st.get(value) as R | undefined;
    return row === undefined ? [] : [row];
  }
  return st.all(value) as R[];
}

/** Lookups on a UNIQUE column (migrations/002_topology_users.ts): one row at most. */
const UNIQUE_LOOKUPS = new Set(['sip_address = ?', 'dn = ?', 'upn = ?', 'sam_account_name = ?']);

/** The rows (with `columns`, which include KEY_COLUMNS) of the accounts an identity names; see findUsers. */
function matchingRows<R extends KeyRow>(store: Store, identity: string, columns: string, opts: UserLookupOptions): R[] {
  const id = identity.trim();
  const by = (where: string, value: string) => rowsWhere<R>(store, columns, where, value);
  let found: R[];
  if (/^sip:/i.test(id)) found = by('sip_address = ?', normalizeSipAddress(id));
  else if (/^[^\\]+\\[^\\]+$/.test(id)) {
    // DOMAIN\account: the NetBIOS name is the first DC= label of the account's DN (CONTOSO for DC=contoso,DC=com).
    const [netbios, sam] = id.split('\\') as [string, string];
    found = by('sam_account_name = ?', sam).filter((u) => new RegExp(`(^|,)DC=${netbios.replace(/[^\w-]/g, '')},`, 'i').test(u.dn));
  }
  else if (/^(cn|ou|dc)=/i.test(id)) found = by('dn = ?', id);
  else if (/[*?]/.test(id)) found = by("display_name LIKE ? ESCAPE '\\'", wildcardToLike(id));
  else if (id.includes('@')) {
    found = by('sip_address = ?', `sip:${id}`);
    if (!found.length) found = by('upn = ?', id);
  } else {
    found = by('display_name = ?', id);
    if (!found.length) found = by('sam_account_name = ?', id);
  }
  return opts.csOnly ? found.filter((u) => u.sip_address !== null) : found;
}

/**
 * Every account an identity names, in the forms admins type (UserIdParameter): SIP address with or
 * without `sip:`, UPN, `DOMAIN\\sam`, display name (with `*`/`?` wildcards), distinguished name,
 * and (an emulator convenience) the bare sAMAccountName.
 */
export function findUsers(store: Store, identity: string, opts: UserLookupOptions = {}): UserRecord[] {
  return matchingRows<UserRow>(store, identity, COLUMNS, opts).map(fromRow);
}

/** The same accounts as findUsers, keys only: for writes that change one column of each (Grant-*). */
export function findUserKeys(store: Store, identity: string, opts: UserLookupOptions = {}): UserKey[] {
  return matchingRows<KeyRow>(store, identity, KEY_COLUMNS, opts).map((r) => ({ id: r.id, dn: r.dn, sipAddress: r.sip_address }));
}

/** The one account an identity names (first match), or undefined. */
export function resolveUser(store: Store, identity: string, opts: UserLookupOptions = {}): UserRecord | undefined {
  return findUsers(store, identity, opts)[0];
}

export interface UserListFilter {
  enabled?: boolean;
  /** Only Skype for Business users (with a SIP address). */
  csOnly?: boolean;
  registrarPool?: string;
  /** Users whose DN ends with this OU DN (the OU and below). */
  ou?: string;
  externalAccessPolicy?: string | null;
  limit?: number;
}

function listQuery(filter: UserListFilter): { sql: string; args: (string | number)[] } {
  const where: string[] = [];
  const args: (string | number)[] = [];
  if (filter.enabled !== undefined) (where.push('enabled = ?'), args.push(filter.enabled ? 1 : 0));
  if (filter.csOnly) where.push('sip_address IS NOT NULL');
  if (filter.registrarPool !== undefined) (where.push('registrar_pool = ?'), args.push(filter.registrarPool));
  if (filter.ou !== undefined) (where.push("(dn LIKE ? ESCAPE '\\')"), args.push(`%,${wildcardToLike(filter.ou)}`));
  if (filter.externalAccessPolicy === null) where.push('external_access_policy IS NULL');
  else if (filter.externalAccessPolicy !== undefined) (where.push('external_access_policy = ?'), args.push(filter.externalAccessPolicy));
  const limit = filter.limit !== undefined ? ` LIMIT ${Math.max(0, Math.floor(filter.limit))}` : '';
  return { sql: `SELECT ${COLUMNS} FROM users${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY id${limit}`, args };
}

/** Accounts in insertion order, optionally filtered on indexed columns. */
export function listUsers(store: Store, filter: UserListFilter = {}): UserRecord[] {
  const q = listQuery(filter);
  return (store.db.prepare(q.sql).all(...q.args) as UserRow[]).map(fromRow);
}

export function countUsers(store: Store, filter: { enabled?: boolean; csOnly?: boolean } = {}): number {
  const where: string[] = [];
  if (filter.enabled !== undefined) where.push(`enabled = ${filter.enabled ? 1 : 0}`);
  if (filter.csOnly) where.push('sip_address IS NOT NULL');
  const row = store.db.prepare(`SELECT COUNT(*) AS n FROM users${where.length ? ` WHERE ${where.join(' AND ')}` : ''}`).get() as { n: number };
  return row.n;
}

/**
 * Skype for Business users whose SIP address (with or without `sip:`) or display name starts with `prefix`, for tab
 * completion. Uses index range scans, never a table scan.
 */
export function searchUsersByPrefix(store: Store, prefix: string, limit = 50): UserRecord[] {
  const p = prefix.trim().replace(/^["']/, '');
  const sipPrefix = /^sip:/i.test(p) ? p : `sip:${p}`;
  const hi = (s: string) => `${s}\u{10FFFF}`;
  const bySip = store.db
    .prepare(`SELECT ${COLUMNS} FROM users WHERE sip_address >= ? AND sip_address < ? ORDER BY sip_address LIMIT ?`)
    .all(sipPrefix, hi(sipPrefix), limit) as UserRow[];
  const byName = store.db
    .prepare(`SELECT ${COLUMNS} FROM users WHERE display_name >= ? COLLATE NOCASE AND display_name < ? COLLATE NOCASE AND sip_address IS NOT NULL ORDER BY display_name COLLATE NOCASE LIMIT ?`)
    .all(p, hi(p), limit) as UserRow[];
  const seen = new Set<number>();
  const out: UserRecord[] = [];
  for (const r of [...bySip, ...byName]) {
    if (seen.has(r.id) || out.length >= limit) continue;
    seen.add(r.id);
    out.push(fromRow(r));
  }
  return out;
}

/**
 * Assigns (name) or unassigns (null) a per-user policy. `ExternalAccessPolicy` has its own indexed
 * column; other policy types live in the document. Names are stored without `Tag:`.
 */
export function setUserPolicy(store: Store, userId: number, policyType: string, name: string | null): void {
  const clean = name === null || name === '' ? null : name.replace(/^tag:/i, '');
  if (policyType.toLowerCase() === 'externalaccesspolicy') {
    store.statement('UPDATE users SET external_access_policy = ? WHERE id = ?').run(clean, userId);
    return;
  }
  const u = getUserById(store, userId);
  if (!u) return;
  saveUser(store, { ...u, policies: { ...u.policies, [policyType]: clean } });
}

/** How many accounts have the named per-user policy of this type assigned. */
export function countUsersWithPolicy(store: Store, policyType: string, name: string): number {
  const clean = name.replace(/^tag:/i, '');
  if (policyType.toLowerCase() === 'externalaccesspolicy') {
    return (store.db.prepare('SELECT COUNT(*) AS n FROM users WHERE external_access_policy = ?').get(clean) as { n: number }).n;
  }
  return (store.db.prepare('SELECT COUNT(*) AS n FROM users WHERE json_extract(doc, ?) = ? COLLATE NOCASE').get(`$.policies.${policyType}`, clean) as { n: number }).n;
}

/** Accounts whose SIP address is in this domain. */
export function countUsersInSipDomain(store: Store, domain: string): number {
  const row = store.db.prepare("SELECT COUNT(*) AS n FROM users WHERE sip_address LIKE ? ESCAPE '\\'").get(`%@${wildcardToLike(domain)}`) as { n: number };
  return row.n;
}
