// Evaluator speed: cost of a simple statement in a loop, a foreach with string interpolation, a
// pipeline through a script block, and a function call. Figures only; nothing passes or fails on time.

import type { Engine } from '../../src/engine/engine.js';
import { createSession } from '../../src/engine/createSession.js';
import { openStore } from '../../src/store/open.js';
import { RecordingHost } from '../../src/engine/recordingHost.js';
import { builtins } from '../../src/cmdlets/index.js';

function newEngine(): Engine {
  return createSession({
    host: new RecordingHost(false),
    store: openStore(':memory:'),
    session: { localComputer: 'fe01.contoso.com', workingDirectory: process.cwd(), interactive: false },
    builtins: builtins(),
  });
}

/** Runs the script once to warm the JIT and caches, then times a second run. */
async function timeScript(engine: Engine, script: string): Promise<number> {
  await engine.invoke(script);
  const started = performance.now();
  await engine.invoke(script);
  return performance.now() - started;
}

function perItem(ms: number, count: number, unit: string): string {
  const us = (ms * 1000) / count;
  return `${us.toFixed(2)} µs per ${unit} (${count.toLocaleString('en-US')} in ${ms.toFixed(0)} ms)`;
}

export async function benchEval(): Promise<string[]> {
  const engine = newEngine();
  const out: string[] = [];

  const loopMs = await timeScript(engine, '$x = 0; for ($i = 0; $i -lt 100000; $i++) { $x = $x + 1 }');
  // Each iteration runs three simple statements: the test, the body assignment and the increment.
  out.push(`simple statement (\`$x = $x + 1\` in a 100k for loop): ${perItem(loopMs, 300_000, 'statement')}`);

  const foreachMs = await timeScript(engine, '$s = foreach ($i in 1..10000) { "user$i@contoso.com has index $i" }; $s.Count');
  out.push(`foreach with string interpolation: ${perItem(foreachMs, 10_000, 'iteration')}`);

  const whereMs = await timeScript(engine, '$n = (1..10000 | Where-Object { $_ % 3 -eq 0 }).Count');
  out.push(`Where-Object { … } over 10k objects: ${perItem(whereMs, 10_000, 'input object')}`);

  const foreachObjectMs = await timeScript(engine, '$n = (1..10000 | ForEach-Object { $_ * 2 }).Count');
  out.push(`ForEach-Object { … } over 10k objects: ${perItem(foreachObjectMs, 10_000, 'input object')}`);

  const methodWhereMs = await timeScript(engine, '$n = (1..10000).Where({ $_ % 3 -eq 0 }).Count');
  out.push(`.Where({ … }) method over 10k items: ${perItem(methodWhereMs, 10_000, 'item')}`);

  const callMs = await timeScript(engine, 'function Add-One($v) { $v + 1 }; $t = 0; foreach ($i in 1..5000) { $t = Add-One $t }');
  out.push(`script function call with one argument: ${perItem(callMs, 5_000, 'call')}`);

  const methodMs = await timeScript(engine, '$r = foreach ($i in 1..20000) { "Sip:User$i@Contoso.com".ToLower().Replace("sip:", "").Split("@")[0] }');
  out.push(`string method chain: ${perItem(methodMs, 20_000, 'iteration')}`);
  return out;
}
