// What the CLI prints when main() fails: a store that cannot be opened is the user's problem (exit 1),
// anything else is an internal error (exit 70) in one line, with the stack only for CSSHELL_DEBUG=1.
import { describe, expect, it } from 'vitest';
import { describeFailure } from '../../src/host/failure.js';
import { StoreOpenError } from '../../src/store/storeErrors.js';

function thrownInside(): Error {
  try {
    JSON.parse('{');
  } catch (e) {
    return e as Error;
  }
  throw new Error('JSON.parse accepted a broken document');
}

describe('describeFailure', () => {
  it('a store that cannot be opened: one line naming it, exit 1', () => {
    const r = describeFailure(new StoreOpenError('/x/y.db', 'it is a folder, not a file'), false);
    expect(r).toEqual({ text: "csshell: cannot open the store '/x/y.db': it is a folder, not a file.\n", exitCode: 1 });
  });

  it('an unexpected exception: one line, exit 70, no stack', () => {
    const err = thrownInside();
    expect(err.stack).toMatch(/\n\s+at /);
    const r = describeFailure(err, false);
    expect(r.exitCode).toBe(70);
    expect(r.text).toMatch(/^csshell: internal error: .*JSON.*\(set CSSHELL_DEBUG=1 to see where it happened\)\n$/);
    expect(r.text.split('\n')).toHaveLength(2);
  });

  it('a multi-line message or a thrown non-Error still gives one line', () => {
    expect(describeFailure(new Error('first\nsecond'), false).text).toBe('csshell: internal error: first (set CSSHELL_DEBUG=1 to see where it happened)\n');
    expect(describeFailure('plain text', false).text).toBe('csshell: internal error: plain text (set CSSHELL_DEBUG=1 to see where it happened)\n');
    expect(describeFailure(undefined, false).exitCode).toBe(70);
  });

  it('with CSSHELL_DEBUG=1 the stack follows the line', () => {
    const err = thrownInside();
    const r = describeFailure(err, true);
    expect(r.exitCode).toBe(70);
    expect(r.text.startsWith(`csshell: internal error: ${err.message}\n`)).toBe(true);
    expect(r.text).toContain(err.stack!);
  });

  it('a file-system error from the operating system: its one-line message, exit 1', () => {
    const err = Object.assign(new Error("EACCES: permission denied, mkdir '/root/x'\n    at mkdirSync"), { code: 'EACCES', syscall: 'mkdir', path: '/root/x', errno: -13 });
    expect(describeFailure(err, false)).toEqual({ text: "csshell: permission denied, mkdir '/root/x'\n", exitCode: 1 });
  });
});
