// Errors of the topology, user, DNS and verification cmdlets in PowerShell's shape, raised with the
// kit's `fail`.

import type { ErrorSpec } from '../../../engine/cmdlet.js';

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
