// Every admin script in fixtures/scripts parses without errors and runs cleanly against the demo
// deployment through the real CLI (`csshell run`), each on a fresh throw-away store.

import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/cli.js';

const scriptsDir = join(repoRoot, 'fixtures', 'scripts');
const scripts = readdirSync(scriptsDir).filter((f) => f.endsWith('.ps1')).sort();

describe('fixture admin scripts', () => {
  it('there are at least 30 of them', () => {
    expect(scripts.length).toBeGreaterThanOrEqual(30);
  });

  it('all parse with zero errors', () => {
    const r = runCli(['parse', ...scripts.map((s) => join(scriptsDir, s))]);
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  for (const script of scripts) {
    it(`runs ${script} without errors`, () => {
      const work = mkdtempSync(join(tmpdir(), 'csshell-script-'));
      cpSync(scriptsDir, work, { recursive: true });
      const r = runCli(['--store', ':memory:', 'run', join(work, script)], { cwd: work });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout.trim().length).toBeGreaterThan(0);
    });
  }
});
