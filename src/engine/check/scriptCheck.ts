// Offline checking of a script against the real cmdlets' parameters, before it goes near production:
// every command with a literal name is bound by the same binder the engine uses, with the values
// that are known before the script runs (literals, literal hashtables splatted) and placeholders for
// the rest. Reported, all at once: parse errors (parsing goes on after each one), unknown commands
// (with the nearest names), commands of Windows modules csshell does not emulate (warnings), every
// binding problem of each command (unknown/ambiguous/duplicate parameters, bad literal values,
// parameter sets that cannot be resolved, missing mandatory parameters) and, given a deployment,
// identities that will not exist when the command runs.

import type { CmdletLookup } from '../../catalog/registry.js';
import { SessionSecrets } from '../secrets/sessionSecrets.js';
import { checkCommandSite } from './commandBinding.js';
import { collectCommands } from './commandSites.js';
import { bySourceOrder, type CheckFinding } from './findings.js';
import { parseWithRecovery } from './parseRecovery.js';
import { IdentitySimulation, type BoundCommand } from './identityCheck.js';
import type { Store } from '../../store/store.js';

export type { CheckFinding, CheckSeverity } from './findings.js';

export interface CheckOptions {
  /** The cmdlets the script will find: the built-in ones (src/cmdlets' builtins().cmdlets). */
  cmdlets: CmdletLookup;
  /** The deployment the script will run against: identities it names are looked up there. */
  store?: Store;
}

/** Checks one script's text; findings are in source order. */
export async function checkScript(text: string, file: string | undefined, options: CheckOptions): Promise<CheckFinding[]> {
  const { roots, errors } = parseWithRecovery(text, file);
  const findings: CheckFinding[] = errors.map((e) => ({
    line: e.extent.line,
    column: e.extent.column,
    errorId: 'ParserError',
    severity: 'error',
    message: e.message,
  }));
  const { sites, functions } = collectCommands(roots, options.cmdlets);
  sites.sort((a, b) => a.command.extent.start - b.command.extent.start);
  // A binding message may quote the value it could not convert: secrets written in the script are masked.
  const secrets = new SessionSecrets(undefined, options.cmdlets);
  secrets.learn(roots.map((r) => r.ast));
  const bound: BoundCommand[] = [];
  for (const site of sites) {
    const checked = await checkCommandSite(site, functions, options.cmdlets);
    for (const f of checked.findings) findings.push({ ...f, message: secrets.scrub(f.message) });
    if (checked.bound) bound.push({ site, ...checked.bound });
  }
  if (options.store) findings.push(...new IdentitySimulation(options.store).findings(bound));
  return findings.sort(bySourceOrder);
}
