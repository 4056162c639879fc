// The one-line progress indicator of `csshell run` on a terminal, driven by a fake clock: nothing in
// the first second, then statements done of the total, the rate and the time left, redrawn at most a
// few times a second, Write-Progress in its place while active, and cleared at the end.

import { describe, expect, it } from 'vitest';
import { ProgressLine } from '../../src/host/progressLine.js';

function setup(columns = 80) {
  let now = 1_000_000;
  const written: string[] = [];
  const line = new ProgressLine((text) => written.push(text), columns, () => now);
  return {
    line,
    written,
    advance: (ms: number) => {
      now += ms;
      line.tick();
    },
    /** What the terminal shows on the progress line now. */
    shown: () => {
      const last = written.join('').split('\r').pop()!;
      return last.replace(/\x1b\[K/g, '');
    },
  };
}

describe('ProgressLine', () => {
  it('shows nothing during the first second, then done/total, rate and time left', () => {
    const t = setup();
    t.line.statementDone(10, 100);
    t.advance(900);
    expect(t.written).toEqual([]);
    t.line.statementDone(20, 100);
    t.advance(100);
    expect(t.shown()).toBe('Running: 20/100 statements, 20.0/s, about 4 s left');
  });

  it('redraws at most every 250 ms', () => {
    const t = setup();
    t.advance(1000);
    const draws = () => t.written.filter((w) => w.startsWith('\r')).length;
    expect(draws()).toBe(1);
    t.line.statementDone(5, 10);
    t.advance(100);
    t.advance(100);
    expect(draws()).toBe(1);
    t.advance(50);
    expect(draws()).toBe(2);
    expect(t.shown()).toContain('5/10');
  });

  it('without a known total shows the count and rate only', () => {
    const t = setup();
    t.line.statementDone(30);
    t.advance(2000);
    expect(t.shown()).toBe('Running: 30 statements, 15.0/s');
  });

  it('gives way to Write-Progress while it is active, and comes back when it completes', () => {
    const t = setup();
    t.line.statementDone(1, 4);
    t.advance(1000);
    t.line.progress({ activityId: 0, activity: 'Granting policies', status: 'user 3 of 10', percentComplete: 30, currentOperation: 'sip:ken@contoso.com' });
    t.advance(300);
    expect(t.shown()).toBe('Granting policies: user 3 of 10 [30%] sip:ken@contoso.com');
    t.line.progress({ activityId: 0, activity: 'Granting policies', status: '', percentComplete: -1, completed: true });
    t.advance(300);
    expect(t.shown()).toMatch(/^Running: 1\/4 statements/);
  });

  it('clears itself before other output and at the end, and fits the terminal width', () => {
    const t = setup(30);
    t.line.statementDone(1, 1000);
    t.advance(1000);
    expect(t.shown().length).toBeLessThan(30);
    t.line.clear();
    expect(t.shown()).toBe('');
    t.advance(300);
    expect(t.shown()).not.toBe('');
    t.line.finish();
    expect(t.shown()).toBe('');
    t.advance(1000);
    expect(t.shown()).toBe('');
  });
});
