// `npm run bench:scale`: the scale table at 100k users. Generates the store once (cached under
// test/.bench-cache/; delete it to regenerate), then prints every case next to its floor measured in
// the same run, as a ratio (or the seconds over it), with peak RSS. It prints; it does not pass or
// fail. Arguments filter the cases by a part of their name. On a shared machine the figures are noisy:
// CPU time is steadier than wall time.

import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { cli, repoRoot, runCliOrThrow } from './scaleMeasure.js';
import { listingCases, type BenchCase } from './scaleListing.js';
import { terminalCases } from './scaleTerminal.js';
import { scaleStartupCases, type ScaleCase } from './scaleStartup.js';
import { scaleGrantsCases } from './scaleGrants.js';

const USERS = 100_000;

function cachedStore(): string {
  const dir = join(repoRoot, 'test', '.bench-cache');
  const store = join(dir, `users-${USERS}.db`);
  if (!existsSync(store)) {
    mkdirSync(dir, { recursive: true });
    console.log(`generating ${USERS} users into ${store} …`);
    runCliOrThrow(['fixture', 'generate', '--users', String(USERS), '--store', store]);
  }
  return store;
}

/** The start-up, big-script and Grant cases in this table's shape. */
function fromScaleCase(floorName: string): (c: ScaleCase) => BenchCase {
  return (c) => ({
    name: c.name,
    target: c.target,
    floorName,
    compare: 'ratio',
    run: () => {
      const m = c.run();
      return c.inputMb ? { ...m, detail: `${(c.inputMb / m.seconds).toFixed(2)} MB/s wall, peak RSS ${(m.maxRssMb / c.inputMb).toFixed(1)}x the input` } : m;
    },
    floor: () => c.floor(),
  });
}

const fixed = (n: number, digits = 3) => (Number.isFinite(n) ? n.toFixed(digits) : '-');
const over = (a: number, b: number) => (a >= b ? `+${fixed(a - b)} s over` : `${fixed(b - a)} s under`);

async function report(c: BenchCase): Promise<string> {
  const m = await c.run();
  const f = c.floor ? await c.floor() : undefined;
  const lines = [c.name, `  wall ${fixed(m.seconds)} s`];
  if (f) {
    const vs = c.compare === 'ratio' ? `${fixed(m.seconds / f.seconds, 2)}x` : over(m.seconds, f.seconds);
    lines[1] += ` (${vs} the floor: ${c.floorName}, ${fixed(f.seconds)} s)`;
    if (Number.isFinite(m.cpuSeconds)) {
      const cpuVs = c.compare === 'ratio' ? `${fixed(m.cpuSeconds / f.cpuSeconds, 2)}x` : over(m.cpuSeconds, f.cpuSeconds);
      lines.push(`  cpu ${fixed(m.cpuSeconds)} s (${cpuVs} the floor's ${fixed(f.cpuSeconds)} s)`);
    }
  } else if (Number.isFinite(m.cpuSeconds)) lines.push(`  cpu ${fixed(m.cpuSeconds)} s`);
  if (Number.isFinite(m.maxRssMb)) lines.push(`  peak RSS ${fixed(m.maxRssMb, 0)} MB${f && Number.isFinite(f.maxRssMb) ? ` (floor ${fixed(f.maxRssMb, 0)} MB)` : ''}`);
  if (m.detail) lines.push(`  ${m.detail}`);
  lines.push(`  target: ${c.target}`);
  return lines.join('\n');
}

async function main(): Promise<void> {
  if (!existsSync(cli)) throw new Error('dist/csshell.js is missing: run npm run build first');
  const store = cachedStore();
  const cases = [
    ...listingCases(store),
    ...terminalCases(store),
    ...scaleStartupCases.map(fromScaleCase('bare node, or node reading the input')),
    ...scaleGrantsCases.map(fromScaleCase('a plain better-sqlite3 loop of the same updates')),
  ];
  const only = process.argv.slice(2);
  for (const c of cases) {
    if (only.length && !only.some((o) => c.name.includes(o))) continue;
    try {
      console.log(await report(c));
    } catch (e) {
      console.log(`${c.name}\n  failed: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}`);
    }
  }
}

await main();
