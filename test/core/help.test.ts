import { describe, expect, it } from 'vitest';

import { syntaxLines } from '../../src/cmdlets/core/syntax.js';
import { evalPs, runPs } from '../helpers/run.js';
import { builtinCmdlets, builtins } from '../../src/cmdlets/index.js';

const coreNames = builtinCmdlets()
  .filter((c) => c.metadata.module?.startsWith('Microsoft.PowerShell.'))
  .map((c) => c.metadata.name)
  .filter((n) => !/^(Enter|Exit)-PSSession$|^Get-History$/i.test(n));

describe('syntax generated from metadata', () => {
  it('writes one line per parameter set like PowerShell', () => {
    const meta = builtinCmdlets().find((c) => c.metadata.name === 'Get-CsXmppAllowedPartner')!.metadata;
    expect(syntaxLines(meta)).toEqual([
      'Get-CsXmppAllowedPartner [[-Identity] <XdsGlobalRelativeIdentity>] [-LocalStore] [<CommonParameters>]',
      'Get-CsXmppAllowedPartner [-Filter <String>] [-LocalStore] [<CommonParameters>]',
    ]);
    const set = builtinCmdlets().find((c) => c.metadata.name === 'Set-Variable')!.metadata;
    expect(syntaxLines(set)[0]).toMatch(/^Set-Variable \[-Name\] <String\[\]> \[\[-Value\] <Object>\] .*\[-WhatIf\] \[-Confirm\] \[<CommonParameters>\]$/);
  });
});

describe('Get-Help', () => {
  it('shows NAME, SYNOPSIS, SYNTAX, DESCRIPTION and REMARKS', async () => {
    const r = await runPs('Get-Help Where-Object');
    const lines = r.output.split('\n');
    expect(lines.slice(0, 6)).toEqual(['', 'NAME', '    Where-Object', '', 'SYNOPSIS', '    Passes on only the objects that meet a condition.']);
    expect(r.output).toContain('\nSYNTAX\n    Where-Object [-Property] <String> [[-Value] <Object>]');
    expect(r.output).toContain('    Where-Object [-FilterScript] <ScriptBlock> [-InputObject <PSObject>] [<CommonParameters>]');
    expect(r.output).toContain('To see the examples, type: "get-help Where-Object -examples".');
  });

  it('-? on a command shows its help', async () => {
    const a = await runPs('Get-CsXmppAllowedPartner -?');
    const b = await runPs('Get-Help Get-CsXmppAllowedPartner');
    expect(a.errors).toBe('');
    expect(a.output).toBe(b.output);
  });

  it('-Examples, -Detailed, -Full and -Parameter', async () => {
    const e = await runPs('Get-Help Select-Object -Examples');
    expect(e.output).toContain('-------------------------- Example 1: Names and pools of three users --------------------------');
    expect(e.output).toContain('PS C:\\>Get-CsUser | Select-Object -First 3 DisplayName, RegistrarPool');
    const d = await runPs('Get-Help Select-Object -Detailed');
    expect(d.output).toContain('\nPARAMETERS\n');
    expect(d.output).toContain('    -Property <Object[]>\n        Property names (wildcards allowed)');
    expect(d.output).not.toContain('Required?');
    const f = await runPs('Get-Help Select-Object -Full');
    expect(f.output).toContain('        Required?                    false\n        Position?                    1');
    const p = await runPs('Get-Help Get-Content -Parameter Tail');
    expect(p.output).toContain('    -Tail <Int32>');
    expect(p.output).toContain('        Aliases                      Last');
    const none = await runPs('Get-Help Get-Content -Parameter Nope');
    expect(none.errors).toContain('No parameter matches criteria Nope.');
  });

  it('follows aliases, lists wildcard matches and reports unknown topics', async () => {
    const a = await runPs('help gci');
    expect(a.output).toContain('    Get-ChildItem\n');
    const w = await runPs('Get-Help *-CsXmpp*');
    expect(w.output).toContain('Name                              Category  Module                    Synopsis');
    expect(w.output).toContain('Test-CsXmppIM');
    const n = await runPs('Get-Help Nope-Nothing');
    expect(n.errors).toContain('Get-Help could not find Nope-Nothing in a help file in this session.');
  });

  it('has written help for every core cmdlet', () => {
    const missing = coreNames.filter((n) => !builtins().help.get(n));
    expect(missing).toEqual([]);
    for (const n of coreNames) {
      const entry = builtins().help.get(n)!;
      expect(entry.synopsis.length, n).toBeGreaterThan(10);
      expect(entry.examples.length, n).toBeGreaterThan(0);
    }
  });
});

describe('Get-Command and Get-Alias', () => {
  it('lists commands in the 5.1 table', async () => {
    const r = await runPs('Get-Command Get-CsXmppAllowedPartner, Where-Object');
    expect(r.output).toBe(
      [
        '',
        'CommandType     Name                                               Version    Source',
        '-----------     ----                                               -------    ------',
        'Cmdlet          Get-CsXmppAllowedPartner                           7.0.0.0    SkypeForBusiness',
        'Cmdlet          Where-Object                                       3.0.0.0    Microsoft.PowerShell.Core',
        '',
        '',
        '',
      ].join('\n'),
    );
  });

  it('filters by verb, noun, module and wildcard; -Syntax writes the syntax', async () => {
    const v = await evalPs('Get-Command -Verb Remove -Noun CsXmpp* | ForEach-Object Name');
    expect(v.values).toEqual(['Remove-CsXmppAllowedPartner']);
    const m = await evalPs('(Get-Command -Module SkypeForBusiness).Count');
    expect(m.values).toEqual([builtinCmdlets().filter((c) => c.metadata.module === 'SkypeForBusiness').length]);
    const s = await evalPs('Get-Command Get-CsXmppAllowedPartner -Syntax');
    expect(s.values[0]).toBe(
      '\nGet-CsXmppAllowedPartner [[-Identity] <XdsGlobalRelativeIdentity>] [-LocalStore] [<CommonParameters>]\n\nGet-CsXmppAllowedPartner [-Filter <String>] [-LocalStore] [<CommonParameters>]\n',
    );
    const e = await runPs('Get-Command Get-Nothing');
    expect(e.errors).toContain("The term 'Get-Nothing' is not recognized as the name of a cmdlet");
  });

  it('shows aliases as name -> command', async () => {
    const r = await runPs('Get-Alias ft, gci');
    expect(r.output).toContain('Alias           ft -> Format-Table                                 3.1.0.0    Microsoft.PowerShell.Utility');
    expect(r.output).toContain('Alias           gci -> Get-ChildItem');
    const bad = await runPs('Get-Alias zzz');
    expect(bad.errors).toContain("This command cannot find a matching alias because an alias with the name 'zzz' does not exist.");
  });
});

describe('Get-Help topics and functions', () => {
  it('shows about_CommonParameters and a minimal help for functions', async () => {
    const a = await runPs('Get-Help about_CommonParameters');
    expect(a.output).toContain('    about_CommonParameters');
    const f = await runPs('function Get-Thing { "x" }; Get-Help Get-Thing');
    expect(f.errors).toBe('');
    expect(f.output).toContain('NAME\n    Get-Thing');
  });
});
