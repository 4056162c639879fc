// `--dry-run` writes no files: every file change of the script lands in a throw-away copy of the
// working folder (the script still reads its own earlier writes), nothing on disk changes, and the
// report lists the files the script would have written or removed.

import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { DRY_RUN_FOLDER_LIMITS } from '../../src/host/workingFolderCopy.js';

const dir = mkdtempSync(join(tmpdir(), 'csshell-dry-files-'));
const work = join(dir, 'work');
const db = join(dir, 'contoso.db');

/** Every entry of the working folder with a hash of its bytes: any change on disk changes it. */
function listing(root: string): string {
  const lines: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const p = join(folder, name);
      const st = statSync(p);
      if (st.isDirectory()) {
        lines.push(`${relative(root, p)}/`);
        walk(p);
      } else lines.push(`${relative(root, p)} ${createHash('sha256').update(readFileSync(p)).digest('hex')} ${st.mtimeMs}`);
    }
  };
  walk(root);
  return lines.join('\n');
}

const SCRIPT = [
  'Set-Content notes.txt "first"',
  '"zero" | Out-File written.txt',
  'Add-Content notes.txt "second"',
  '"third" > report.txt',
  'Set-Content kept.txt "rewritten"',
  'New-Item -ItemType Directory out | Out-Null',
  'Set-Content out\\a.txt "inside"',
  'Remove-Item old.txt',
  'Export-CsConfiguration -FileName config.zip',
  '(Get-Content notes.txt) -join "+"',
  'Test-Path old.txt',
  'Get-Content kept.txt',
].join('\n');

beforeAll(() => {
  mkdirSync(work);
  writeFileSync(join(work, 'old.txt'), 'old');
  writeFileSync(join(work, 'kept.txt'), 'kept');
  writeFileSync(join(work, 'files.ps1'), SCRIPT);
  expect(runCli(['--store', db, '-c', 'Get-CsSite | Out-Null']).status).toBe(0);
});

describe('run --dry-run and files', () => {
  it('changes nothing on disk, the script reads its own writes, and the report lists the files', () => {
    const before = listing(work);
    const r = runCli(['--store', db, 'run', 'files.ps1', '--dry-run'], { cwd: work });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^first\+second\nFalse\nrewritten\n/);
    expect(listing(work)).toBe(before);
    expect(r.stdout).toContain(
      [
        'Files',
        '  + C:\\Users\\Administrator\\config.zip',
        '  ~ C:\\Users\\Administrator\\kept.txt',
        '  + C:\\Users\\Administrator\\notes.txt',
        '  - C:\\Users\\Administrator\\old.txt',
        '  + C:\\Users\\Administrator\\out\\',
        '  + C:\\Users\\Administrator\\out\\a.txt',
        '  + C:\\Users\\Administrator\\report.txt',
        '  + C:\\Users\\Administrator\\written.txt',
      ].join('\n'),
    );
  });

  it('with --format json: the diff alone on stdout (files included), the script output on stderr', () => {
    const before = listing(work);
    const r = runCli(['--store', db, 'run', 'files.ps1', '--dry-run', '--format', 'json'], { cwd: work });
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout) as { files: { path: string; change: string }[] };
    expect(report.files.map((f) => `${f.change} ${f.path}`)).toContain('removed C:\\Users\\Administrator\\old.txt');
    expect(report.files.map((f) => `${f.change} ${f.path}`)).toContain('added C:\\Users\\Administrator\\out\\a.txt');
    expect(r.stderr).toMatch(/^first\+second\nFalse\nrewritten\n/);
    expect(listing(work)).toBe(before);
  });

  it('a link leading out of the working folder is refused in a dry run as in a real run', () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'csshell-dry-files-out-'));
    const linked = join(dir, 'linked');
    mkdirSync(linked);
    symlinkSync(elsewhere, join(linked, 'out'));
    const r = runCli(['--store', db, '-c', 'Set-Content out\\x.txt "escaped"', '--dry-run'], { cwd: linked });
    expect(r.stderr).toContain('is denied');
    expect(readdirSync(elsewhere)).toEqual([]);
    expect(r.stdout).not.toContain('x.txt');
  });

  it('is refused in a working folder too large to copy, before anything runs', () => {
    const big = join(dir, 'big');
    mkdirSync(big);
    // A sparse file: as large as the limit allows and one byte more, written in no time.
    writeFileSync(join(big, 'huge.bin'), '');
    truncateSync(join(big, 'huge.bin'), DRY_RUN_FOLDER_LIMITS.bytes + 1);
    const r = runCli(['--store', db, '-c', 'New-CsAllowedDomain -Identity big.example | Out-Null; "ran"', '--dry-run'], { cwd: big });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`csshell: the working folder is too large for --dry-run (more than ${DRY_RUN_FOLDER_LIMITS.bytes / 1024 / 1024} MB); run it from a smaller folder\n`);
  });

  it('a -c dry run writes nothing either', () => {
    const before = listing(work);
    const r = runCli(['--store', db, '-c', 'Set-Content new.txt x; Get-Content new.txt', '--dry-run'], { cwd: work });
    expect(r.stdout).toMatch(/^x\n/);
    expect(r.stdout).toContain('  + C:\\Users\\Administrator\\new.txt');
    expect(listing(work)).toBe(before);
  });
});
