// The bad-input matrix: every parameter of every Skype cmdlet that changes something gets bad values of
// its type (test/reliability/badValues.ts) in an otherwise working call (matrixBases.ts). Each outcome
// must be either a clean PowerShell-style error with the store unchanged (digest of every table), or an
// acceptance whose value reads back unchanged through the matching Get-. Values PowerShell's own
// conversion refuses must be refused.
//
// `npm test` tries one bad value per parameter (rotating through each type's list, so every value is
// used somewhere); CSSHELL_BAD_INPUT=full tries them all.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { csMetadata } from '../../src/catalog/registry.js';
import { ALL_SETS } from '../../src/engine/binder/index.js';
import { parameterType } from '../../src/engine/binder/typeNames.js';
import type { CmdletMetadata, ParameterMetadata } from '../../src/engine/cmdlet.js';
import { PSObject } from '../../src/engine/runtime/values.js';
import { storeContentDigest, storeWriteCount } from '../../src/store/contentDigest.js';
import { newEngine } from '../helpers/run.js';
import { badValuesFor, type BadValue } from './badValues.js';
import { MATRIX_BASES, SWITCH, type Args, type MatrixBase } from './matrixBases.js';

const FULL = process.env.CSSHELL_BAD_INPUT === 'full';
const COMMON = new Set(['Verbose', 'Debug', 'ErrorAction', 'WarningAction', 'InformationAction', 'ErrorVariable', 'WarningVariable', 'InformationVariable', 'OutVariable', 'OutBuffer', 'PipelineVariable']);

interface MatrixCase {
  param: ParameterMetadata;
  value: BadValue;
}

/** The sandbox of every case: bad file names (-Report, -FileName) must never land in the repository. */
const sandbox = mkdtempSync(join(tmpdir(), 'csshell-bad-input-'));

const counts = { tried: 0, refused: 0, accepted: 0, readBack: 0 };
const rotation = new Map<string, number>();

/** The values tried for one parameter: all of them (full), or the next one in its type's rotation. */
function valuesFor(p: ParameterMetadata): BadValue[] {
  const t = parameterType(p);
  const values = badValuesFor(t);
  if (FULL) return values;
  const key = `${t.kind}:${t.name}`;
  const i = rotation.get(key) ?? 0;
  rotation.set(key, i + 1);
  return [values[i % values.length]!];
}

function casesOf(base: MatrixBase, meta: CmdletMetadata): MatrixCase[] {
  return meta.parameters.filter((p) => !COMMON.has(p.name) && !base.skip?.includes(p.name)).flatMap((param) => valuesFor(param).map((value) => ({ param, value })));
}

function setsOf(p: ParameterMetadata | undefined): string[] {
  return p ? Object.keys(p.sets) : [ALL_SETS];
}

/** The base arguments that can go with `param`, plus `param` set to $v. */
function argsWith(base: MatrixBase, meta: CmdletMetadata, param: ParameterMetadata): Args {
  const mine = setsOf(param);
  const fits = (name: string) => {
    const theirs = setsOf(meta.parameters.find((p) => p.name === name));
    return mine.includes(ALL_SETS) || theirs.includes(ALL_SETS) || theirs.some((s) => mine.includes(s));
  };
  const args: Args = {};
  for (const [name, value] of Object.entries(base.args)) if (name !== param.name && fits(name)) args[name] = value;
  args[param.name] = param.isSwitch ? ':$v' : '$v';
  return args;
}

function commandText(cmdlet: string, args: Args): string {
  const parts = Object.entries(args).map(([name, value]) => (value === SWITCH ? `-${name}` : value.startsWith(':') ? `-${name}${value}` : `-${name} ${value}`));
  return `${cmdlet} ${parts.join(' ')}`;
}

const ENGINE_TEXT = /\b(TypeError|RangeError|ReferenceError|SqliteError)\b|Maximum call stack|\(\S+:\d+:\d+\)|\.[jt]s:\d+|\[object Object\]|\bundefined\b|internal error|SQLITE_|FullyQualifiedErrorId : System\.Exception,|NotSpecified: \(:\) \[\], RuntimeException/i;

/** What is wrong with the error text of a refused case, if anything. */
function errorProblem(cmdlet: string, text: string, value: BadValue): string | undefined {
  if (ENGINE_TEXT.test(text)) return `engine text in the error: ${ENGINE_TEXT.exec(text)![0]}`;
  if (!value.nan && /\bNaN\b/.test(text)) return 'NaN in the error';
  if (!text.includes('+ FullyQualifiedErrorId : ') || !text.includes('+ CategoryInfo          : ')) return 'not a PowerShell error record';
  if (!text.startsWith(`${cmdlet} : `)) return `the error does not come from ${cmdlet}: ${text.slice(0, 160)}`;
  return undefined;
}

