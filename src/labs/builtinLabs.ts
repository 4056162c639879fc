// The labs that ship with csshell: the YAML files of fixtures/labs, bundled as text and read with the
// same checks as `csshell lab validate` (a test validates each file and reports every error).

import xmppFederation from '../../fixtures/labs/xmpp-federation.yaml?raw';
import googleTalkRepair from '../../fixtures/labs/google-talk-repair.yaml?raw';
import xmppOutageTriage from '../../fixtures/labs/xmpp-outage-triage.yaml?raw';
import certificateLifecycle from '../../fixtures/labs/certificate-lifecycle.yaml?raw';
import policyScopes from '../../fixtures/labs/policy-scopes.yaml?raw';
import xmppCoexistence2019 from '../../fixtures/labs/xmpp-coexistence-2019.yaml?raw';
import { formatLabFileErrors, readLabFile } from './labFile.js';
import type { LabDefinition } from './labs.js';

/** File name (under fixtures/labs) to text, in the order `lab list` shows them. */
export const BUILTIN_LAB_FILES: Record<string, string> = {
  'xmpp-federation.yaml': xmppFederation,
  'google-talk-repair.yaml': googleTalkRepair,
  'xmpp-outage-triage.yaml': xmppOutageTriage,
  'certificate-lifecycle.yaml': certificateLifecycle,
  'policy-scopes.yaml': policyScopes,
  'xmpp-coexistence-2019.yaml': xmppCoexistence2019,
};

/** The built-in labs; a lab file with an error is a defect of the release, reported in full. */
export function loadBuiltinLabs(): LabDefinition[] {
  return Object.entries(BUILTIN_LAB_FILES).map(([file, text]) => {
    const { lab, errors } = readLabFile(text, { parsePowerShell: false });
    if (!lab) throw new Error(`built-in lab file is invalid:\n${formatLabFileErrors(`fixtures/labs/${file}`, errors).join('\n')}`);
    return lab;
  });
}
