// The structure of `csshell check --format sarif` (SARIF 2.1.0): the properties code-scanning services
// require, with their types, written out here (sarif-schema.test.ts validates against the schema itself).

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sarifReport } from '../../src/host/checkReport.js';
import { runCli } from '../helpers/cli.js';

const LEVELS = ['none', 'note', 'warning', 'error'];
const isPositiveInteger = (v: unknown) => Number.isInteger(v) && (v as number) >= 1;

/** Every structural problem of a SARIF log, as `path: problem` (empty when it is well formed). */
function sarifProblems(log: any): string[] {
  const problems: string[] = [];
  const need = (ok: boolean, what: string) => ok || problems.push(what);
  need(log.version === '2.1.0', 'version must be "2.1.0"');
  need(typeof log.$schema === 'string' && /sarif.*2\.1\.0/.test(log.$schema), '$schema must name SARIF 2.1.0');
  need(Array.isArray(log.runs) && log.runs.length > 0, 'runs must be a non-empty array');
  for (const [r, run] of (log.runs ?? []).entries()) {
    const driver = run?.tool?.driver;
    need(typeof driver?.name === 'string' && driver.name.length > 0, `runs[${r}].tool.driver.name must be a string`);
    need(Array.isArray(driver?.rules), `runs[${r}].tool.driver.rules must be an array`);
    const ids: string[] = (driver?.rules ?? []).map((rule: any) => rule?.id);
    ids.forEach((id, i) => need(typeof id === 'string' && id.length > 0, `rules[${i}].id must be a string`));
    need(new Set(ids).size === ids.length, 'rule ids must be unique');
    need(Array.isArray(run.results), `runs[${r}].results must be an array`);
    for (const [i, res] of (run.results ?? []).entries()) {
      const at = `runs[${r}].results[${i}]`;
      need(typeof res.ruleId === 'string' && ids.includes(res.ruleId), `${at}.ruleId must name a rule of the driver`);
      need(res.ruleIndex === undefined || ids[res.ruleIndex] === res.ruleId, `${at}.ruleIndex must point at its rule`);
      need(LEVELS.includes(res.level), `${at}.level must be one of ${LEVELS.join(', ')}`);
      need(typeof res.message?.text === 'string' && res.message.text.length > 0, `${at}.message.text must be a non-empty string`);
      need(Array.isArray(res.locations) && res.locations.length > 0, `${at}.locations must be a non-empty array`);
      for (const loc of res.locations ?? []) {
        const uri = loc?.physicalLocation?.artifactLocation?.uri;
        need(typeof uri === 'string' && !/[\s\\]/.test(uri), `${at} artifactLocation.uri must be a URI (no blanks, no backslashes)`);
        need(isPositiveInteger(loc?.physicalLocation?.region?.startLine), `${at} region.startLine must be an integer >= 1`);
        need(isPositiveInteger(loc?.physicalLocation?.region?.startColumn), `${at} region.startColumn must be an integer >= 1`);
      }
    }
  }
  return problems;
}

describe('check --format sarif', () => {
  it('the checker of this test catches a malformed log', () => {
    expect(sarifProblems({ version: '2.0', runs: [{ tool: { driver: {} }, results: [{ ruleId: 'X', level: 'fatal', locations: [] }] }] })).toHaveLength(8);
  });

  it('writes a well-formed SARIF 2.1.0 log through the CLI', () => {
    const dir = mkdtempSync(join(tmpdir(), 'csshell sarif '));
    const file = join(dir, 'edge rollout.ps1');
    writeFileSync(file, 'Set-CsAccessEdgeConfiguration -AllowFederatedUsers yes -Bogus 1\nGet-ADUser ken\nif ($x {\n');
    const r = runCli(['check', '--format', 'sarif', file]);
    expect(r.status).toBe(1);
    const log = JSON.parse(r.stdout);
    expect(sarifProblems(log)).toEqual([]);
    const results = log.runs[0].results;
    expect(results.map((x: any) => `${x.locations[0].physicalLocation.region.startLine}:${x.locations[0].physicalLocation.region.startColumn} ${x.ruleId} ${x.level}`)).toEqual([
      '1:52 CannotConvertArgument error',
      '1:56 NamedParameterNotFound error',
      '2:1 CommandNotEmulated warning',
      '3:8 ParserError error',
      '3:8 ParserError error',
    ]);
    expect(results[0].locations[0].physicalLocation.artifactLocation.uri).toMatch(/^file:\/\/\/.*edge%20rollout\.ps1$/);
  });

  it('keeps a relative path relative, with forward slashes', () => {
    const log = JSON.parse(sarifReport([{ file: 'scripts\\my script.ps1', findings: [{ line: 2, column: 3, errorId: 'ParserError', severity: 'error', message: 'x' }] }], '1.0'));
    expect(sarifProblems(log)).toEqual([]);
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('scripts/my%20script.ps1');
  });
});
