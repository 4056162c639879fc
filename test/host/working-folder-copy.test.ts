// The throw-away copy of the working folder a dry run works in: links that stay inside lead inside
// the copy, the changes are listed, a file can be kept, a folder over the limits is refused and
// nothing of the copy is left behind.

import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WorkingFolderCopy, WorkingFolderTooLargeError } from '../../src/host/workingFolderCopy.js';

function folder(): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'csshell-folder-copy-')));
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'sub', 'a.txt'), 'a');
  writeFileSync(join(dir, 'b.txt'), 'b');
  return dir;
}

describe('WorkingFolderCopy', () => {
  it('points an absolute link into the folder at the copy, and keeps a relative one as it is', () => {
    const dir = folder();
    symlinkSync(join(dir, 'sub'), join(dir, 'absolute'));
    symlinkSync('sub/a.txt', join(dir, 'relative'));
    const copy = new WorkingFolderCopy(dir);
    expect(readlinkSync(join(copy.root, 'absolute'))).toBe(join(copy.root, 'sub'));
    expect(readlinkSync(join(copy.root, 'relative'))).toBe('sub/a.txt');
    writeFileSync(join(copy.root, 'absolute', 'a.txt'), 'changed');
    expect(readFileSync(join(dir, 'sub', 'a.txt'), 'utf8')).toBe('a');
    expect(copy.changes()).toEqual([{ path: 'C:\\Users\\Administrator\\sub\\a.txt', change: 'changed', directory: false }]);
    copy.dispose();
    expect(existsSync(copy.root)).toBe(false);
  });

  it('keeps a file in the real folder and leaves it out of the changes', () => {
    const dir = folder();
    const copy = new WorkingFolderCopy(dir);
    mkdirSync(join(copy.root, 'logs'));
    writeFileSync(join(copy.root, 'logs', 't.txt'), 'record');
    writeFileSync(join(copy.root, 'c.txt'), 'c');
    copy.keepFile(join(copy.root, 'logs', 't.txt'));
    expect(readFileSync(join(dir, 'logs', 't.txt'), 'utf8')).toBe('record');
    expect(copy.changes().map((c) => c.path)).toEqual(['C:\\Users\\Administrator\\c.txt']);
    copy.dispose();
  });

  it('refuses a folder over the limits and leaves no copy behind', () => {
    const dir = folder();
    // A private temporary folder, so that copies made by other tests running meanwhile do not count.
    const privateTmp = mkdtempSync(join(tmpdir(), 'csshell-private-tmp-'));
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = privateTmp;
    try {
      expect(() => new WorkingFolderCopy(dir, { entries: 2, bytes: 1 << 20 })).toThrow(new WorkingFolderTooLargeError('more than 2 entries'));
      expect(() => new WorkingFolderCopy(dir, { entries: 100, bytes: 1 })).toThrow(WorkingFolderTooLargeError);
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    }
    expect(readdirSync(privateTmp)).toEqual([]);
  });
});
