// The precomputed first-token sets (grammar/lookaheadData.ts) must be exactly what chevrotain's own
// analysis of the current grammar finds, and the parser must decide the same way with either.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LLkLookaheadStrategy, tokenName } from 'chevrotain';
import { PsParser } from '../../grammar/parser.js';
import { computeLookaheadData } from '../../grammar/lookahead.js';
import { lookaheadData } from '../../grammar/lookaheadData.js';
import { allTokens } from '../../grammar/tokens.js';
import { parseWith } from './parserRun.js';
import { allCases } from './conformanceCases.js';

const live = new PsParser(new LLkLookaheadStrategy({ maxLookahead: 1 }));
const precomputed = new PsParser();

function astOf(parser: PsParser, text: string): string {
  return JSON.stringify(parseWith(parser, text), (k, v) => (k === 'source' ? undefined : v));
}

describe('precomputed lookahead', () => {
  it('matches the live analysis of the grammar (run `npm run build` to regenerate)', () => {
    expect(computeLookaheadData(live.getGAstProductions())).toEqual(lookaheadData);
  });

  it('covers every decision the parser has', () => {
    const keys = Object.keys(computeLookaheadData(precomputed.getGAstProductions()));
    expect(keys.length).toBeGreaterThan(100);
    for (const k of keys) expect(lookaheadData[k], k).toBeDefined();
  });

  it('names each token type once (the data refers to tokens by name)', () => {
    const names = allTokens.map((t) => tokenName(t));
    expect(new Set(names).size).toBe(names.length);
  });

  it('parses the sample scripts and conformance cases exactly as chevrotain’s own lookahead does', () => {
    const dir = join(__dirname, '../../fixtures/scripts');
    const texts = readdirSync(dir).filter((f) => f.endsWith('.ps1')).map((f) => readFileSync(join(dir, f), 'utf8'));
    for (const c of allCases) texts.push(c.script);
    texts.push('if ($a) { 1 }\nelseif ($b) { 2 } else { 3 }', 'try { x } catch [System.Exception] { y } finally { z }', '$a = @{ b = 1; c = @(1,2) }; $a.b++', 'do { $i++ } until ($i -gt 3)', '"a $(b) c" | % { $_ }', '1 +', '{', 'param(');
    for (const text of texts) expect(astOf(precomputed, text)).toBe(astOf(live, text));
  });
});
