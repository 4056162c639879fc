// Scale cases for listing 100k users (90,055 SIP-enabled) in batch runs, each against a floor measured
// in the same run: a bare `node -e 0` for start-up, a plain better-sqlite3 read of every user row with
// JSON.parse of its document for the listings, and a one-line command for Select-Object -First 1.

import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { benchWork, repoRoot, timedCommand, timedNode, type Measure } from './scaleMeasure.js';

export interface BenchCase {
  name: string;
  target: string;
  /** What the floor is, as printed. */
  floorName: string;
  /** How the run compares with its floor: a ratio, or the seconds it takes over the floor. */
  compare: 'ratio' | 'over';
  run(): (Measure & { detail?: string }) | Promise<Measure & { detail?: string }>;
  /** Absent when the target is absolute. */
  floor?(): Measure | Promise<Measure>;
}

/** A script that reads every user row with better-sqlite3 and parses each document (the listing floor). */
function plainReadScript(store: string): string {
  const path = join(benchWork, 'plain-read.cjs');
  const sqlite = createRequire(join(repoRoot, 'package.json')).resolve('better-sqlite3');
  writeFileSync(
    path,
    `const Database = require(${JSON.stringify(sqlite)});
const db = new Database(${JSON.stringify(store)}, { readonly: true });
let n = 0;
for (const row of db.prepare('SELECT * FROM users').iterate()) { JSON.parse(row.doc); n++; }
if (n === 0) process.exit(1);
`,
  );
  return path;
}

export function listingCases(store: string): BenchCase[] {
  const csshell = (command: string) => ['--store', store, '-c', command];
  const plain = plainReadScript(store);
  const plainRead = () => timedNode([plain]);
  const bareNode = () => timedNode(['-e', '0'], 5);
  return [
    {
      name: "csshell -c '(Get-CsUser).Count'",
      target: '<= 0.5 s, <= 200 MB',
      floorName: '`node -e 0`',
      compare: 'ratio',
      run: () => timedCommand(csshell('(Get-CsUser).Count')),
      floor: bareNode,
    },
    {
      name: "Get-CsUser | Where-Object { $_.RegistrarPool -like 'pool02*' } | Measure-Object",
      target: '<= 2.5x the plain read, <= 200 MB',
      floorName: 'better-sqlite3 read of all user rows + JSON.parse',
      compare: 'ratio',
      run: () => timedCommand(csshell("Get-CsUser | Where-Object { $_.RegistrarPool -like 'pool02*' } | Measure-Object")),
      floor: plainRead,
    },
    {
      name: 'Get-CsUser | Select-Object -First 1',
      target: '<= 0.1 s over a one-line command',
      floorName: "csshell -c '1' on the same store",
      compare: 'over',
      run: () => timedCommand(csshell('Get-CsUser | Select-Object -First 1'), 5),
      floor: () => timedCommand(csshell('1'), 5),
    },
    {
      name: 'Get-CsUser | ft DisplayName,SipAddress (batch, output to /dev/null)',
      target: 'streams; <= 1.5 s',
      floorName: 'better-sqlite3 read of all user rows + JSON.parse',
      compare: 'ratio',
      run: () => timedCommand(csshell('Get-CsUser | ft DisplayName,SipAddress')),
      floor: plainRead,
    },
  ];
}
