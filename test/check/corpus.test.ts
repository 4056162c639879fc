// The check corpus (test/check-corpus): clean scripts must give no finding; in the scripts with seeded
// defects each defect is annotated on its own line by a trailing `# expect: <Rule> <column>[ ~Suggestion]`
// (several separated by `;`), and check must find exactly those, at those places. A file whose first
// line is `# check-with: store` is checked against a demo deployment.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkScript, type CheckFinding } from '../../src/engine/check/scriptCheck.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';
import { repoRoot, runCli } from '../helpers/cli.js';
import { builtins } from '../../src/cmdlets/index.js';

const corpus = join(repoRoot, 'test', 'check-corpus');
const scripts = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.ps1')).sort().map((f) => join(dir, f));
const stores: Store[] = [];
afterAll(() => stores.forEach((s) => s.close()));

/** `line:column Rule[ ~Suggestion]` for every annotation of the file. */
function expectations(text: string): string[] {
  const out: string[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const m = /#\s*expect:\s*(.+)$/.exec(line);
    if (!m) return;
    for (const one of m[1]!.split(';')) {
      const [rule, column, hint] = one.trim().split(/\s+/);
      out.push(`${i + 1}:${column} ${rule}${hint ? ` ${hint}` : ''}`);
    }
  });
  return out;
}

function described(f: CheckFinding, withHints: boolean): string {
  const hint = withHints && f.suggestions?.length ? ` ~${f.suggestions[0]}` : '';
  return `${f.line}:${f.column} ${f.errorId}${hint}`;
}

async function check(file: string): Promise<CheckFinding[]> {
  const text = readFileSync(file, 'utf8');
  const withStore = /^# check-with: store/.test(text);
  const store = withStore ? openStore(':memory:') : undefined;
  if (store) stores.push(store);
  return checkScript(text, file, { cmdlets: builtins().cmdlets, ...(store ? { store } : {}) });
}

describe('check corpus: seeded defects', () => {
  for (const file of scripts(join(corpus, 'defects'))) {
    it(`finds every seeded defect of ${file.slice(corpus.length + 1)} at its place, and nothing else`, async () => {
      const expected = expectations(readFileSync(file, 'utf8'));
      expect(expected.length).toBeGreaterThan(0);
      const hinted = new Set(expected.filter((e) => e.includes(' ~')).map((e) => e.split(' ~')[0]));
      const found = (await check(file)).map((f) => described(f, hinted.has(`${f.line}:${f.column} ${f.errorId}`)));
      expect(found).toEqual(expected);
    });
  }
});

describe('check corpus: clean scripts', () => {
  const clean = [...scripts(join(corpus, 'clean')), ...scripts(join(repoRoot, 'fixtures', 'scripts'))];
  it('has clean scripts of its own and the fixtures', () => {
    expect(scripts(join(corpus, 'clean')).length).toBeGreaterThanOrEqual(4);
  });
  for (const file of clean) {
    it(`finds nothing in ${file.slice(repoRoot.length + 1)}`, async () => {
      expect((await check(file)).map((f) => described(f, true))).toEqual([]);
    });
  }
});

describe('check corpus through the CLI', () => {
  it('passes the clean scripts with exit 0 and fails the seeded ones with exit 1', () => {
    const clean = runCli(['check', ...scripts(join(corpus, 'clean'))]);
    expect([clean.status, clean.stdout]).toEqual([0, '']);
    const seeded = runCli(['check', '--format', 'json', ...scripts(join(corpus, 'defects'))]);
    expect(seeded.status).toBe(1);
    expect(JSON.parse(seeded.stdout).errors).toBeGreaterThan(10);
  });
});
