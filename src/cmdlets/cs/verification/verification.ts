// Verification cmdlets: Test-CsXmppIM and Test-CsFederatedPartner. No network is used: the chain a
// message needs is evaluated against the store (xmppChecks.ts, federationChecks.ts) and the
// result is the synthetic transaction's TaskOutput object.

import type { CmdletContext } from '../../../engine/cmdlet.js';
import { PSCredential, TimeSpan } from '../../../engine/runtime/values.js';
import { findUsers, getUserBySip } from '../../../store/usersRepository.js';
import { csCmdlet } from '../../../catalog/registry.js';
import { evaluateXmppChain, type ChainFailure } from './xmppChecks.js';
import { evaluateFederationChain } from './federationChecks.js';
import { taskOutput } from './taskOutput.js';
import { recordHandler } from '../kit/commandError.js';
import { storeOf, stringParam } from '../kit/commandContext.js';
import type { CmdletDefinition } from '../../../engine/cmdlet.js';

/** The cmdlets this module declares, gathered by its family index. */
export const cmdlets: CmdletDefinition[] = [];

/** A plausible, repeatable latency for a successful transaction (1.2–3.0 s), from the test's inputs. */
export function successLatency(seed: string): TimeSpan {
  let h = 2166136261;
  for (const c of seed.toLowerCase()) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
  return new TimeSpan(12_000_000 + (h % 18_000_000));
}

/** Writes the result object, the warning of the failure (if any), and the -Out*Variable logs. */
function report(ctx: CmdletContext, target: string, failure: ChainFailure | undefined, seed: string, steps: string[]): void {
  if (failure?.warning) ctx.writeWarning(failure.warning);
  const log = [...steps, failure ? `Failure: ${failure.error}${failure.diagnosis ? ` ${failure.diagnosis}` : ''}` : 'Success'].join('\n');
  for (const v of ['OutLoggerVariable', 'OutVerboseVariable']) {
    const name = stringParam(ctx, v);
    if (name) ctx.engine.setVariable(name.replace(/^\$/, ''), log);
  }
  for (const s of steps) ctx.writeVerbose(s);
  ctx.writeObject(
    failure
      ? taskOutput(target, 'Failure', new TimeSpan(0), failure.error, failure.diagnosis)
      : taskOutput(target, 'Success', successLatency(seed), null, null),
  );
}

/**
 * ClientPlatform: the test signs in as the user, so the credential must be that user's account, and
 * without -TargetFqdn the user's own pool is tested. [I] wording.
 */
function clientPlatform(ctx: CmdletContext, sender: string | undefined): { target?: string; failure?: ChainFailure } {
  const store = storeOf(ctx);
  const user = sender ? getUserBySip(store, sender) : undefined;
  const cred = ctx.params.UserCredential;
  if (cred instanceof PSCredential && user) {
    const owner = findUsers(store, cred.userName)[0];
    if (!owner || owner.id !== user.id) {
      return { failure: { error: `Sign-in failed for ${user.sipAddress}: the credential (${cred.userName}) is not this user's account.`, diagnosis: 'Give the credential of the user named by -UserSipAddress (Get-Credential).' } };
    }
  }
  return { target: user?.registrarPool ?? undefined };
}

cmdlets.push(csCmdlet('Test-CsXmppIM', () =>
  recordHandler((ctx) => {
    const receiver = stringParam(ctx, 'Receiver') ?? '';
    const sender = stringParam(ctx, 'UserSipAddress');
    const client = ctx.parameterSetName === 'ClientPlatform' ? clientPlatform(ctx, sender) : {};
    const target = stringParam(ctx, 'TargetFqdn') ?? client.target ?? '';
    const warnings: string[] = [];
    const failure = client.failure ?? evaluateXmppChain(storeOf(ctx), { targetFqdn: target, receiver, userSipAddress: sender, warnings });
    if (!failure) for (const w of warnings) ctx.writeWarning(w);
    const steps = [
      `Checking pool ${target} and sender ${sender ?? '(health monitoring user)'}.`,
      `Checking the external access policy, the Edge and the XMPP partner for ${receiver}.`,
    ];
    report(ctx, target, failure, `${target}|${sender ?? ''}|${receiver}`, steps);
  }),
));

cmdlets.push(csCmdlet('Test-CsFederatedPartner', () =>
  recordHandler((ctx) => {
    const target = stringParam(ctx, 'TargetFqdn') ?? '';
    const domain = stringParam(ctx, 'Domain') ?? '';
    const failure = evaluateFederationChain(storeOf(ctx), { targetFqdn: target, domain, proxyFqdn: stringParam(ctx, 'ProxyFqdn') });
    report(ctx, target, failure, `${target}|${domain}`, [`Checking federation from ${target} to ${domain}.`]);
  }),
));
