// Scale cases for the interactive shell in a real terminal (a private tmux server): the time until the
// first row of a 90k-row table shows, until the last row and the prompt show, and how long the prompt
// takes to come back after Ctrl+C. The screen is polled with `tmux capture-pane`, so times are rounded
// up to the polling interval (plus one capture, a few ms).

import { promptLine, TMUX_PROMPT, TmuxShell, tmuxAvailable } from '../repl/tmux.js';
import { benchWork, timedCommand, type Measure } from './scaleMeasure.js';
import type { BenchCase } from './scaleListing.js';

const PROMPT = TMUX_PROMPT;
const LISTING = 'Get-CsUser | ft DisplayName,SipAddress';
const ROW = /sip:\S+@\S+/;
const POLL_MS = 10;
const TIMEOUT_MS = 120_000;

const noUsage = { cpuSeconds: NaN, maxRssMb: NaN };

/** Seconds from `since` until `predicate` holds on the screen. */
async function secondsUntil(shell: TmuxShell, since: number, predicate: (screen: string) => boolean, what: string): Promise<number> {
  const until = Date.now() + TIMEOUT_MS;
  while (Date.now() < until) {
    if (predicate(shell.screen())) return (performance.now() - since) / 1000;
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** A shell on `store`, at its prompt; the caller stops it. */
async function shellAtPrompt(store: string): Promise<TmuxShell> {
  const shell = new TmuxShell(benchWork, store);
  shell.start();
  await shell.waitFor((s) => promptLine(s) === PROMPT, 'the prompt', 30_000);
  return shell;
}

// Each case starts a new shell, whose screen has no row before the command runs (the command line
// itself scrolls out of the captured lines within a few ms).
const rowsBelowCommand = (s: string) => ROW.test(s);
const promptBack = (s: string) => promptLine(s) === PROMPT && ROW.test(s);

async function listingTimes(store: string): Promise<Measure & { detail: string }> {
  const shell = await shellAtPrompt(store);
  try {
    shell.type(LISTING);
    await new Promise((r) => setTimeout(r, 200));
    const started = performance.now();
    shell.keys('Enter');
    const first = await secondsUntil(shell, started, rowsBelowCommand, 'the first row');
    const all = await secondsUntil(shell, started, promptBack, 'the last row and the prompt');
    return { seconds: all, ...noUsage, detail: `first row ${first.toFixed(3)} s (target <= 0.2 s)` };
  } finally {
    shell.stop();
  }
}

async function ctrlCTimes(store: string): Promise<Measure & { detail: string }> {
  const shell = await shellAtPrompt(store);
  try {
    shell.type(LISTING);
    shell.keys('Enter');
    await shell.waitFor(rowsBelowCommand, 'the first rows', 30_000);
    const started = performance.now();
    shell.keys('C-c');
    const back = await secondsUntil(shell, started, promptBack, 'the prompt after Ctrl+C');
    const kept = shell.screen().split('\n').filter((l) => ROW.test(l)).length;
    return { seconds: back, ...noUsage, detail: `${kept} rows in the pane after it (visible lines and 200 of scrollback)` };
  } finally {
    shell.stop();
  }
}

export function terminalCases(store: string): BenchCase[] {
  const skip = tmuxAvailable();
  if (skip) {
    console.log(`(terminal cases skipped: ${skip})`);
    return [];
  }
  return [
    {
      name: `interactive shell (tmux 140x50): ${LISTING}, until the last row and the prompt`,
      target: 'first row <= 0.2 s; all rows <= 1.5x the batch time',
      floorName: 'the same command in batch (output to /dev/null)',
      compare: 'ratio',
      run: () => listingTimes(store),
      floor: () => timedCommand(['--store', store, '-c', LISTING], 1),
    },
    {
      name: `interactive shell (tmux): Ctrl+C during ${LISTING}, until the prompt is back`,
      target: '<= 0.2 s, keeps what was shown',
      floorName: '-',
      compare: 'ratio',
      run: () => ctrlCTimes(store),
    },
  ];
}
