// The same generated walk over the core PowerShell cmdlets (their metadata is written in code): every
// parameter set can be selected by a synthesised call, and dropping a mandatory parameter is reported.

import { describe, expect, it } from 'vitest';
import { builtinCmdlets } from '../../src/cmdlets/index.js';

import { ALL_SETS, bindArguments } from '../../src/engine/binder/index.js';
import type { CmdletMetadata, CommandArgument } from '../../src/engine/cmdlet.js';
import { PSRuntimeError } from '../../src/engine/errors.js';
import { mandatoryIn, namedArgs, selectingParameters } from './catalogCalls.js';

async function tryBind(meta: CmdletMetadata, args: CommandArgument[]) {
  try {
    const b = await bindArguments(meta, args, {});
    return { ok: true as const, set: b.parameterSetName };
  } catch (e) {
    if (!(e instanceof PSRuntimeError)) throw e;
    return { ok: false as const, id: e.record.fullyQualifiedErrorId.split(',')[0]!, message: e.record.message };
  }
}

const core = builtinCmdlets().filter((d) => d.metadata.module !== 'SkypeForBusiness');
const cases = core.flatMap((d) => {
  const sets = d.metadata.parameterSets.length ? d.metadata.parameterSets : [ALL_SETS];
  return sets.map((set) => ({ name: d.metadata.name, set, meta: d.metadata }));
});

describe('core cmdlets: every parameter set binds from a synthesised call', () => {
  it('there are core cmdlets to walk', () => {
    expect(core.length).toBeGreaterThan(50);
  });

  it.each(cases)('$name [$set]', async ({ meta, set }) => {
    const r = await tryBind(meta, namedArgs(selectingParameters(meta, set)));
    expect(r).toMatchObject({ ok: true, set });
  });

  const drops = cases.flatMap((c) => mandatoryIn(c.meta, c.set).map((p) => ({ ...c, dropped: p.name })));
  it.each(drops)('$name [$set] without -$dropped', async ({ meta, set, dropped }) => {
    const r = await tryBind(meta, namedArgs(selectingParameters(meta, set).filter((p) => p.name !== dropped)));
    if (r.ok) {
      expect(r.set).not.toBe(set);
      return;
    }
    expect(['MissingMandatoryParameter', 'AmbiguousParameterSet']).toContain(r.id);
    if (r.id === 'MissingMandatoryParameter') expect(r.message).toMatch(/^Cannot process command because of one or more missing mandatory parameters:( \w+)+\.$/);
  });
});
