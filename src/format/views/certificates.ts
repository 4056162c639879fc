// The Cert: drive: certificates grouped under their store's path, and the stores themselves.

import { getPropertyValue } from '../../engine/runtime/members.js';
import type { View } from '../viewTypes.js';

export const views: Record<string, View> = {
  'System.Security.Cryptography.X509Certificates.X509Certificate2': {
    kind: 'table',
    columns: [{ property: 'Thumbprint', width: 41 }, { property: 'Subject' }],
    groupBy: { label: 'PSParentPath', value: (o: unknown) => getPropertyValue(o, 'PSParentPath'), indent: 3, blankLinesAfter: 1 },
  },
  'System.Security.Cryptography.X509Certificates.X509Store': { kind: 'list', items: [{ property: 'Name' }] },
};
