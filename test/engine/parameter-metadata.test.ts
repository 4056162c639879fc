// The one ParameterMetadata builder: its defaults, and the places that describe parameters through it
// (common parameters, -WhatIf/-Confirm, script functions, core cmdlets, lab commands) agreeing.
import { describe, expect, it } from 'vitest';
import { commonParameters } from '../../src/catalog/registry.js';
import { parameter, switchParameter } from '../../src/engine/parameterMetadata.js';
import { evalPs } from '../helpers/run.js';
import { builtins } from '../../src/cmdlets/index.js';

describe('parameter()', () => {
  it('fills in the defaults: optional, named, no alias, no pipeline input, in every set', () => {
    expect(parameter({ name: 'Task', type: 'Int32', position: 0 })).toStrictEqual({
      name: 'Task',
      type: 'Int32',
      isArray: false,
      isSwitch: false,
      aliases: [],
      sets: { __AllParameterSets: { required: false, position: 0 } },
      pipeline: 'False',
    });
  });

  it('recognises a switch from its type, however it is spelt, and keeps only the extras given', () => {
    expect(parameter({ name: 'Force', type: 'switch' }).isSwitch).toBe(true);
    expect(switchParameter('WhatIf', ['wi'], ['Identity', 'Filter']).sets).toEqual({
      Identity: { required: false, position: null },
      Filter: { required: false, position: null },
    });
    const p = parameter({ name: 'Name', type: 'String', validateSet: undefined, wildcards: true });
    expect(Object.keys(p)).not.toContain('validateSet');
    expect(p.wildcards).toBe(true);
  });

  it('describes the common parameters, -WhatIf, core and script parameters the same way', async () => {
    expect(commonParameters.find((p) => p.name === 'Verbose')).toStrictEqual(switchParameter('Verbose', ['vb']));
    const whatIf = builtins().cmdlets.get('Set-Variable')!.metadata.parameters.find((p) => p.name === 'WhatIf')!;
    expect(whatIf).toMatchObject({ isSwitch: true, aliases: ['wi'], pipeline: 'False' });
    const r = await evalPs('function Get-Thing { param([Parameter(Mandatory=$true)][string[]]$Name, [switch]$All) }; (Get-Command Get-Thing).Parameters.Keys -join ","');
    expect(r.values[0]).toContain('Name,All');
  });
});
