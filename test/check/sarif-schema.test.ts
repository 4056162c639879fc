// `csshell check --format sarif` validated against the SARIF 2.1.0 JSON schema (test/fixtures/sarif,
// a draft-04 schema) with a real JSON-schema validator (ajv 6, which reads draft-04).

import Ajv from 'ajv';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/cli.js';

const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(join(repoRoot, 'test', 'fixtures', 'sarif', 'sarif-2.1.0-rtm.5.json'), 'utf8'));
const ajv = new Ajv({ schemaId: 'id', allErrors: true });
ajv.addMetaSchema(require('ajv/lib/refs/json-schema-draft-04.json'));
const validate = ajv.compile(schema);

/** The schema's complaints about a log, as `path message` (empty when it is valid). */
function schemaErrors(log: unknown): string[] {
  return validate(log) ? [] : (validate.errors ?? []).map((e) => `${e.dataPath} ${e.message}`);
}

const dir = mkdtempSync(join(tmpdir(), 'csshell-sarif-schema-'));
/** A file with problems of several kinds (an unknown parameter, an unknown command, a bad value, a parse error); its name has a blank. */
const broken = join(dir, 'broken file.ps1');
writeFileSync(broken, ['New-CsXmppAllowedPartner -Nope 1', 'Get-CsNoSuchThing', 'Set-CsAccessEdgeConfiguration -AllowFederatedUsers maybe', 'if ($x) {', ''].join('\n'));

describe('csshell check --format sarif against the SARIF 2.1.0 schema', () => {
  it('is valid for files with problems of every kind, and for a clean file', () => {
    const clean = join(dir, 'clean.ps1');
    writeFileSync(clean, 'Get-CsSite\n');
    const r = runCli(['check', '--format', 'sarif', broken, clean]);
    const log = JSON.parse(r.stdout);
    expect(log.runs[0].results.length).toBeGreaterThanOrEqual(3);
    expect(schemaErrors(log)).toEqual([]);
    const none = JSON.parse(runCli(['check', '--format', 'sarif', clean]).stdout);
    expect(none.runs[0].results).toEqual([]);
    expect(schemaErrors(none)).toEqual([]);
  });

  it('the validator does reject a log the schema forbids', () => {
    const log = JSON.parse(runCli(['check', '--format', 'sarif', broken]).stdout);
    log.runs[0].results[0].level = 'fatal';
    log.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    log.runs[0].tool.driver.unknownProperty = true;
    expect(schemaErrors(log).join('\n')).toMatch(/level[\s\S]*startLine|startLine[\s\S]*level/);
    expect(schemaErrors(log).some((e) => e.includes('additional properties'))).toBe(true);
  });
});
