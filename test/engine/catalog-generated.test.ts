// Walks the whole catalog: for every cmdlet and parameter set, a synthesised call binds to that set (named
// and positional forms), and dropping each mandatory parameter gives PowerShell's error (or a prompt).

import { describe, expect, it } from 'vitest';
import { catalogCmdletNames, csMetadata } from '../../src/catalog/registry.js';
import { bindArguments, ALL_SETS } from '../../src/engine/binder/index.js';
import type { CmdletMetadata, CommandArgument, ParameterMetadata } from '../../src/engine/cmdlet.js';
import { PSRuntimeError } from '../../src/engine/errors.js';
import { RecordingHost } from '../../src/engine/recordingHost.js';
import { mandatoryIn, namedArgs, sampleValue, selectingParameters, setsOf } from './catalogCalls.js';

async function tryBind(meta: CmdletMetadata, args: CommandArgument[], host?: RecordingHost) {
  try {
    const b = await bindArguments(meta, args, { host });
    return { ok: true as const, set: b.parameterSetName, params: b.params };
  } catch (e) {
    if (!(e instanceof PSRuntimeError)) throw e;
    return { ok: false as const, id: e.record.fullyQualifiedErrorId.split(',')[0]!, message: e.record.message, fqid: e.record.fullyQualifiedErrorId };
  }
}

/** The sets every given parameter belongs to. */
function commonSets(meta: CmdletMetadata, params: ParameterMetadata[]): string[] {
  let sets = meta.parameterSets.filter((s) => s !== ALL_SETS);
  if (sets.length === 0) sets = [ALL_SETS];
  for (const p of params) sets = sets.filter((s) => setsOf(meta, p).includes(s));
  return sets;
}

const cases = catalogCmdletNames().flatMap((name) => {
  const meta = csMetadata(name);
  const sets = meta.parameterSets.length ? meta.parameterSets : [ALL_SETS];
  return sets.map((set) => ({ name, set, meta }));
});

describe('every cmdlet and parameter set binds from a synthesised call', () => {
  it('covers the whole catalog', () => {
    expect(catalogCmdletNames()).toHaveLength(69);
    expect(cases.length).toBeGreaterThan(69);
  });

  it.each(cases)('$name [$set] named', async ({ meta, set }) => {
    const params = selectingParameters(meta, set);
    const r = await tryBind(meta, namedArgs(params));
    expect(r).toMatchObject({ ok: true, set });
    if (r.ok) for (const p of params) expect(r.params[p.name]).toBeDefined();
  });

  it.each(cases)('$name [$set] positional where possible', async ({ meta, set }) => {
    const params = selectingParameters(meta, set);
    const positional = params
      .filter((p) => (p.sets[set] ?? p.sets[ALL_SETS])?.position != null && !p.isSwitch)
      .sort((a, b) => (a.sets[set] ?? a.sets[ALL_SETS])!.position! - (b.sets[set] ?? b.sets[ALL_SETS])!.position!);
    const named = params.filter((p) => !positional.includes(p));
    const args: CommandArgument[] = [...namedArgs(named), ...positional.map((p) => ({ kind: 'argument' as const, value: sampleValue(p), text: String(sampleValue(p)) }))];
    const r = await tryBind(meta, args);
    expect(r).toMatchObject({ ok: true, set });
    if (r.ok) for (const p of positional) expect(r.params[p.name]).toBeDefined();
  });
});

describe('dropping a mandatory parameter', () => {
  const drops = cases.flatMap(({ name, set, meta }) => mandatoryIn(meta, set).map((dropped) => ({ name, set, meta, dropped: dropped.name })));

  it('there are mandatory parameters to drop', () => {
    expect(drops.length).toBeGreaterThan(30);
  });

  it.each(drops)('$name [$set] without -$dropped', async ({ meta, set, dropped }) => {
    const params = selectingParameters(meta, set).filter((p) => p.name !== dropped);
    const r = await tryBind(meta, namedArgs(params));
    const candidates = commonSets(meta, params);
    if (r.ok) {
      // Another set that does not need the parameter took the call; it must be one of the candidates.
      expect(r.set).not.toBe(set);
      expect(candidates).toContain(r.set);
      expect(mandatoryIn(meta, r.set).every((p) => r.params[p.name] !== undefined)).toBe(true);
      return;
    }
    if (r.id === 'AmbiguousParameterSet') {
      expect(candidates.length).toBeGreaterThan(1);
      expect(r.message).toBe('Parameter set cannot be resolved using the specified named parameters.');
      return;
    }
    expect(r.id).toBe('MissingMandatoryParameter');
    expect(r.message).toMatch(/^Cannot process command because of one or more missing mandatory parameters:( \w+)+\.$/);
    // The set the binder settled on: the only candidate, or the default set among several.
    const settled = candidates.length === 1 ? candidates[0]! : meta.defaultParameterSet!;
    expect(candidates).toContain(settled);
    const missing = mandatoryIn(meta, settled).filter((p) => !params.includes(p)).map((p) => p.name);
    expect(r.message.split(':')[1]!.slice(0, -1).trim().split(' ')).toEqual(missing);
    if (settled === set) expect(missing).toContain(dropped);
    expect(r.fqid).toBe(`MissingMandatoryParameter,${meta.className}`);
  });

  it.each(drops.filter((d) => d.meta.parameterSets.length <= 1 || d.set === d.meta.defaultParameterSet))(
    '$name [$set] without -$dropped prompts in the interactive shell',
    async ({ meta, set, dropped }) => {
      const params = selectingParameters(meta, set).filter((p) => p.name !== dropped);
      const host = new RecordingHost(true);
      const droppedMeta = meta.parameters.find((p) => p.name === dropped)!;
      const answer = sampleValue(droppedMeta);
      host.promptAnswers.push({ [dropped]: typeof answer === 'string' ? answer : Array.isArray(answer) ? answer.map(String) : String(answer) });
      const r = await tryBind(meta, namedArgs(params), host);
      expect(host.prompts).toHaveLength(1);
      expect(host.prompts[0]!.fields!.map((f) => f.name)).toContain(dropped);
      expect(host.prompts[0]!.caption).toBe(`cmdlet ${meta.name} at command pipeline position 1`);
      if (['String', 'XdsIdentity', 'XdsGlobalRelativeIdentity', 'UserIdParameter', 'Fqdn', 'Int32', 'UInt32', 'Boolean'].includes(droppedMeta.type) || droppedMeta.enum) {
        expect(r).toMatchObject({ ok: true, set });
      }
    },
  );
});
