// `csshell` with a pipe or file on stdin instead of a terminal: no line editor, each complete input
// (multi-line constructs included) is echoed after the prompt and run, like the console host reading
// redirected input. Prompts cannot be answered here.

import { createInterface } from 'node:readline';
import type { EngineApi } from '../../engine/engine.js';
import { inputIsIncomplete } from './syntax.js';

export async function runPipedShell(engine: Pick<EngineApi, 'execute'>, prompt: () => string, input: NodeJS.ReadableStream = process.stdin, out: NodeJS.WritableStream = process.stdout): Promise<number> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let pending: string[] = [];
  for await (const line of lines) {
    pending.push(line);
    const text = pending.join('\n');
    if (inputIsIncomplete(text)) continue;
    pending = [];
    out.write(`${prompt()}${text}\n`);
    if (!text.trim()) continue;
    const r = await engine.execute(text);
    if (r.exitCode !== undefined) return r.exitCode;
  }
  if (pending.length) {
    const r = await engine.execute(pending.join('\n'));
    if (r.exitCode !== undefined) return r.exitCode;
  }
  return 0;
}
