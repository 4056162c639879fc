// realPathInside follows links as the kernel does: `..` climbs from where a link really leads, a
// dangling link's target is judged by its text, a loop is refused, the root is taken by its real path.

import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { realPathInside } from '../../src/engine/files/links.js';
import { runPs } from '../helpers/run.js';

function world() {
  const base = realpathSync(mkdtempSync(join(tmpdir(), 'csshell-resolve-')));
  const root = join(base, 'root');
  const outside = join(base, 'outside');
  mkdirSync(join(root, 'data'), { recursive: true });
  mkdirSync(join(outside, 'x'), { recursive: true });
  writeFileSync(join(outside, 'victim.txt'), 'SECRET');
  writeFileSync(join(root, 'data', 'a.txt'), 'alpha');
  symlinkSync(join(outside, 'x'), join(root, 'in'));
  symlinkSync(outside, join(root, 'out'));
  return { base, root, outside };
}

describe('realPathInside', () => {
  it('a `..` after a link climbs from the link target, not from the text', () => {
    const { root } = world();
    symlinkSync('in/..', join(root, 'trick'));
    // The text says <root>/victim.txt; the kernel reaches <outside>/victim.txt.
    expect(realPathInside(root, join(root, 'trick', 'victim.txt'))).toBeUndefined();
  });

  it('a dangling link is judged by its target text, even through a missing folder and `..`', () => {
    const { root } = world();
    symlinkSync('missing/../../outside/victim.txt', join(root, 'up'));
    symlinkSync('missing/../out/victim.txt', join(root, 'back'));
    symlinkSync('data/later.txt', join(root, 'later'));
    expect(realPathInside(root, join(root, 'up'))).toBeUndefined();
    expect(realPathInside(root, join(root, 'back'))).toBeUndefined();
    expect(realPathInside(root, join(root, 'later'))).toBe(join(root, 'data', 'later.txt'));
  });

  it('a link loop is refused', () => {
    const { root } = world();
    symlinkSync('loop2', join(root, 'loop1'));
    symlinkSync('loop1', join(root, 'loop2'));
    expect(realPathInside(root, join(root, 'loop1', 'a.txt'))).toBeUndefined();
  });

  it('the root is taken by its real path; absolute links into it stay inside', () => {
    const { base, root } = world();
    symlinkSync(root, join(base, 'rootlink'));
    symlinkSync(join(root, 'data'), join(root, 'abs'));
    const viaLink = join(base, 'rootlink');
    expect(realPathInside(viaLink, join(viaLink, 'abs', 'a.txt'))).toBe(join(root, 'data', 'a.txt'));
    expect(realPathInside(viaLink, join(viaLink, 'out', 'victim.txt'))).toBeUndefined();
  });

  it('Get-Content through such paths is refused and reads nothing', async () => {
    const { root } = world();
    symlinkSync('in/..', join(root, 'trick'));
    symlinkSync('missing/../out/victim.txt', join(root, 'back'));
    const r = await runPs('Get-Content .\\trick\\victim.txt; Get-Content .\\back', { workingDirectory: root });
    expect(r.output).not.toContain('SECRET');
    expect(r.errors).toContain("Access to the path 'C:\\Users\\Administrator\\trick\\victim.txt' is denied.");
    expect(r.errors).toContain("Access to the path 'C:\\Users\\Administrator\\back' is denied.");
  });
});
