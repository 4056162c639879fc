// Get-/New-/Set-/Remove-CsSipDomain: the domains users' SIP addresses may use; exactly one is the default.

import { registerCsCmdlet } from '../../catalog/registry.js';
import { addSipDomain, getSipDomain, listSipDomains, removeSipDomain, setDefaultSipDomain } from '../../store/topologyRepository.js';
import { sipDomainObject } from './topoObjects.js';
import { SIP_DOMAIN_NAME, fail, hasWildcard, recordHandler, storeOf, stringParam, topoErrors, wildcardMatch } from './topoCommon.js';
import { countUsersInSipDomain } from '../../store/usersRepository.js';

registerCsCmdlet('Get-CsSipDomain', () =>
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
);

registerCsCmdlet('New-CsSipDomain', () =>
  recordHandler(async (ctx) => {
    const store = storeOf(ctx);
    const name = (stringParam(ctx, 'Identity') ?? '').trim();
    if (!SIP_DOMAIN_NAME.test(name)) fail(topoErrors.invalid(`"${name}" is not a valid SIP domain name.`, 'InvalidSipDomain', name));
    if (getSipDomain(store, name)) fail(topoErrors.exists(`"SipDomain" with identity "${name}" already exists.`, 'SipDomainAlreadyExists', name));
    if (!(await ctx.shouldProcess(name))) return;
    const isDefault = ctx.params.IsDefault === true || listSipDomains(store).length === 0;
    store.transaction(() => addSipDomain(store, name, isDefault));
    ctx.writeObject(sipDomainObject(getSipDomain(store, name)!));
  }),
);

registerCsCmdlet('Set-CsSipDomain', () =>
  recordHandler(async (ctx) => {
    const store = storeOf(ctx);
    const name = stringParam(ctx, 'Identity') ?? '';
    const d = getSipDomain(store, name);
    if (!d) fail(topoErrors.notFound('SipDomain', name));
    if (!ctx.bound.has('IsDefault')) return;
    const makeDefault = ctx.params.IsDefault === true;
    if (!makeDefault && d.isDefault) {
      // [I] The default cannot be cleared directly; another domain must be made the default instead.
      fail(topoErrors.refused(`"${d.name}" is the default SIP domain. Make another SIP domain the default instead.`, 'DefaultSipDomainRequired', d.name));
    }
    if (!makeDefault || d.isDefault) return;
    if (!(await ctx.shouldProcess(d.name))) return;
    store.transaction(() => setDefaultSipDomain(store, d.name));
  }),
);

registerCsCmdlet('Remove-CsSipDomain', () =>
  recordHandler(async (ctx) => {
    const store = storeOf(ctx);
    const name = stringParam(ctx, 'Identity') ?? '';
    const d = getSipDomain(store, name);
    if (!d) fail(topoErrors.notFound('SipDomain', name));
    if (d.isDefault) fail(topoErrors.refused(`The default SIP domain "${d.name}" cannot be removed. Make another SIP domain the default first.`, 'DefaultSipDomainCannotBeRemoved', d.name));
    const inUse = countUsersInSipDomain(store, d.name);
    if (inUse > 0) fail(topoErrors.refused(`SIP domain "${d.name}" cannot be removed: ${inUse} user(s) have SIP addresses in it.`, 'SipDomainInUse', d.name));
    if (!(await ctx.shouldProcess(d.name))) return;
    store.transaction(() => removeSipDomain(store, d.name));
  }),
);
