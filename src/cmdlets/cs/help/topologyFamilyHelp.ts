// Shared pieces of the topology, user and verification cmdlets' help: one dictionary of parameter
// descriptions per family, picked for exactly the parameters the catalog lists, plus common wording.

import { csMetadata } from '../../../catalog/registry.js';
import type { HelpDeclaration, HelpEntry } from '../../../catalog/help.js';

const COMMON: Record<string, string> = {
  Force: 'Suppresses the confirmation questions the cmdlet would otherwise ask.',
  WhatIf: 'Shows what the command would change, without changing anything.',
  Confirm: 'Asks for confirmation before the change is made.',
  DomainController: 'The domain controller to read from and write to. The emulated directory has one copy, so any value gives the same result.',
  GlobalCatalog: 'The global catalog server to use. Accepted for compatibility; the emulated directory has one copy.',
  GlobalSettingsDomainController: 'The domain controller holding the global settings. Accepted for compatibility.',
  Report: 'Path of a report file written after the run: an XML document when the name ends in .xml, otherwise HTML. It lists the objects returned, warnings and errors (also when the command fails).',
  LocalStore: 'Works against the local replica of the Central Management Store. The emulator keeps one store, so the result is the same.',
  Credential: 'Another account to run the command as. Accepted for compatibility; the shell already has the rights it needs.',
  PassThru: 'Writes the changed object to the pipeline; without it the cmdlet writes nothing.',
  Tenant: 'Only meaningful in the online service; ignored by an on-premises deployment.',
  ResultSize: 'The largest number of objects to return, or Unlimited (the default).',
  OutLoggerVariable: 'Name of a variable (without $) that receives the step-by-step log of the test.',
  OutVerboseVariable: 'Name of a variable (without $) that receives the verbose messages of the test.',
};

/** A cmdlet's help; `parameters` describes a parameter this cmdlet uses differently from its family. */
export type HelpText = Omit<HelpEntry, 'parameters'> & { parameters?: Record<string, string> };

/** The help of several cmdlets of one family, sharing the family's parameter dictionary. */
export function topologyHelp(family: Record<string, string>, entries: Record<string, HelpText>): HelpDeclaration[] {
  return Object.entries(entries).map(([cmdlet, { parameters: own, ...entry }]) => {
    const parameters: Record<string, string> = {};
    for (const p of csMetadata(cmdlet).parameters) {
      const text = own?.[p.name] ?? family[p.name] ?? COMMON[p.name];
      if (text) parameters[p.name] = text;
    }
    return [cmdlet, { ...entry, parameters }];
  });
}
