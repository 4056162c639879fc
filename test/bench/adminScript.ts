// A large admin script for the scale benchmarks: the sample scripts' bodies (fixtures/scripts, their
// param() blocks cut out so the result parses clean) repeated up to a size.

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from '../../src/lang/parser.js';

const fixturesDir = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/scripts');

/** The sample scripts' text without their param() blocks (and the attributes before them). */
export function sampleBodies(): string[] {
  return readdirSync(fixturesDir)
    .filter((f) => f.endsWith('.ps1'))
    .sort()
    .map((f) => {
      const text = readFileSync(join(fixturesDir, f), 'utf8');
      const { ast } = parse(text);
      if (!ast.param) return text;
      const start = ast.attributes[0]?.extent.start ?? ast.param.extent.start;
      return text.slice(0, start) + text.slice(ast.param.extent.end);
    });
}

/** About `bytes` characters of admin script that parses without errors. */
export function adminScript(bytes: number): string {
  const bodies = sampleBodies();
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const part = `${bodies[i % bodies.length]}\n`;
    parts.push(part);
    size += part.length;
  }
  return parts.join('');
}
