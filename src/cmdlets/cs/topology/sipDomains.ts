// Get-/New-/Set-/Remove-CsSipDomain: the domains users' SIP addresses may use; exactly one is the default.
// Each write checks its rules again inside its transaction, on the domains as stored then.

import { csCmdlet } from '../../../catalog/registry.js';
import { addSipDomain, getSipDomain, listSipDomains, removeSipDomain, setDefaultSipDomain } from '../../../store/topologyRepository.js';
import { sipDomainObject } from './objects.js';
import { SIP_DOMAIN_NAME } from './topologyXml.js';
import { fail, recordHandler } from '../kit/commandError.js';
import { hasWildcard, storeOf, stringParam, wildcardMatch } from '../kit/commandContext.js';
import { topoErrors } from './errors.js';
import { countUsersInSipDomain } from '../../../store/usersRepository.js';
import type { Store } from '../../../store/store.js';
import type { SipDomainRecord } from '../../../store/topologyTypes.js';
import { commandTransaction } from '../kit/commandTransaction.js';
import type { CmdletDefinition } from '../../../engine/cmdlet.js';

/** The cmdlets this module declares, gathered by its family index. */
export const cmdlets: CmdletDefinition[] = [];

cmdlets.push(csCmdlet('Get-CsSipDomain', () =>
  recordHandler((ctx) => {
    const store = storeOf(ctx);
    const identity = stringParam(ctx, 'Identity');
    const filter = stringParam(ctx, 'Filter') ?? (identity && hasWildcard(identity) ? identity : undefined);
    if (identity !== undefined && filter === undefined) {
      const d = getSipDomain(store, identity);
      if (!d) fail(topoErrors.notFound('SipDomain', identity));
      ctx.writeObject(sipDomainObject(d));
      return;
    }
    for (const d of listSipDomains(store)) if (filter === undefined || wildcardMatch(filter, d.name)) ctx.writeObject(sipDomainObject(d));
  }),
));

/** A new SIP domain's name, refused when it is not a domain name or already exists. */
function checkNewSipDomain(store: Store, name: string): void {
  if (!SIP_DOMAIN_NAME.test(name)) fail(topoErrors.invalid(`"${name}" is not a valid SIP domain name.`, 'InvalidSipDomain', name));
  if (getSipDomain(store, name)) fail(topoErrors.exists(`"SipDomain" with identity "${name}" already exists.`, 'SipDomainAlreadyExists', name));
}

cmdlets.push(csCmdlet('New-CsSipDomain', () =>
  recordHandler(async (ctx) => {
    const name = (stringParam(ctx, 'Identity') ?? '').trim();
    checkNewSipDomain(storeOf(ctx), name);
    if (!(await ctx.shouldProcess(name))) return;
    const created = commandTransaction(ctx, (store) => {
      checkNewSipDomain(store, name);
      addSipDomain(store, name, ctx.params.IsDefault === true || listSipDomains(store).length === 0);
      return getSipDomain(store, name)!;
    });
    ctx.writeObject(sipDomainObject(created));
  }),
));

function existingSipDomain(store: Store, name: string): SipDomainRecord {
  const d = getSipDomain(store, name);
  if (!d) fail(topoErrors.notFound('SipDomain', name));
  return d;
}

cmdlets.push(csCmdlet('Set-CsSipDomain', () =>
  recordHandler(async (ctx) => {
    const name = stringParam(ctx, 'Identity') ?? '';
    const d = existingSipDomain(storeOf(ctx), name);
    if (!ctx.bound.has('IsDefault')) return;
    const makeDefault = ctx.params.IsDefault === true;
    if (!makeDefault && d.isDefault) {
      // [I] The default cannot be cleared directly; another domain must be made the default instead.
      fail(topoErrors.refused(`"${d.name}" is the default SIP domain. Make another SIP domain the default instead.`, 'DefaultSipDomainRequired', d.name));
    }
    if (!makeDefault || d.isDefault) return;
    if (!(await ctx.shouldProcess(d.name))) return;
    commandTransaction(ctx, (store) => setDefaultSipDomain(store, existingSipDomain(store, name).name));
  }),
));

/** Refuses to remove the default SIP domain or one that users' SIP addresses are in. */
function checkRemovable(store: Store, name: string): SipDomainRecord {
  const d = existingSipDomain(store, name);
  if (d.isDefault) fail(topoErrors.refused(`The default SIP domain "${d.name}" cannot be removed. Make another SIP domain the default first.`, 'DefaultSipDomainCannotBeRemoved', d.name));
  const inUse = countUsersInSipDomain(store, d.name);
  if (inUse > 0) fail(topoErrors.refused(`SIP domain "${d.name}" cannot be removed: ${inUse} user(s) have SIP addresses in it.`, 'SipDomainInUse', d.name));
  return d;
}

cmdlets.push(csCmdlet('Remove-CsSipDomain', () =>
  recordHandler(async (ctx) => {
    const name = stringParam(ctx, 'Identity') ?? '';
    const d = checkRemovable(storeOf(ctx), name);
    if (!(await ctx.shouldProcess(d.name))) return;
    commandTransaction(ctx, (store) => removeSipDomain(store, checkRemovable(store, name).name));
  }),
));
