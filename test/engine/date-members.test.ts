// DateTime's members have one home (src/engine/members/date.ts): what `$d.X` supports is what
// Get-Member lists, and every method Get-Member lists can be called.
import { describe, expect, it } from 'vitest';
import { evalPs, runPs } from '../helpers/run.js';

const SAMPLE_ARGUMENT: Record<string, string> = { double: '1', int: '1', long: '1', timespan: '(New-TimeSpan -Days 1)', datetime: '$d', string: "'yyyy'" };

describe('DateTime members', () => {
  it('Get-Date | Get-Member lists AddDays with its .NET definition', async () => {
    const r = await runPs('Get-Date | Get-Member -Name AddDays | Format-List Name, MemberType, Definition');
    expect(r.errors).toBe('');
    expect(r.output).toMatch(/Name +: AddDays\nMemberType +: Method\nDefinition +: datetime AddDays\(double value\)/);
  });

  it('every method Get-Member lists for a DateTime can be called, and every property read', async () => {
    const { values } = await evalPs('Get-Date | Get-Member | ForEach-Object { "$($_.Name)|$($_.MemberType)|$($_.Definition)" }');
    const members = (values as string[]).map((v) => v.split('|') as [string, string, string]);
    const methods = members.filter(([, t]) => t === 'Method');
    expect(methods.map(([n]) => n)).toEqual(expect.arrayContaining(['AddDays', 'AddMonths', 'Subtract', 'ToString', 'ToUniversalTime', 'GetType']));
    for (const [name, , definition] of methods) {
      const firstParam = /\((\w+)/.exec(definition)?.[1];
      const arg = firstParam ? (SAMPLE_ARGUMENT[firstParam] ?? '$null') : '';
      const r = await runPs(`$d = Get-Date -Year 2026 -Month 12 -Day 7; $null = $d.${name}(${arg})`);
      expect(r.errors, `${name}(${arg})`).not.toMatch(/does not contain a method named/);
    }
    for (const [name] of members.filter(([, t]) => t === 'Property')) {
      const r = await evalPs(`$d = Get-Date -Year 2026 -Month 12 -Day 7; $null -ne $d.${name}`);
      expect(r.values, name).toEqual([true]);
    }
  });
});
