// User cmdlets: Get-CsUser, Get-CsAdUser, Enable-/Disable-/Set-/Move-CsUser. Policy grants and the
// effective policy are in grants.ts.

import type { CmdletContext } from '../../../engine/cmdlet.js';
import { registerCsCmdlet } from '../../../catalog/registry.js';
import type { UserRecord } from '../../../store/usersRepository.js';
import { listUsersPaged, type UserCondition } from '../../../store/userListing.js';
import { usersForIdentity } from './lookup.js';
import { adAccountObject, isUserProperty, listedUserObject, poolIndex, userProperty, type PoolIndex } from './objects.js';
import { FilterSyntaxError, evaluateUserFilter, filterProperties, parseUserFilter, type FilterNode } from './opathFilter.js';
import { filterCondition, ldapCondition } from './pushdown.js';
import { LdapFilterError, matchLdap, parseLdapFilter } from './ldapFilter.js';
import { fail, identityText, recordHandler, resultSizeParam, storeOf, stringParam, topoErrors } from '../kit/commandError.js';
import './changes.js';
import './grants.js';

interface Selection {
  csOnly: boolean;
  /** Extra predicate from -Filter (on the output object's properties). */
  filter?: (u: UserRecord, pools: PoolIndex) => boolean;
  /** What of -Filter the store can evaluate in SQL (a superset of what `filter` keeps). */
  where?: UserCondition;
}

/**
 * -Filter, -LdapFilter, -OU, -UnAssignedUser, -ResultSize applied to the accounts, in AD order. The
 * parameters are checked now (errors come before any output); the accounts are read as they are needed.
 */
function selectUsers(ctx: CmdletContext, sel: Selection, pools: PoolIndex): Iterable<UserRecord> {
  const store = storeOf(ctx);
  const ou = stringParam(ctx, 'OU');
  const ldapText = stringParam(ctx, 'LdapFilter') ?? stringParam(ctx, 'LDAPFilter');
  let ldap: ReturnType<typeof parseLdapFilter> | undefined;
  try {
    ldap = ldapText === undefined ? undefined : parseLdapFilter(ldapText);
  } catch (e) {
    if (e instanceof LdapFilterError) fail(topoErrors.invalid(`The LDAP filter "${ldapText}" is not valid: ${e.message}.`, 'InvalidLdapFilter', ldapText), true);
    throw e;
  }
  const identity = identityText(ctx.params.Identity);
  const limit = resultSizeParam(ctx);
  const unassigned = ctx.params.UnAssignedUser === true;
  if (identity !== undefined) return filtered(usersForIdentity(ctx, sel.csOnly), { ...sel, limit, ldap, unassigned, ou }, pools);
  const conditions = [sel.where, ldap && ldapCondition(ldap), unassigned ? ({ kind: 'eq', column: 'registrarPool', value: null } as const) : undefined];
  const where = conditions.filter((c): c is UserCondition => c !== undefined);
  // With no filter left to apply in code, the database stops at -ResultSize itself.
  const sqlLimit = !ldap && !sel.filter ? limit : undefined;
  const listed = listUsersPaged(store, { csOnly: sel.csOnly, ou, where: where.length ? { kind: 'and', items: where } : undefined, limit: sqlLimit });
  return filtered(listed, { ...sel, limit, ldap, unassigned }, pools);
}

interface Checks extends Selection {
  limit?: number;
  ldap?: ReturnType<typeof parseLdapFilter>;
  unassigned: boolean;
  /** -OU with -Identity (a listing applies it in SQL). */
  ou?: string;
}

function* filtered(users: Iterable<UserRecord>, c: Checks, pools: PoolIndex): Generator<UserRecord> {
  let count = 0;
  for (const u of users) {
    if (c.limit !== undefined && count >= c.limit) return;
    if (c.ou !== undefined && !u.dn.toLowerCase().endsWith(`,${c.ou.toLowerCase()}`)) continue;
    if (c.unassigned && u.registrarPool) continue;
    if (c.ldap && !matchLdap(c.ldap, u, pools)) continue;
    if (c.filter && !c.filter(u, pools)) continue;
    count++;
    yield u;
  }
}

/** [I] Directory attributes a Get-CsUser filter may also name, although the user object does not show them. */
const DIRECTORY_ATTRIBUTES = new Map<string, (u: UserRecord) => unknown>(Object.entries({
  department: (u: UserRecord) => u.department,
  city: (u: UserRecord) => u.city,
  title: (u: UserRecord) => u.title,
  firstname: (u: UserRecord) => u.firstName,
  lastname: (u: UserRecord) => u.lastName,
  userprincipalname: (u: UserRecord) => u.userPrincipalName,
  windowsemailaddress: (u: UserRecord) => u.email,
  distinguishedname: (u: UserRecord) => u.dn,
}));

/** The -Filter of Get-CsUser as a predicate on the user's properties, with what of it SQL can check. */
function userFilter(ctx: CmdletContext): Pick<Selection, 'filter' | 'where'> {
  const text = stringParam(ctx, 'Filter');
  if (text === undefined) return {};
  let node: FilterNode;
  try {
    node = parseUserFilter(text, (name) => ctx.engine.getVariable(name));
  } catch (e) {
    if (e instanceof FilterSyntaxError) fail(topoErrors.invalid(`The filter "${text}" is not valid: ${e.message}.`, 'InvalidFilter', text), true);
    throw e;
  }
  // A misspelt property matches nobody; the directory refuses such a filter instead of returning nothing.
  const unknown = filterProperties(node).find((p) => !isUserProperty(p) && !DIRECTORY_ATTRIBUTES.has(p.toLowerCase()));
  if (unknown) fail(topoErrors.invalid(`The filter "${text}" is not valid: "${unknown}" is not a recognized filterable property.`, 'InvalidFilter', text), true);
  const read = (u: UserRecord, pools: PoolIndex, p: string) => {
    const own = userProperty(u, pools, p);
    return own ? own.value : DIRECTORY_ATTRIBUTES.get(p.toLowerCase())?.(u);
  };
  return { filter: (u, pools) => evaluateUserFilter(node, (p) => read(u, pools, p)), where: filterCondition(node) };
}

registerCsCmdlet('Get-CsUser', () =>
  recordHandler(async (ctx) => {
    const pools = poolIndex(storeOf(ctx));
    const users = selectUsers(ctx, { csOnly: true, ...userFilter(ctx) }, pools);
    await ctx.writeEach(mapped(users, (u) => listedUserObject(u, pools)));
  }),
);

function* mapped<T, R>(items: Iterable<T>, f: (item: T) => R): Generator<R> {
  for (const item of items) yield f(item);
}

registerCsCmdlet('Get-CsAdUser', () =>
  recordHandler(async (ctx) => {
    const text = stringParam(ctx, 'Filter');
    let filter: Selection['filter'];
    if (text !== undefined) {
      try {
        const node = parseUserFilter(text, (name) => ctx.engine.getVariable(name));
        filter = (u) => {
          const account = adAccountObject(u);
          return evaluateUserFilter(node, (p) => account.get(p));
        };
      } catch (e) {
        if (e instanceof FilterSyntaxError) fail(topoErrors.invalid(`The filter "${text}" is not valid: ${e.message}.`, 'InvalidFilter', text), true);
        throw e;
      }
    }
    const users = selectUsers(ctx, { csOnly: false, filter }, poolIndex(storeOf(ctx)));
    await ctx.writeEach(mapped(users, adAccountObject));
  }),
);
