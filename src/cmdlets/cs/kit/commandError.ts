// Shared plumbing of the topology, user and verification cmdlets: the store, errors in PowerShell's
// shape, wildcard matching, reading identity-like parameter values, and one transaction per record.

import type { CmdletContext, CmdletImplementation, ErrorSpec } from '../../../engine/cmdlet.js';
import { PSObject, ScriptBlockValue } from '../../../engine/values.js';
import { wildcardMatcher } from '../../../engine/wildcard.js';
import type { Store } from '../../../store/store.js';
import { StoreKeyError, storeKeyErrorSpec } from './storeKeyErrors.js';

/** An error for the current record; the cmdlet shell writes it (non-terminating) or throws it (terminating). */
export class TopoCommandError extends Error {
  constructor(
    readonly spec: ErrorSpec,
    readonly terminating = false,
  ) {
    super(spec.message);
  }
}

export function storeOf(ctx: CmdletContext): Store {
  return ctx.engine.store as Store;
}

export const topoErrors = {
  /** [V] Unknown user identity (DOMAIN.md §5.4). */
  userNotFound: (identity: string): ErrorSpec => ({
    message: `Management object not found for identity "${identity}".`,
    category: 'ObjectNotFound',
    errorId: 'Identity',
    exceptionType: 'Microsoft.Rtc.Management.AD.ManagementException',
    targetObject: identity,
  }),
  /** [I] A topology object (site, pool, computer, service, SIP domain) that does not exist. */
  notFound: (what: string, identity: string): ErrorSpec => ({
    message: `Cannot find "${what}" with identity "${identity}".`,
    category: 'ObjectNotFound',
    errorId: 'TopologyObjectNotFound',
    exceptionType: 'System.Management.Automation.ItemNotFoundException',
    targetObject: identity,
  }),
  invalid: (message: string, errorId: string, targetObject?: unknown): ErrorSpec => ({
    message,
    category: 'InvalidArgument',
    errorId,
    exceptionType: 'System.ArgumentException',
    targetObject,
  }),
  refused: (message: string, errorId: string, targetObject?: unknown): ErrorSpec => ({
    message,
    category: 'InvalidOperation',
    errorId,
    exceptionType: 'System.InvalidOperationException',
    targetObject,
  }),
  exists: (message: string, errorId: string, targetObject?: unknown): ErrorSpec => ({
    message,
    category: 'ResourceExists',
    errorId,
    exceptionType: 'System.InvalidOperationException',
    targetObject,
  }),
} as const;

/**
 * Wraps a per-record handler: errors it throws as TopoCommandError become non-terminating errors of
 * this record (or terminating ones when flagged); the store is untouched because `store.transaction`
 * rolled back.
 */
export function recordHandler(run: (ctx: CmdletContext) => void | Promise<void>): CmdletImplementation {
  return {
    async process(ctx) {
      try {
        await run(ctx);
      } catch (e) {
        if (e instanceof TopoCommandError) {
          if (e.terminating) ctx.throwTerminatingError(e.spec);
          ctx.writeError(e.spec);
          return;
        }
        if (e instanceof StoreKeyError) {
          ctx.writeError(storeKeyErrorSpec(e));
          return;
        }
        throw e;
      }
    },
  };
}

export function fail(spec: ErrorSpec, terminating = false): never {
  throw new TopoCommandError(spec, terminating);
}

/** PowerShell wildcard match (`*`, `?`, `[a-z]`), case-insensitive, whole string. */
export function wildcardMatch(pattern: string, text: string): boolean {
  return wildcardMatcher(pattern)(text);
}

export function hasWildcard(text: string): boolean {
  return /[*?[]/.test(text);
}

/**
 * The text of an identity-like parameter: a string, or an object piped in (its Identity, else
 * SipAddress, else Name property). Undefined when not given.
 */
export function identityText(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) return identityText(value[0]);
  if (value instanceof PSObject) {
    for (const p of ['Identity', 'SipAddress', 'Name', 'Fqdn']) {
      const v = value.get(p);
      if (v !== undefined && v !== null && v !== '') return String(v);
    }
    return undefined;
  }
  if (value instanceof ScriptBlockValue) return value.text;
  return String(value);
}

/** A parameter value as a string (or undefined when absent / $null). */
export function stringParam(ctx: CmdletContext, name: string): string | undefined {
  const v = ctx.params[name];
  if (v === undefined || v === null) return undefined;
  if (v instanceof ScriptBlockValue) return v.text;
  return identityText(v);
}


/** `-ResultSize` (Unlimited): a number, or undefined for Unlimited / not given. */
export function resultSizeParam(ctx: CmdletContext): number | undefined {
  const v = ctx.params.ResultSize;
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'number') return v;
  const text = String(v);
  if (/^unlimited$/i.test(text)) return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}

/** A DNS domain name as SIP domains must be written (labels of letters, digits and hyphens; a letter TLD). */
export const SIP_DOMAIN_NAME = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
