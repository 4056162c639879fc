// Enable-CsUser, Disable-CsUser, Set-CsUser, Move-CsUser: changes to users' Skype for Business
// attributes. The users of one command change in one transaction; a refused change writes nothing.

import type { CmdletContext } from '../../../engine/cmdlet.js';
import { csCmdlet } from '../../../catalog/registry.js';
import { getPool, getSipDomain, listServices } from '../../../store/topologyRepository.js';
import { findUsers, getUserById, getUserBySip, normalizeSipAddress, saveUser, type UserRecord } from '../../../store/usersRepository.js';
import { commandTransaction } from '../kit/commandTransaction.js';
import { adAccountObject, poolIndex, userObject } from './objects.js';
import { usersForIdentity } from './lookup.js';
import { fail, recordHandler } from '../kit/commandError.js';
import { storeOf, stringParam } from '../kit/commandContext.js';
import { topoErrors } from '../topology/errors.js';
import { readSandboxText } from '../kit/files.js';
import { withReport } from '../kit/report.js';
import type { CmdletDefinition } from '../../../engine/cmdlet.js';

/** The cmdlets this module declares, gathered by its family index. */
export const cmdlets: CmdletDefinition[] = [];

const notChanged = (u: UserRecord) => `Object with identity "${u.dn}" was not changed.`;

/**
 * One user's change, as a function of the user as stored when the transaction runs: it re-checks what
 * it needs and returns the new record, or undefined when there is nothing left to change.
 */
type UserChange = (current: UserRecord) => UserRecord | undefined;

interface PlannedChange {
  user: UserRecord;
  change: UserChange;
}

/**
 * Writes every planned change of one command in one transaction (a wildcard identity may name several
 * users: either all change or none), each applied to the user as stored then, so that a change another
 * process made meanwhile is kept; then writes the -PassThru objects.
 */
function commitUsers(ctx: CmdletContext, planned: PlannedChange[], passThru: (u: UserRecord) => unknown): void {
  if (!planned.length) return;
  const saved = commandTransaction(ctx, (store) => {
    const next = planned.flatMap(({ user, change }) => {
      const current = getUserById(store, user.id);
      if (!current) fail(topoErrors.userNotFound(user.dn));
      return change(current) ?? [];
    });
    const sips = next.map((u) => u.sipAddress?.toLowerCase()).filter(Boolean);
    if (new Set(sips).size !== sips.length) fail(topoErrors.exists('The command would give the same SIP address to more than one user.', 'SipAddressInUse'));
    next.forEach((u) => saveUser(store, u));
    return next;
  });
  if (ctx.params.PassThru === true) for (const u of saved) ctx.writeObject(passThru(u));
}

/** A pool that can home users: it exists and runs a Registrar. */
function registrarPool(ctx: CmdletContext, fqdn: string): string {
  const store = storeOf(ctx);
  const pool = getPool(store, fqdn);
  if (!pool || !listServices(store, { pool: pool.fqdn, role: 'Registrar' }).length) {
    fail(topoErrors.invalid(`"${fqdn}" is not a Registrar pool of the topology. Use Get-CsPool to list the pools.`, 'InvalidRegistrarPool', fqdn));
  }
  return pool.fqdn;
}

/** Checks a SIP address: syntax, domain of the deployment, not used by another account. */
function checkSipAddress(ctx: CmdletContext, sip: string, owner: UserRecord): string {
  const store = storeOf(ctx);
  const value = normalizeSipAddress(sip);
  const m = /^sip:[^@\s]+@([^@\s]+)$/i.exec(value);
  if (!m) fail(topoErrors.invalid(`"${sip}" is not a valid SIP address. Use the form sip:user@domain.`, 'InvalidSipAddress', sip));
  if (!getSipDomain(store, m[1]!)) fail(topoErrors.invalid(`"${m[1]}" is not a SIP domain of the deployment. Use Get-CsSipDomain to list them.`, 'InvalidSipDomain', m[1]));
  const other = getUserBySip(store, value);
  if (other && other.id !== owner.id) fail(topoErrors.exists(`The SIP address "${value}" is already assigned to "${other.dn}".`, 'SipAddressInUse', value));
  return value;
}

