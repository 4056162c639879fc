// Shared pieces of the configuration cmdlets' help: parameter descriptions picked from a family
// dictionary for exactly the parameters the catalog lists, plus the wording common to all XDS cmdlets.

import { csMetadata } from '../../../catalog/registry.js';
import type { HelpDeclaration, HelpEntry } from '../../../catalog/help.js';

const COMMON: Record<string, string> = {
  Filter:
    'A wildcard pattern (* ? [a-z]) matched against the Identity as the shell shows it, without regard to case. Use it instead of -Identity to return several objects.',
  LocalStore: 'Reads from the local replica of the Central Management Store. The emulator keeps one store, so the result is the same.',
  Instance: 'An object obtained earlier (from Get- or from New- with -InMemory) whose property values are written back to the store; other parameters given on the same command override them.',
  InMemory: 'Returns the new object without saving it. Change its properties and pass it to the matching Set- cmdlet with -Instance to save it.',
  Force: 'Suppresses the confirmation questions the cmdlet would otherwise ask.',
  WhatIf: 'Shows what the command would change, without changing anything.',
  Confirm: 'Asks for confirmation before the change is made.',
  Tenant: 'Only meaningful in the online service; ignored by an on-premises deployment.',
  ApplicableTo: 'Only meaningful in the online service; ignored by an on-premises deployment.',
  Include: 'Only meaningful in the online service; ignored by an on-premises deployment.',
};

/** Descriptions for every parameter the catalog lists for `cmdlet`, taken from `family` then the common ones. */
export function parametersFor(cmdlet: string, family: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of csMetadata(cmdlet).parameters) {
    const text = family[p.name] ?? COMMON[p.name];
    if (text) out[p.name] = text;
  }
  return out;
}

export type HelpText = Omit<HelpEntry, 'parameters'>;

/** The help of several cmdlets of one family, sharing the family's parameter dictionary. */
export function familyHelp(family: Record<string, string>, entries: Record<string, HelpText>): HelpDeclaration[] {
  return Object.entries(entries).map(([cmdlet, entry]) => [cmdlet, { ...entry, parameters: parametersFor(cmdlet, family) }]);
}
