// User cmdlets: Get-CsUser, Get-CsAdUser, Enable-/Disable-/Set-/Move-CsUser. Policy grants and the
// effective policy are in grants.ts.

import type { CmdletContext } from '../../../engine/cmdlet.js';
import { csCmdlet } from '../../../catalog/registry.js';
import type { UserRecord } from '../../../store/usersRepository.js';
import { listUsersPaged, type UserCondition } from '../../../store/userListing.js';
import { usersForIdentity } from './lookup.js';
import { adAccountObject, isUserProperty, listedUserObject, poolIndex, userProperty, type PoolIndex } from './objects.js';
import { FilterSyntaxError, evaluateUserFilter, filterProperties, parseUserFilter } from './opathFilter.js';
import { filterCondition, ldapCondition } from './pushdown.js';
import { LdapFilterError, matchLdap, parseLdapFilter } from './ldapFilter.js';
import { fail, recordHandler } from '../kit/commandError.js';
import { identityText, resultSizeParam, storeOf, stringParam } from '../kit/commandContext.js';
import { topoErrors } from '../topology/errors.js';
import './changes.js';
import './grants.js';
import type { CmdletDefinition } from '../../../engine/cmdlet.js';

/** The cmdlets this module declares, gathered by its family index. */
export const cmdlets: CmdletDefinition[] = [];

interface Selection {
  csOnly: boolean;
  /** Extra predicate from -Filter (on the output object's properties). */
  filter?: (u: UserRecord, pools: PoolIndex) => boolean;
  /** What of -Filter the store can evaluate in SQL (a superset of what `filter` keeps). */
  where?: UserCondition;
}

type FilterLanguage = 'filter' | 'LDAP filter';

/** [I] A -Filter or -LdapFilter the directory refuses ends the command before any output. */
function invalidFilter(language: FilterLanguage, text: string, reason: string): never {
  fail(topoErrors.invalid(`The ${language} "${text}" is not valid: ${reason}.`, language === 'filter' ? 'InvalidFilter' : 'InvalidLdapFilter', text), true);
}

/** A filter parsed by its language's parser; a syntax error of that language is the command's error. */
function parsedFilter<T>(language: FilterLanguage, text: string, parse: (text: string) => T): T {
  try {
    return parse(text);
  } catch (e) {
    if (e instanceof FilterSyntaxError || e instanceof LdapFilterError) invalidFilter(language, text, e.message);
    throw e;
  }
}

/**
 * -Filter, -LdapFilter, -OU, -UnAssignedUser, -ResultSize applied to the accounts, in AD order. The
 * parameters are checked now (errors come before any output); the accounts are read as they are needed.
 */
function selectUsers(ctx: CmdletContext, sel: Selection, pools: PoolIndex): Iterable<UserRecord> {
  const store = storeOf(ctx);
  const ou = stringParam(ctx, 'OU');
  const ldapText = stringParam(ctx, 'LdapFilter') ?? stringParam(ctx, 'LDAPFilter');
  const ldap = ldapText === undefined ? undefined : parsedFilter('LDAP filter', ldapText, parseLdapFilter);
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
  const node = parsedFilter('filter', text, (t) => parseUserFilter(t, (name) => ctx.engine.getVariable(name)));
  // A misspelt property matches nobody; the directory refuses such a filter instead of returning nothing.
  const unknown = filterProperties(node).find((p) => !isUserProperty(p) && !DIRECTORY_ATTRIBUTES.has(p.toLowerCase()));
  if (unknown) invalidFilter('filter', text, `"${unknown}" is not a recognized filterable property`);
  const read = (u: UserRecord, pools: PoolIndex, p: string) => {
    const own = userProperty(u, pools, p);
    return own ? own.value : DIRECTORY_ATTRIBUTES.get(p.toLowerCase())?.(u);
  };
  return { filter: (u, pools) => evaluateUserFilter(node, (p) => read(u, pools, p)), where: filterCondition(node) };
}

cmdlets.push(csCmdlet('Get-CsUser', () =>
  recordHandler(async (ctx) => {
    const pools = poolIndex(storeOf(ctx));
    const users = selectUsers(ctx, { csOnly: true, ...userFilter(ctx) }, pools);
    await ctx.writeEach(mapped(users, (u) => listedUserObject(u, pools)));
  }),
));

function* mapped<T, R>(items: Iterable<T>, f: (item: T) => R): Generator<R> {
  for (const item of items) yield f(item);
}

cmdlets.push(csCmdlet('Get-CsAdUser', () =>
  recordHandler(async (ctx) => {
    const text = stringParam(ctx, 'Filter');
    let filter: Selection['filter'];
    if (text !== undefined) {
      const node = parsedFilter('filter', text, (t) => parseUserFilter(t, (name) => ctx.engine.getVariable(name)));
      filter = (u) => {
        const account = adAccountObject(u);
        return evaluateUserFilter(node, (p) => account.get(p));
      };
    }
    const users = selectUsers(ctx, { csOnly: false, filter }, poolIndex(storeOf(ctx)));
    await ctx.writeEach(mapped(users, adAccountObject));
  }),
));
