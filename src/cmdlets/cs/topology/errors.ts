// Errors of the topology, user, DNS and verification cmdlets in PowerShell's shape, raised with the
// kit's `fail`.

import type { ErrorSpec } from '../../../engine/cmdlet.js';
import { errorShapes } from '../kit/commandError.js';

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
  notFound: (what: string, identity: string): ErrorSpec => errorShapes.notFound(what, identity, 'TopologyObjectNotFound'),
  invalid: errorShapes.invalid,
  refused: errorShapes.refused,
  exists: errorShapes.exists,
} as const;
