// Completion latency over a 100,000-user store: the time from a keystroke to a completed line and to
// the next frame, for cmdlet names, parameters, SIP-address prefixes and policy names.
// A keystroke must reach the screen within one frame (16 ms).

import React from 'react';
import { render } from 'ink-testing-library';
import { completeInput } from '../../src/engine/completion/index.js';
import { ReplApp } from '../../src/host/repl/App.js';
import { ReplController } from '../../src/host/repl/controller.js';
import { PersistentHistory, SessionHistory } from '../../src/host/repl/history.js';
import { isKnownCommand } from '../../src/host/repl/engineAccess.js';
import { openStore } from '../../src/store/open.js';
import { generateFixtureStore } from '../../src/host/fixtureCommand.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Store } from '../../src/store/store.js';
import { builtins } from '../../src/cmdlets/index.js';
import { insertDocument } from '../../src/store/configRepository.js';

const USERS = 100_000;
const POLICIES = 2_000;
const RUNS = 200;

function addPolicies(store: Store, count: number): void {
  store.transaction(() => {
    for (let i = 1; i <= count; i++) insertDocument(store, 'ExternalAccessPolicy', 'tag', { Identity: `Tag:Policy${String(i).padStart(5, '0')}` });
  });
}

function stats(samples: number[]): string {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  return `median ${at(0.5).toFixed(3)} ms, p95 ${at(0.95).toFixed(3)} ms, max ${s[s.length - 1]!.toFixed(3)} ms`;
}

function time(fn: () => unknown, runs = RUNS): number[] {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
  }
  return out;
}

/** Keystroke to frame: a Tab through ink's input path until ink has written the new frame. */
async function keystrokeToFrame(store: Store, line: string, expected: string, key = '\t'): Promise<number[]> {
  const session = { localComputer: 'fe01.contoso.com', workingDirectory: process.cwd(), interactive: true };
  const controller = new ReplController({
    executor: { execute: async () => ({ terminatingError: false, parseErrors: false, success: true }), stop: () => undefined },
    history: new PersistentHistory(null),
    sessionHistory: new SessionHistory(),
    completion: { store, session, completers: builtins().completers },
    remoteComputer: () => undefined,
    isCommand: (n) => isKnownCommand(n),
    onExit: () => undefined,
  });
  const ink = render(React.createElement(ReplApp, { controller }));
  const samples: number[] = [];
  for (let i = 0; i < 50; i++) {
    ink.stdin.write(line);
    await new Promise((r) => setImmediate(r));
    const frames = ink.frames.length;
    const t = performance.now();
    ink.stdin.write(key);
    while (ink.frames.length === frames) await new Promise((r) => setImmediate(r));
    samples.push(performance.now() - t);
    if (!controller.currentInput.includes(expected)) throw new Error(`completion of '${line}' gave '${controller.currentInput}'`);
    ink.stdin.write('\x15');
    await new Promise((r) => setImmediate(r));
  }
  ink.unmount();
  return samples;
}

export async function benchCompletion(): Promise<string[]> {
  let t = performance.now();
  const path = join(mkdtempSync(join(tmpdir(), 'csshell-bench-')), 'store.db');
  const fixture = generateFixtureStore(path, USERS);
  const store = openStore(path);
  addPolicies(store, POLICIES);
  const lines = [`store: ${fixture.totalUsers} users (${USERS} generated) + ${POLICIES} policies in ${((performance.now() - t) / 1000).toFixed(1)} s`];
  // Prefixes taken from real rows in the middle of the index.
  const sample = store.db.prepare('SELECT sip_address, display_name FROM users WHERE enabled = 1 ORDER BY sip_address LIMIT 1 OFFSET 45000').get() as { sip_address: string; display_name: string };
  const sipPrefix = sample.sip_address.slice(0, 'sip:'.length + 6);
  const sipLong = sample.sip_address.slice(0, sample.sip_address.indexOf('@') - 1);
  const namePrefix = sample.display_name.slice(0, sample.display_name.lastIndexOf(' ') + 2);
  const session = { localComputer: 'fe01.contoso.com', workingDirectory: process.cwd(), interactive: true };
  const ctx = { store, session, completers: builtins().completers };
  const cases: [string, string][] = [
    ['cmdlet name (New-CsXmpp)', 'New-CsXmpp'],
    ['cmdlet wildcard (*xmpp*)', '*xmpp*'],
    ['parameter (-Tls)', 'New-CsXmppAllowedPartner jabber.org -Tls'],
    ['enum value (Req)', 'New-CsXmppAllowedPartner jabber.org -TlsNegotiation Req'],
    [`SIP prefix (${sipPrefix})`, `Get-CsUser ${sipPrefix}`],
    [`SIP prefix (${sipLong})`, `Get-CsUser ${sipLong}`],
    ['SIP prefix without sip: (a)', 'Grant-CsExternalAccessPolicy -Identity a'],
    [`display name ('${namePrefix})`, `Get-CsUser '${namePrefix}`],
    ['policy name (-PolicyName Policy01)', 'Grant-CsExternalAccessPolicy -PolicyName Policy01'],
    ['policy identity (-Identity Tag:Policy019)', 'Set-CsExternalAccessPolicy -Identity Tag:Policy019'],
  ];
  for (const [name, line] of cases) {
    let count = 0;
    const samples = time(() => (count = completeInput(line, line.length, ctx).candidates.length));
    lines.push(`complete ${name}: ${count} candidates; ${stats(samples)}`);
  }
  t = performance.now();
  lines.push(`keystroke→frame, Tab on 'Get-CsUser ${sipLong}': ${stats(await keystrokeToFrame(store, `Get-CsUser ${sipLong}`, sipLong))}`);
  lines.push(`keystroke→frame, Tab on 'New-CsXmpp': ${stats(await keystrokeToFrame(store, 'New-CsXmpp', 'New-CsXmppAllowedPartner'))}`);
  lines.push(`keystroke→frame, typing a letter after a long pipeline: ${stats(await keystrokeToFrame(store, 'Get-CsUser -Filter {Enabled -eq $true} | Where-Object { $_.RegistrarPool -like "pool01*" } | Grant-CsExternalAccessPolicy -PolicyName XmppUser', 'XmppUsers', 's'))}`);
  store.close();
  return lines;
}

if (process.argv[1]?.endsWith('completion.ts')) {
  for (const l of await benchCompletion()) console.log(l);
}