/** [I] How -SipAddressType builds an address; FirstLastName joins the names (`Ken Myer` -> kenmyer@domain). */
function derivedSipAddress(ctx: CmdletContext, u: UserRecord): string {
  const type = stringParam(ctx, 'SipAddressType');
  const domain = stringParam(ctx, 'SipDomain');
  const needDomain = () => domain ?? fail(topoErrors.invalid(`-SipDomain is required with -SipAddressType ${type}.`, 'SipDomainRequired'));
  switch ((type ?? '').toLowerCase()) {
    case 'firstlastname':
      return `sip:${`${u.firstName}${u.lastName}`.toLowerCase().replace(/[^a-z0-9._-]/g, '')}@${needDomain()}`;
    case 'emailaddress':
      return u.email ? `sip:${u.email}` : fail(topoErrors.invalid(`User "${u.dn}" has no e-mail address; use another -SipAddressType.`, 'NoEmailAddress', u.dn));
    case 'userprincipalname':
      return `sip:${u.userPrincipalName}`;
    case 'samaccountname':
      return `sip:${u.samAccountName}@${needDomain()}`;
    default:
      return fail(topoErrors.invalid('Specify the SIP address with -SipAddress, or how to build it with -SipAddressType.', 'SipAddressRequired'));
  }
}

/** Enable-CsUser for one account: the pool and SIP address checked on the account as it is. */
function enableChange(ctx: CmdletContext): UserChange {
  return (u) => {
    if (u.sipAddress) {
      ctx.writeWarning(notChanged(u));
      return undefined;
    }
    const poolName = stringParam(ctx, 'RegistrarPool');
    if (!poolName) fail(topoErrors.invalid('Specify the pool that will home the user with -RegistrarPool.', 'RegistrarPoolRequired'));
    const pool = registrarPool(ctx, poolName);
    const sip = checkSipAddress(ctx, stringParam(ctx, 'SipAddress') ?? derivedSipAddress(ctx, u), u);
    return { ...u, sipAddress: sip, registrarPool: pool, enabled: true };
  };
}

cmdlets.push(csCmdlet('Enable-CsUser', () =>
  recordHandler(async (ctx) => {
    const planned: PlannedChange[] = [];
    const change = enableChange(ctx);
    for (const u of usersForIdentity(ctx, false)) {
      if (!change(u)) continue;
      if (!(await ctx.shouldProcess(u.dn))) continue;
      planned.push({ user: u, change });
    }
    commitUsers(ctx, planned, (u) => userObject(u, poolIndex(storeOf(ctx))));
  }),
));

/** Disable-CsUser: the Skype for Business attributes cleared; an account already disabled is left alone. */
function disabled(u: UserRecord): UserRecord | undefined {
  if (!u.sipAddress) return undefined;
  return {
    ...u,
    sipAddress: null,
    registrarPool: null,
    enabled: false,
    externalAccessPolicy: null,
    lineUri: null,
    enterpriseVoiceEnabled: false,
    hostedVoiceMail: false,
    policies: {},
    extra: {},
  };
}

cmdlets.push(csCmdlet('Disable-CsUser', () =>
  recordHandler(async (ctx) => {
    const planned: PlannedChange[] = [];
    for (const u of usersForIdentity(ctx, false)) {
      if (!disabled(u)) {
        ctx.writeWarning(notChanged(u));
        continue;
      }
      if (!(await ctx.shouldProcess(u.dn))) continue;
      planned.push({ user: u, change: disabled });
    }
    commitUsers(ctx, planned, adAccountObject);
  }),
));

