// Group-Object -NoElement writes GroupInfoNoElement objects: Count and Name, no Group, shown in a table
// of those two columns.
import { describe, expect, it } from 'vitest';
import { runPs } from '../helpers/run.js';

describe('Group-Object -NoElement', () => {
  it('shows Count and Name only', async () => {
    const r = await runPs("'a','b','a' | Group-Object -NoElement");
    expect(r.errors).toBe('');
    const lines = r.output.split('\n').filter((l) => l.trim() !== '');
    expect(lines[0]!.trim().split(/\s+/)).toEqual(['Count', 'Name']);
    expect(lines.slice(2).map((l) => l.trim().split(/\s+/))).toEqual([['2', 'a'], ['1', 'b']]);
  });

  it('is a GroupInfoNoElement (a GroupInfo) without a Group property', async () => {
    const r = await runPs("$g = 'a','b','a' | Group-Object -NoElement; $g[0].PSObject.TypeNames[0..1] -join ','; $null -eq $g[0].Group; ($g[0].PSObject.Properties.Name | Sort-Object) -join ','");
    expect(r.errors).toBe('');
    expect(r.output.trim().split('\n')).toEqual([
      'Microsoft.PowerShell.Commands.GroupInfoNoElement,Microsoft.PowerShell.Commands.GroupInfo',
      'True',
      'Count,Name,Values',
    ]);
  });
});
