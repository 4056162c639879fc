// Get-CsUser / Get-CsAdUser filters pushed down to the store: the parts of a -Filter or -LdapFilter that
// compare stored columns become a SQL condition, so the store reads only the accounts that can match.
// The condition never leaves out an account the filter takes (it may keep some the filter drops): the
// filter itself still runs on every account read, so results are exactly what it says.

import type { UserColumn, UserCondition } from '../../../store/userListing.js';
import type { FilterNode } from './opathFilter.js';
import type { LdapNode } from './ldapFilter.js';

/** A condition, and whether it matches exactly the accounts the filter part matches (needed under a NOT). */
interface Pushed {
  condition: UserCondition;
  exact: boolean;
}

/** Properties of the user object (and directory names) kept in their own column. */
const FILTER_COLUMNS: Record<string, UserColumn> = {
  identity: 'dn',
  distinguishedname: 'dn',
  displayname: 'displayName',
  sipaddress: 'sipAddress',
  registrarpool: 'registrarPool',
  enabled: 'enabled',
  externalaccesspolicy: 'externalAccessPolicy',
  samaccountname: 'samAccountName',
  userprincipalname: 'userPrincipalName',
};

/** LDAP attributes kept in their own column. */
const LDAP_COLUMNS: Record<string, UserColumn> = {
  displayname: 'displayName',
  cn: 'displayName',
  name: 'displayName',
  samaccountname: 'samAccountName',
  userprincipalname: 'userPrincipalName',
  distinguishedname: 'dn',
  'msrtcsip-primaryuseraddress': 'sipAddress',
};

/**
 * SQL compares letters without regard to case for ASCII only, where the filter compares every letter
 * so: text with other characters is left to the filter. [I] One character differs even then: the
 * Kelvin sign (U+212A) lower-cases to `k` for `-eq`; a name holding it may be missed by an ASCII `-eq`.
 */
function sqlComparable(text: string): boolean {
  return /^[\x20-\x7e]*$/.test(text);
}

/** The SQL condition for the parts of a -Filter that allow it; undefined when no part does. */
export function filterCondition(node: FilterNode): UserCondition | undefined {
  return pushFilter(node)?.condition;
}

function pushFilter(node: FilterNode): Pushed | undefined {
  switch (node.kind) {
    case 'and':
      return combine('and', [pushFilter(node.left), pushFilter(node.right)]);
    case 'or':
      return combine('or', [pushFilter(node.left), pushFilter(node.right)]);
    case 'not':
      return negate(pushFilter(node.operand));
    default:
      return pushCompare(node);
  }
}

function pushCompare(node: Extract<FilterNode, { kind: 'compare' }>): Pushed | undefined {
  const column = FILTER_COLUMNS[node.property.toLowerCase()];
  if (!column) return undefined;
  const value = node.value;
  let condition: UserCondition;
  let exact = true;
  if (column === 'enabled') {
    // The filter compares Enabled as the text True/False.
    const flag = typeof value === 'boolean' ? value : typeof value === 'string' && /^(true|false)$/i.test(value) ? /^true$/i.test(value) : undefined;
    if (flag === undefined || (node.op !== 'eq' && node.op !== 'ne')) return undefined;
    condition = { kind: 'eq', column, value: flag };
  } else if (value !== null && typeof value !== 'string') return undefined;
  else if (value !== null && !sqlComparable(value)) return undefined;
  else if (node.op === 'eq' || node.op === 'ne') condition = { kind: 'eq', column, value };
  else if ((node.op === 'like' || node.op === 'notlike') && value !== null && !/[[`]/.test(value)) {
    condition = { kind: 'like', column, pattern: value };
    // `?` is one UTF-16 unit for the filter and one character for SQL: SQL may keep more.
    exact = !value.includes('?');
  } else return undefined;
  const pushed = { condition, exact };
  return node.op === 'ne' || node.op === 'notlike' ? negate(pushed) : pushed;
}

/** The SQL condition for the parts of an LDAP filter that allow it; undefined when no part does. */
export function ldapCondition(node: LdapNode): UserCondition | undefined {
  return pushLdap(node)?.condition;
}

function pushLdap(node: LdapNode): Pushed | undefined {
  switch (node.kind) {
    case '&':
      return combine('and', node.items.map(pushLdap));
    case '|':
      return combine('or', node.items.map(pushLdap));
    case '!':
      return negate(pushLdap(node.item));
    default:
      return pushLdapItem(node);
  }
}

function pushLdapItem(node: Extract<LdapNode, { kind: 'item' }>): Pushed | undefined {
  const column = LDAP_COLUMNS[node.attribute];
  if (!column || node.rule || (node.op !== '=' && node.op !== '~=') || !sqlComparable(node.value)) return undefined;
  // An account without the attribute never matches an item (the filter reads it as absent).
  if (node.value === '*') return { condition: { kind: 'present', column }, exact: true };
  if (node.pattern) {
    // Only `*` wildcards between plain text; escaped characters (`\2a`) are left to the filter.
    if (/[?\\]/.test(node.raw)) return undefined;
    if (/^\**$/.test(node.raw)) return { condition: { kind: 'present', column }, exact: true };
    return { condition: { kind: 'like', column, pattern: node.raw }, exact: true };
  }
  if (node.value === '') return { condition: { kind: 'or', items: [] }, exact: true };
  return { condition: { kind: 'eq', column, value: node.value }, exact: true };
}

/** AND keeps what can be pushed (a superset); OR needs every side. */
function combine(kind: 'and' | 'or', parts: (Pushed | undefined)[]): Pushed | undefined {
  const pushed = parts.filter((p): p is Pushed => p !== undefined);
  if (kind === 'or' && pushed.length < parts.length) return undefined;
  if (pushed.length === 0) return undefined;
  const exact = pushed.length === parts.length && pushed.every((p) => p.exact);
  return { condition: pushed.length === 1 ? pushed[0]!.condition : { kind, items: pushed.map((p) => p.condition) }, exact };
}

/** NOT of a condition is only right when the condition is exact. */
function negate(p: Pushed | undefined): Pushed | undefined {
  return p?.exact ? { condition: { kind: 'not', item: p.condition }, exact: true } : undefined;
}
