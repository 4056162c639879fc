// Get-CsUser's ADUser and Grant -PassThru's OCSUserOrAppContact (DOMAIN.md §2.8): the printed properties
// in Get-CsUser's order; the further ADUser properties show only when asked (Format-List *, Select-Object *).

import { PRINTED_USER_PROPERTIES } from '../../catalog/csUserProperties.js';
import type { View } from '../viewTypes.js';

const printedUser: View = { kind: 'list', items: PRINTED_USER_PROPERTIES.map((property) => ({ property })) };

export const views: Record<string, View> = {
  'Microsoft.Rtc.Management.ADConnect.Schema.ADUser': printedUser,
  'Microsoft.Rtc.Management.ADConnect.Schema.OCSUserOrAppContact': printedUser,
};