/** Set-CsUser parameter -> how it changes the user. */
function applySetParameters(ctx: CmdletContext, u: UserRecord): UserRecord {
  const next: UserRecord = { ...u, extra: { ...u.extra } };
  const bool = (name: string) => ctx.params[name] === true;
  if (ctx.bound.has('Enabled')) next.enabled = bool('Enabled');
  if (ctx.bound.has('EnterpriseVoiceEnabled')) next.enterpriseVoiceEnabled = bool('EnterpriseVoiceEnabled');
  if (ctx.bound.has('HostedVoiceMail')) next.hostedVoiceMail = bool('HostedVoiceMail');
  if (ctx.bound.has('AudioVideoDisabled')) next.audioVideoDisabled = bool('AudioVideoDisabled');
  if (ctx.bound.has('LineURI')) {
    const line = stringParam(ctx, 'LineURI') || null;
    if (line && !/^tel:\+?[0-9]/i.test(line)) fail(topoErrors.invalid(`"${line}" is not a valid line URI. Use the form tel:+14255550100.`, 'InvalidLineUri', line));
    next.lineUri = line;
  }
  if (ctx.bound.has('SipAddress')) next.sipAddress = checkSipAddress(ctx, stringParam(ctx, 'SipAddress') ?? '', u);
  for (const p of ['PrivateLine', 'LineServerURI', 'OnPremLineURI', 'RemoteCallControlTelephonyEnabled', 'ExchangeArchivingPolicy']) {
    if (ctx.bound.has(p)) next.extra[p] = ctx.params[p] ?? null;
  }
  return next;
}

/** Set-CsUser's change, or undefined when the parameters change nothing on this user. */
function setChange(ctx: CmdletContext): UserChange {
  return (u) => {
    const next = applySetParameters(ctx, u);
    return JSON.stringify(next) === JSON.stringify(u) ? undefined : next;
  };
}

cmdlets.push(csCmdlet('Set-CsUser', () =>
  recordHandler(async (ctx) => {
    const planned: PlannedChange[] = [];
    const change = setChange(ctx);
    for (const u of usersForIdentity(ctx, true)) {
      if (!change(u)) {
        ctx.writeWarning(notChanged(u));
        continue;
      }
      if (!(await ctx.shouldProcess(u.dn))) continue;
      planned.push({ user: u, change });
    }
    commitUsers(ctx, planned, (u) => userObject(u, poolIndex(storeOf(ctx))));
  }),
));

/** The users of Move-CsUser: -Identity, or each line of the -UserList file. */
function usersToMove(ctx: CmdletContext): UserRecord[] {
  if (ctx.parameterSetName !== 'Users') return usersForIdentity(ctx, true);
  const psPath = stringParam(ctx, 'UserList') ?? '';
  const text = readSandboxText(ctx, psPath, (spec) => fail(spec, true));
  const out: UserRecord[] = [];
  for (const line of text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean)) {
    const found = findUsers(storeOf(ctx), line, { csOnly: true });
    if (!found.length) ctx.writeError(topoErrors.userNotFound(line));
    out.push(...found);
  }
  return out;
}

cmdlets.push(csCmdlet('Move-CsUser', () =>
  withReport(
    recordHandler(async (ctx) => {
      const target = registrarPool(ctx, stringParam(ctx, 'Target') ?? '');
      const planned: PlannedChange[] = [];
      for (const u of usersToMove(ctx)) {
        if (u.registrarPool?.toLowerCase() === target.toLowerCase()) {
          ctx.writeWarning(notChanged(u));
          continue;
        }
        if (!(await ctx.shouldProcess(u.dn, 'Move-CsUser'))) continue;
        planned.push({ user: u, change: (current) => (current.registrarPool?.toLowerCase() === target.toLowerCase() ? undefined : { ...current, registrarPool: target }) });
        ctx.writeVerbose(`Moving ${u.sipAddress} from ${u.registrarPool ?? '(no pool)'} to ${target}.`);
      }
      commitUsers(ctx, planned, (u) => userObject(u, poolIndex(storeOf(ctx))));
    }),
  ),
));
