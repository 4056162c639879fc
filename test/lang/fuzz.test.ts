// Mutated admin scripts: the parser answers every input with an AST and parse errors, never an
// exception, and quickly.

import { describe, expect, it } from 'vitest';
import { parse } from '../../src/lang/parser.js';
import { isIncomplete, tokenize } from '../../src/lang/highlight.js';
import { fuzzInputs, fixtureScripts } from './fuzzInputs.js';

describe('parser fuzzing', () => {
  it('parses the unmutated fixture scripts without errors', () => {
    for (const text of fixtureScripts()) {
      const { errors } = parse(text, 'fixture.ps1');
      expect(errors.map((e) => `${e.extent.line}:${e.extent.column} ${e.message}`)).toEqual([]);
    }
  });

  it('handles 3,000 mutated scripts with parse errors only, each under 50 ms', () => {
    parse('Get-CsUser'); // build the parser outside the timed loop
    let slowest = 0;
    let withErrors = 0;
    for (const text of fuzzInputs(3000)) {
      let started = performance.now();
      const result = parse(text);
      let took = performance.now() - started;
      // Re-time a slow input (up to 3 more times, keeping the fastest): a single wall-clock sample on a
      // shared machine can include a GC or scheduler pause that says nothing about the input.
      for (let retry = 0; retry < 3 && took > 50; retry++) {
        started = performance.now();
        parse(text);
        took = Math.min(took, performance.now() - started);
      }
      slowest = Math.max(slowest, took);
      expect(result.ast.kind).toBe('ScriptBlock');
      for (const e of result.errors) {
        expect(e.errorId).not.toBe('ParserFailure');
        expect(e.extent.line).toBeGreaterThanOrEqual(1);
        expect(e.extent.column).toBeGreaterThanOrEqual(1);
      }
      if (result.errors.length) withErrors++;
    }
    expect(slowest).toBeLessThan(50);
    expect(withErrors).toBeGreaterThan(300);
  });

  it('highlights and checks completeness of mutated input without throwing, covering every character', () => {
    for (const text of fuzzInputs(300, 7)) {
      const spans = tokenize(text);
      let pos = 0;
      for (const s of spans) {
        expect(s.start).toBe(pos);
        pos = s.end;
      }
      expect(pos).toBe(text.length);
      expect(typeof isIncomplete(text)).toBe('boolean');
    }
  });
});