/** What is wrong with an accepted value's read-back, if anything. */
function readBackProblem(param: ParameterMetadata, input: unknown, object: unknown, property: string): string | undefined {
  if (!(object instanceof PSObject)) return 'the read-back command returned no object';
  if (!object.has(property)) return undefined;
  counts.readBack++;
  const stored = object.get(property);
  const kind = parameterType(param).kind;
  if (kind === 'string' && typeof input === 'string' && input !== '' && stored !== input) {
    return `reads back ${JSON.stringify(String(stored).slice(0, 60))} instead of ${JSON.stringify(input.slice(0, 60))}`;
  }
  return undefined;
}

/** Runs PowerShell text; returns output values and the error-stream text it wrote. */
async function run(engine: ReturnType<typeof newEngine>['engine'], host: ReturnType<typeof newEngine>['host'], text: string) {
  const from = host.writes.length;
  const values = await engine.invoke(text);
  const written = host.writes.slice(from);
  return { values, errors: written.filter((w) => w.stream === 'error').map((w) => w.text).join('\n'), warnings: written.filter((w) => w.stream === 'warning').map((w) => w.text).join('\n') };
}

async function runMatrix(base: MatrixBase): Promise<string[]> {
  const meta = csMetadata(base.cmdlet);
  const { engine, host, store } = newEngine({ workingDirectory: sandbox });
  if (base.setup) expect((await run(engine, host, base.setup)).errors).toBe('');
  const digest = storeContentDigest(store);
  const problems: string[] = [];
  // The base call works on its own (so accepted values are judged against a call that can succeed).
  store.db.exec('SAVEPOINT matrix_base');
  const alone = await run(engine, host, commandText(base.cmdlet, base.args));
  store.db.exec('ROLLBACK TO matrix_base');
  store.db.exec('RELEASE matrix_base');
  if (!base.failsAlone && alone.errors) problems.push(`the base call fails: ${alone.errors.split('\n')[0]}`);
  for (const { param, value } of casesOf(base, meta)) {
    const args = argsWith(base, meta, param);
    const call = commandText(base.cmdlet, args);
    const where = `${base.cmdlet} -${param.name} <${value.label}>`;
    counts.tried++;
    store.db.exec('SAVEPOINT matrix_case');
    try {
      const writes = storeWriteCount(store);
      const assigned = await run(engine, host, `$v = ${value.expr}`);
      if (assigned.errors) throw new Error(`${where}: the bad value itself failed: ${assigned.errors}`);
      const outcome = await run(engine, host, call);
      const changed = storeWriteCount(store) !== writes && storeContentDigest(store) !== digest;
      const noise = ENGINE_TEXT.exec(outcome.warnings);
      if (noise) problems.push(`${where}: engine text in a warning: ${noise[0]}`);
      if (outcome.errors) {
        counts.refused++;
        const bad = errorProblem(base.cmdlet, outcome.errors, value);
        if (bad) problems.push(`${where}: ${bad}`);
        if (changed) problems.push(`${where}: refused, yet the store changed`);
        continue;
      }
      counts.accepted++;
      if (base.failsAlone) problems.push(`${where}: a call that cannot succeed reported no error`);
      if (value.refuse) problems.push(`${where}: accepted a value PowerShell refuses`);
      if (!base.readBack) continue;
      const [input] = (await run(engine, host, '$v')).values;
      const back = await run(engine, host, base.readBack(args));
      if (back.errors) problems.push(`${where}: accepted, but reading it back fails: ${back.errors.split('\n')[0]}`);
      else {
        const bad = readBackProblem(param, input, back.values[0], base.property?.[param.name] ?? param.name);
        if (bad) problems.push(`${where}: ${bad}`);
      }
    } finally {
      store.db.exec('ROLLBACK TO matrix_case');
      store.db.exec('RELEASE matrix_case');
    }
  }
  return problems;
}

describe('bad input to every Skype cmdlet that changes something', () => {
  afterAll(() => {
    rmSync(sandbox, { recursive: true, force: true });
    console.info(`bad-input matrix (${FULL ? 'full' : 'sampled'}): ${counts.tried} values tried, ${counts.refused} refused, ${counts.accepted} accepted (${counts.readBack} read back)`);
  });

  it('the bases cover every such cmdlet of the catalog', async () => {
    const { catalogCmdletNames } = await import('../../src/catalog/registry.js');
    const changing = catalogCmdletNames().filter((n) => !/^(Get|Test|Export)-/.test(n));
    expect(MATRIX_BASES.map((b) => b.cmdlet).sort()).toEqual(changing.sort());
  });

  it.each(MATRIX_BASES.map((b) => [b.cmdlet, b] as const))('%s', async (_name, base) => {
    expect(await runMatrix(base)).toEqual([]);
  });
});
