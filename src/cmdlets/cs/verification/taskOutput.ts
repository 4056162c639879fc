// The result object of the synthetic transactions (Test-CsXmppIM, Test-CsFederatedPartner,
// Test-CsTopology): Microsoft.Rtc.SyntheticTransactions.TaskOutput, shown as a list with the labels
// `Target Fqdn` and `Error Message` (DOMAIN.md §4.6).

import { PSObject, TimeSpan } from '../../../engine/runtime/values.js';

export const TASK_OUTPUT_TYPE = 'Microsoft.Rtc.SyntheticTransactions.TaskOutput';

export type TaskResult = 'Success' | 'Failure';

export function taskOutput(targetFqdn: string, result: TaskResult, latency: TimeSpan, error: string | null, diagnosis: string | null): PSObject {
  return new PSObject([TASK_OUTPUT_TYPE], [
    ['TargetFqdn', targetFqdn],
    ['Result', result],
    ['Latency', latency],
    ['Error', error],
    ['Diagnosis', diagnosis],
  ]);
}

