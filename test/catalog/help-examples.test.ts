// Every Get-Help example of every command with help (core, Skype configuration, topology and users,
// certificates, the lab shell) runs as an admin would type it and does what its text says: each
// carries an expectation (the text it shows, or that it shows nothing, and checks on what it left
// in the store), and the example is held to it.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HelpExample } from '../../src/catalog/help.js';
import type { CmdletDefinition } from '../../src/engine/cmdlet.js';
import { AutoCheck } from '../../src/labs/autoCheck.js';
import { labCmdlets } from '../../src/labs/labCmdlets.js';
import { labHelp } from '../../src/labs/labHelp.js';
import { findLab, labStorePath, prepareLab } from '../../src/labs/labs.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';
import { firstMissing, helpExamples, runExample, type NamedExample } from '../helpers/helpExamples.js';
import '../../src/cmdlets/index.js';

const LAB_COMMANDS = /^(get-labtask|test-labprogress|get-labhint|reset-lab|set-laboption)$/;

const commandExamples = helpExamples((name) => !LAB_COMMANDS.test(name));

// The lab shell's commands (and their help) exist only in a started lab: one lab, started once.
const labFolder = mkdtempSync(join(tmpdir(), 'csshell-help-lab-'));
const lab = findLab('google-talk-repair')!;
await prepareLab(lab, labFolder);
const labStore = openStore(labStorePath(labFolder));
const autoCheck = new AutoCheck(lab, labStore, labFolder);
const labCommands = labCmdlets(lab, labStore, labFolder, autoCheck);
const labExamples = helpExamples((name) => LAB_COMMANDS.test(name), labHelp(lab));

async function holdsToItsExpectation(example: HelpExample, store?: Store, folder?: string, cmdlets?: CmdletDefinition[]): Promise<void> {
  const want = example.expect;
  expect(Boolean(want.shows?.length || want.silent || want.after?.length || want.progress?.length), 'the expectation checks nothing').toBe(true);
  const run = await runExample(example, store, folder, cmdlets);
  expect(run.errors).toBe('');
  if (want.silent) expect(run.output.trim()).toBe('');
  if (want.shows) expect(firstMissing(run.output, want.shows), `not shown (in this order) in:\n${run.output}`).toBeUndefined();
  if (want.progress) expect(run.progress).toEqual(want.progress);
  expect(run.after).toEqual(want.after ?? []);
}

describe('help examples', () => {
  it('cover the core, Skype and lab commands', () => {
    const cmdlets = new Set(commandExamples.map((e) => e.cmdlet));
    for (const name of ['where-object', 'new-csxmppallowedpartner', 'get-csuser', 'set-cscertificate', 'resolve-dnsname']) expect(cmdlets).toContain(name);
    expect(commandExamples.length).toBeGreaterThanOrEqual(290);
    expect(labExamples.length).toBe(5);
  });

  it.each(commandExamples.map((e): [string, NamedExample] => [e.label, e]))('%s', async (_label, { example }) => {
    await holdsToItsExpectation(example);
  });

  // In order, on the one lab store: Reset-Lab comes after the others, and a task is done before it
  // so that the reset has something to undo.
  it.each(labExamples.map((e): [string, NamedExample] => [e.label, e]))('%s', async (_label, { cmdlet, example }) => {
    if (cmdlet === 'reset-lab') await runExample({ title: '', code: 'Set-CsAccessEdgeConfiguration -AllowFederatedUsers $true', remarks: '', expect: {} }, labStore, labFolder, labCommands);
    await holdsToItsExpectation(example, labStore, labFolder, labCommands);
  });

  it("Set-LabOption's example turned the auto-check on: the next command that completes a task is announced", async () => {
    expect(autoCheck.enabled).toBe(true);
    await runExample({ title: '', code: 'Set-CsSite -Identity Redmond -XmppFederationRoute EdgeServer:edge01.contoso.com', remarks: '', expect: {} }, labStore, labFolder);
    expect(await autoCheck.afterCommand()).toEqual([`Task 2 done: ${lab.tasks[1]!.title}`]);
  });
});
