// Errors of the configuration cmdlets. The real product's texts for most of these were never observed;
// the wording below is our decision [I] (DOMAIN.md §5.4) and lives in this one table. Each is raised
// with the kit's `fail` and written as a non-terminating error of the current object.

import type { ErrorSpec } from '../../../engine/cmdlet.js';
import { errorShapes } from '../kit/commandError.js';

export const xdsErrors = {
  /** [I] Get/Set/Remove of an identity that does not exist. */
  notFound: (type: string, identity: string): ErrorSpec => errorShapes.notFound(type, identity, 'XdsObjectNotFound'),
  /** [I] New- with an identity that already exists. */
  alreadyExists: (type: string, identity: string): ErrorSpec =>
    errorShapes.exists(`"${type}" with identity "${identity}" already exists. Use the Set- cmdlet to modify it.`, 'XdsObjectAlreadyExists', identity),
  /** [I] New- at the global scope. */
  globalCannotBeCreated: (type: string, setCmdlet: string): ErrorSpec =>
    errorShapes.refused(`Cannot create a new "${type}" at the global scope. Use ${setCmdlet} to modify the global instance.`, 'XdsGlobalCannotBeCreated', 'Global'),
  /** [I] New-/Set- of a site-scoped object for a site the topology does not have. */
  siteNotFound: (site: string): ErrorSpec => ({
    message: `Site "${site}" was not found in the topology.`,
    category: 'ObjectNotFound',
    errorId: 'SiteNotFound',
    exceptionType: 'System.Management.Automation.ItemNotFoundException',
    targetObject: site,
  }),
  /** [I] An identity whose scope the type does not have (e.g. `service:` for a policy, `tag:` for a setting). */
  invalidScope: (type: string, identity: string, allowed: string): ErrorSpec =>
    errorShapes.invalid(`"${identity}" is not a valid identity for "${type}". ${allowed}`, 'InvalidXdsIdentity', identity),
  /** [I] -Instance given an object of another type. */
  wrongInstanceType: (type: string, got: string): ErrorSpec =>
    errorShapes.invalid(`The object passed to -Instance is a "${got}", not a "${type}".`, 'InvalidInstanceType', got),
  /** A rule of the product refused the change; `errorId` names the rule. */
  refused: errorShapes.refused,
} as const;

/** [V prefix; I completion] Remove- on a global document resets it (DOMAIN.md §1.3). */
export function globalResetWarning(type: string): string {
  return `Global configuration for "${type}" cannot be removed. Instead of removing it, the Global configuration for "${type}" has been reset to the default value.`;
}
