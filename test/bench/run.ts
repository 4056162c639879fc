// `npm run bench`: prints the project's speed figures. Nothing here passes or fails on time.

import { benchParser } from './parser.js';
import { benchEval } from './eval.js';
import { benchStore } from './store.js';
import { benchCompletion } from './completion.js';

const suites: [string, () => Promise<string[]>][] = [
  ['parser', benchParser],
  ['evaluator', benchEval],
  ['store', benchStore],
  ['completion', benchCompletion],
];

const only = process.argv.slice(2);
for (const [name, run] of suites) {
  if (only.length && !only.includes(name)) continue;
  const started = performance.now();
  console.log(`== ${name}`);
  try {
    for (const line of await run()) console.log(`  ${line}`);
  } catch (err) {
    console.log(`  failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  }
  console.log(`  (${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
