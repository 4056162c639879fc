// `csshell lab report`: three trainees' lab folders gathered into one table, as text, CSV (parsed
// back) and a self-contained HTML page; a folder that is not a lab folder is named and skipped.

import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '../../src/engine/createSession.js';
import { RecordingHost } from '../../src/engine/recordingHost.js';
import { revealHint } from '../../src/labs/hints.js';
import { checkLab, findLab, labStorePath, prepareLab } from '../../src/labs/labs.js';
import { recordCheck } from '../../src/labs/labProgress.js';
import { openStore } from '../../src/store/open.js';
import { builtins } from '../../src/cmdlets/index.js';
import { runCli } from '../helpers/cli.js';

const lab = findLab('google-talk-repair')!;
const FIX = [
  'Set-CsXmppAllowedPartner -Identity gmail.com -TlsNegotiation NotSupported -SaslNegotiation NotSupported -SupportDialbackNegotiation $true -EnableKeepAlive $false',
  'Set-CsSite -Identity Redmond -XmppFederationRoute EdgeServer:edge01.contoso.com',
  'Set-CsAccessEdgeConfiguration -AllowFederatedUsers $true',
];
const START = new Date('2026-03-02T09:00:00Z');
const minutes = (n: number) => new Date(START.getTime() + n * 60_000);

/** A trainee who ran `fixes`, asked for hints on some tasks, and checked at the given minutes. */
async function trainee(root: string, name: string, fixes: string[], hints: number[], checks: number[]) {
  const folder = join(root, name);
  await prepareLab(lab, folder);
  const progress = JSON.parse(readFileSync(join(folder, 'progress.json'), 'utf8'));
  expect(progress).toMatchObject({ lab: 'google-talk-repair', attempts: 0, doneAt: {} });
  // The session started at a fixed time, so that times can be compared.
  writeFileSync(join(folder, 'progress.json'), JSON.stringify({ ...progress, startedAt: START.toISOString() }));
  const store = openStore(labStorePath(folder));
  try {
    const engine = createSession({ host: new RecordingHost(), store, session: { localComputer: 'fe01.contoso.com', workingDirectory: folder, interactive: false }, builtins: builtins() });
    await engine.execute(fixes.join('\n'));
    for (const task of hints) revealHint(lab, folder, [], task);
    const results = await checkLab(lab, store, folder);
    for (const at of checks) recordCheck(lab, folder, results, minutes(at));
  } finally {
    store.close();
  }
  return folder;
}

let root = '';
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'csshell-report-'));
  await trainee(root, 'alice', FIX, [], [12, 20]);
  await trainee(root, 'bob <b>', FIX.slice(0, 2), [3, 3, 3, 1], [30]);
  await trainee(root, 'carol', [], [1], [5, 6, 7]);
  mkdirSync(join(root, 'notes'));
}, 60_000);

const report = (...args: string[]) => runCli(['lab', 'report', 'alice', 'bob <b>', 'notes', 'carol', ...args], { cwd: root });

describe('csshell lab report', () => {
  it('text: one row per trainee, the folder that is not a lab folder skipped on stderr', () => {
    const r = report();
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(`csshell lab report: skipped ${join(root, 'notes')}: it is not a lab folder (no lab.db).\n`);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^Trainee +Lab +Done +Hints +Attempts +Time$/);
    expect(lines.slice(2).map((l) => l.split(/ {2,}/))).toEqual([
      ['alice', 'google-talk-repair', '3/3', '0', '2', '0:12:00'],
      ['bob <b>', 'google-talk-repair', '2/3', '4 (negotiation:1 edge:3)', '1', '0:30:00'],
      ['carol', 'google-talk-repair', '0/3', '1 (negotiation:1)', '3', '0:07:00'],
    ]);
  });

  it('csv: parsed back, with hint levels, attempts and seconds', () => {
    const r = report('--format', 'csv');
    const rows = parse(r.stdout, { columns: true }) as Record<string, string>[];
    expect(rows.map((x) => [x.trainee, x.tasks_done, x.tasks_total, x.hints_used, x.hint_levels, x.attempts, x.seconds, x.finished])).toEqual([
      ['alice', '3', '3', '0', '', '2', '720', 'true'],
      ['bob <b>', '2', '3', '4', 'negotiation:1 edge:3', '1', '1800', 'false'],
      ['carol', '0', '3', '1', 'negotiation:1', '3', '420', 'false'],
    ]);
    expect(rows[0]!.started).toBe('2026-03-02T09:00:00.000Z');
  });

  it('html: self-contained, escaped, with a bar per task of how many finished it', () => {
    const r = report('--format', 'html', '--output', 'report.html');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    const html = readFileSync(join(root, 'report.html'), 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('<style>');
    expect(html).not.toMatch(/<script|<link|src=|href=/i);
    expect(html).toContain('<td>bob &lt;b&gt;</td>');
    expect(html).not.toContain('bob <b>');
    const svg = /<svg[\s\S]*?<\/svg>/.exec(html)![0];
    const bars = [...svg.matchAll(/<text[^>]*>([a-z-]+)<\/text><rect[^>]*width="(\d+)"[^>]*><title>(\d) of 3<\/title>/g)].map((m) => [m[1], m[3]]);
    expect(bars).toEqual([['negotiation', '2'], ['route', '2'], ['edge', '1']]);
  });

  it('bad arguments and no lab folder at all', () => {
    expect(runCli(['lab', 'report', 'alice', '--format', 'pdf'], { cwd: root })).toMatchObject({ status: 2, stderr: expect.stringContaining("unknown format 'pdf' (text, csv or html)") });
    expect(runCli(['lab', 'report', 'notes'], { cwd: root }).status).toBe(1);
  });
});

describe('the progress record', () => {
  it('is kept when the lab is prepared again from scratch; a damaged one is reported, not overwritten', async () => {
    const folder = join(root, 'dave');
    await prepareLab(lab, folder);
    recordCheck(lab, folder, [], minutes(3));
    await prepareLab(lab, folder, true);
    const kept = JSON.parse(readFileSync(join(folder, 'progress.json'), 'utf8'));
    expect(kept.attempts).toBe(1);
    writeFileSync(join(folder, 'progress.json'), '{"lab": 3}');
    const r = runCli(['lab', 'check', 'google-talk-repair', '--folder', 'dave'], { cwd: root });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('0 of 3 tasks done.');
    expect(r.stderr).toBe(`csshell lab: ${join(folder, 'progress.json')} is not a lab progress record; remove it to start counting again.\n`);
    expect(readFileSync(join(folder, 'progress.json'), 'utf8')).toBe('{"lab": 3}');
    const report = runCli(['lab', 'report', 'dave', 'alice'], { cwd: root });
    expect(report.stderr).toContain(`skipped ${folder}: it cannot be read: ${join(folder, 'progress.json')} is not a lab progress record`);
    expect(report.stdout).toContain('alice');
  });
});
