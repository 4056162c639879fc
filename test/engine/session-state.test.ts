// Each session has its own commands, views, functions, aliases and history, built when it starts:
// two sessions in one process do not see each other's.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { labCmdlets } from '../../src/labs/labCmdlets.js';
import { labHelp } from '../../src/labs/labHelp.js';
import { findLab, labStorePath, prepareLab } from '../../src/labs/labs.js';
import { openStore } from '../../src/store/open.js';
import { PSObject } from '../../src/engine/runtime/values.js';
import { createSession } from '../../src/engine/createSession.js';
import { RecordingHost } from '../../src/engine/recordingHost.js';
import { SessionHistory } from '../../src/engine/session/history.js';
import { newEngine } from '../helpers/run.js';
import { builtins } from '../../src/cmdlets/index.js';

async function labSession(name: string) {
  const folder = mkdtempSync(join(tmpdir(), 'csshell-session-'));
  const lab = findLab(name)!;
  await prepareLab(lab, folder);
  const store = openStore(labStorePath(folder));
  const host = new RecordingHost(false);
  const session = { localComputer: 'fe01.contoso.com', workingDirectory: folder, interactive: false };
  return { engine: createSession({ host, store, session, builtins: builtins(), cmdlets: labCmdlets(lab, store, folder), help: labHelp(lab) }), host, store };
}

describe('per-session state', () => {
  it("a lab's commands exist only in the lab's session", async () => {
    const lab = await labSession('google-talk-repair');
    const plain = newEngine();
    expect(await lab.engine.invoke('(Get-LabTask).Count')).toEqual([3]);
    await plain.engine.execute('Get-LabTask');
    expect(plain.host.errors).toContain("The term 'Get-LabTask' is not recognized");
    expect(await plain.engine.invoke("@(Get-Command -Noun Lab* -ErrorAction SilentlyContinue).Count")).toEqual([0]);
    lab.store.close();
  });

  it("two labs in one process each check their own lab's store", async () => {
    const first = await labSession('google-talk-repair');
    const firstTasks = await first.engine.invoke('(Get-LabTask).Title');
    const second = await labSession('xmpp-federation');
    expect(await second.engine.invoke('(Get-LabTask).Title')).not.toEqual(firstTasks);
    expect(await first.engine.invoke('(Get-LabTask).Title')).toEqual(firstTasks);
    first.store.close();
    second.store.close();
  });

  it("two labs in one process each show their own lab's help", async () => {
    const first = await labSession('google-talk-repair');
    const second = await labSession('xmpp-federation');
    expect(await first.engine.invoke('(Get-Help Get-LabTask).Synopsis')).toEqual(['Lists the tasks of the lab google-talk-repair, each with whether it is done and what is wrong.']);
    expect(await second.engine.invoke('(Get-Help Get-LabTask).Synopsis')).toEqual(['Lists the tasks of the lab xmpp-federation, each with whether it is done and what is wrong.']);
    expect((await first.engine.invoke('Get-Help Test-LabProgress | Out-String')).join('')).toContain('google-talk-repair');
    first.store.close();
    second.store.close();
  });

  it('a view one session registers does not change how another session shows objects', async () => {
    const a = newEngine();
    const b = newEngine();
    a.engine.services.state.views.register('Test.SessionView', { kind: 'list', items: [{ property: 'Shown', label: 'Only In A' }] });
    const value = () => new PSObject(['Test.SessionView'], [['Shown', 1], ['Hidden', 2]]);
    expect(a.engine.services.formatOutput([value()]).join('\n')).toContain('Only In A');
    expect(b.engine.services.formatOutput([value()]).join('\n')).not.toContain('Only In A');
    a.engine.services.setVariable('v', value());
    expect((await a.engine.invoke('$v | Format-List | Out-String')).join('')).toContain('Only In A');
    b.engine.services.setVariable('v', value());
    expect((await b.engine.invoke('$v | Format-List | Out-String')).join('')).not.toContain('Only In A');
  });

  it("functions, aliases and variables of one session are not another's", async () => {
    const a = newEngine();
    const b = newEngine();
    await a.engine.execute('function Get-Greeting { "hi" }; Set-Alias gg Get-Greeting; $shared = 5');
    expect(await a.engine.invoke('gg')).toEqual(['hi']);
    await b.engine.execute('gg; Get-Greeting');
    expect(b.host.errors).toContain("The term 'gg' is not recognized");
    expect(b.host.errors).toContain("The term 'Get-Greeting' is not recognized");
    expect(await b.engine.invoke('$null -eq $shared')).toEqual([true]);
  });

  it("one session's history is not another's", async () => {
    const history = new SessionHistory();
    const a = newEngine({ history });
    const b = newEngine();
    history.record('Get-Date', 'Completed', new Date(), new Date());
    expect(await a.engine.invoke('@(Get-History).Count')).toEqual([1]);
    expect(await b.engine.invoke('@(Get-History).Count')).toEqual([0]);
    expect(b.engine.services.state.history).not.toBe(a.engine.services.state.history);
  });
});
