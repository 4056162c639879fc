// User cmdlets: Get-CsUser, Get-CsAdUser, Enable-/Disable-/Set-/Move-CsUser. Policy grants and the
// effective policy are in topoGrant.ts.

import type { CmdletContext } from '../../engine/cmdlet.js';
import { registerCsCmdlet } from '../../catalog/registry.js';
import { iterateUsers, type UserRecord } from '../../store/usersRepository.js';
import { usersForIdentity } from './topoUserLookup.js';
import { adAccountObject, poolIndex, userObject, userProperty, type PoolIndex } from './topoUserObjects.js';
import { FilterSyntaxError, evaluateUserFilter, filterProperties, indexHints, parseUserFilter, type FilterIndexHints } from './topoUserFilter.js';
import { LdapFilterError, matchLdap, parseLdapFilter } from './topoLdapFilter.js';
import { fail, identityText, recordHandler, resultSizeParam, storeOf, stringParam, topoErrors } from './topoCommon.js';
import './topoUserChanges.js';
import './topoGrant.js';

interface Selection {
  csOnly: boolean;
  /** Columns the filter pins down, read through the indexes first. */
  hints?: FilterIndexHints;
  /** Extra predicate from -Filter (on the output object's properties). */
  filter?: (u: UserRecord, pools: PoolIndex) => boolean;
}

/** -Filter, -LdapFilter, -OU, -UnAssignedUser, -ResultSize applied to the accounts; returns them in AD order. */
function selectUsers(ctx: CmdletContext, sel: Selection): UserRecord[] {
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
  // Rows are streamed; with no filter left to apply in code, the database stops at -ResultSize itself.
  const sqlLimit = !ldap && !sel.filter && !unassigned ? limit : undefined;
  const users: Iterable<UserRecord> =
    identity !== undefined ? usersForIdentity(ctx, sel.csOnly) : iterateUsers(store, { csOnly: sel.csOnly, ou, ...sel.hints, limit: sqlLimit });
  const out: UserRecord[] = [];
  const pools = poolIndex(store);
  for (const u of users) {
    if (limit !== undefined && out.length >= limit) break;
    if (identity !== undefined && ou !== undefined && !u.dn.toLowerCase().endsWith(`,${ou.toLowerCase()}`)) continue;
    if (unassigned && u.registrarPool) continue;
    if (ldap && !matchLdap(ldap, u, pools)) continue;
    if (sel.filter && !sel.filter(u, pools)) continue;
    out.push(u);
  }
  return out;
}

/** [I] Directory attributes a Get-CsUser filter may also name, although the user object does not show them. */
function directoryAttribute(u: UserRecord, key: string): unknown {
  return directoryAttributes(u)[key];
}

function directoryAttributes(u: UserRecord): Record<string, unknown> {
  const map: Record<string, unknown> = {
    department: u.department,
    city: u.city,
    title: u.title,
    firstname: u.firstName,
    lastname: u.lastName,
    userprincipalname: u.userPrincipalName,
    windowsemailaddress: u.email,
    distinguishedname: u.dn,
  };
  return map;
}

/** The -Filter of Get-CsUser as a predicate on the user's properties, with the index hints it allows. */
function userFilter(ctx: CmdletContext): Pick<Selection, 'filter' | 'hints'> {
  const text = stringParam(ctx, 'Filter');
  if (text === undefined) return {};
  try {
    const node = parseUserFilter(text, (name) => ctx.engine.getVariable(name));
    const read = (u: UserRecord, pools: PoolIndex, p: string) => {
      const own = userProperty(u, pools, p);
      return own ? own.value : directoryAttribute(u, p.toLowerCase());
    };
    let checked = false;
    const filter = (u: UserRecord, pools: PoolIndex) => {
      // A misspelt property matches nobody; the directory refuses such a filter instead of returning nothing.
      if (!checked) {
        checked = true;
        const unknown = filterProperties(node).find((p) => !userProperty(u, pools, p) && !(p.toLowerCase() in directoryAttributes(u)));
        if (unknown) fail(topoErrors.invalid(`The filter "${text}" is not valid: "${unknown}" is not a recognized filterable property.`, 'InvalidFilter', text), true);
      }
      return evaluateUserFilter(node, (p) => read(u, pools, p));
    };
    return { filter, hints: indexHints(node) };
  } catch (e) {
    if (e instanceof FilterSyntaxError) fail(topoErrors.invalid(`The filter "${text}" is not valid: ${e.message}.`, 'InvalidFilter', text), true);
    throw e;
  }
}

registerCsCmdlet('Get-CsUser', () =>
  recordHandler((ctx) => {
    const pools = poolIndex(storeOf(ctx));
    for (const u of selectUsers(ctx, { csOnly: true, ...userFilter(ctx) })) ctx.writeObject(userObject(u, pools));
  }),
);

registerCsCmdlet('Get-CsAdUser', () =>
  recordHandler((ctx) => {
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
    for (const u of selectUsers(ctx, { csOnly: false, filter })) ctx.writeObject(adAccountObject(u));
  }),
);
