// Regression cases for scripts admins write: each runs through the real engine and compares the
// console text with what Windows PowerShell 5.1 prints.

import { describe, expect, it } from 'vitest';
import { runPs } from '../helpers/run.js';
import type { Case } from './conformanceCases.js';

const c = (name: string, script: string, ...out: string[]): Case => ({ name, script, out });

const cases: Case[] = [
  c('version-like bare argument stays one string', '(Write-Output 6.2.9200.0).GetType().FullName; Write-Output 6.0.9319.0', 'System.String', '6.0.9319.0'),
  c('dotted address as bare argument', 'Write-Output 10.0.0.1', '10.0.0.1'),
  c('Import-Module -MinimumVersion with a version literal', 'Import-Module SkypeForBusiness -MinimumVersion 6.0.9319.0; "loaded"', 'loaded'),
  c('switch with its brace on the next line', '$x = 2\nswitch ($x)\n{\n  1 {"one"}\n  2 {"two"}\n}', 'two'),
  c('switch -regex with its brace on the next line', 'switch -regex ("abc")\n{\n  "^a" {"A"}\n  "z$" {"Z"}\n}', 'A'),
  c('switch inside a function, brace and clause blocks on their own lines',
    'function f($v) {\n  switch -wildcard ($v)\n  {\n    "a*"\n    {"starts with a"}\n    default\n    {"other"}\n  }\n}\nf "abc"; f "xyz"',
    'starts with a', 'other'),
  c('Set-Alias defines a user alias that runs its command', 'Set-Alias say Write-Output; say hello', 'hello'),
  c('New-Alias with named parameters', 'New-Alias -Name pick -Value Select-Object; 1..5 | pick -First 2', '1', '2'),
  c('Get-Alias finds a user alias', 'Set-Alias gxp Get-CsXmppAllowedPartner; (Get-Alias gxp).Definition; (Get-Alias gxp).DisplayName', 'Get-CsXmppAllowedPartner', 'gxp -> Get-CsXmppAllowedPartner'),
  c('Set-Alias repoints an existing alias', 'Set-Alias say Write-Output; Set-Alias say Write-Host; (Get-Alias say).Definition', 'Write-Host'),
  c('an alias for a function', 'function Show-Pool { "pool01" }; Set-Alias sp Show-Pool; sp', 'pool01'),
  c('Get-Alias -Definition lists user aliases', 'Set-Alias zz1 Get-Date; Get-Alias -Definition Get-Date | Where-Object Name -eq zz1 | ForEach-Object Name', 'zz1'),
  c('New-Alias -PassThru writes the alias', 'New-Alias qq Get-Date -PassThru | ForEach-Object { $_.CommandType.ToString() + " " + $_.Name }', 'Alias qq'),
  { name: 'New-Alias over an existing alias is an error', script: 'New-Alias say Write-Output; New-Alias say Write-Host; (Get-Alias say).Definition', error: "The alias is not allowed, because an alias with the name 'say' already exists.", out: ['Write-Output'] },
  { name: 'an alias for a missing command names that command', script: 'Set-Alias np notthere; np', error: "The term 'notthere' is not recognized as the name of a cmdlet" },
  c('New-Alias -Force replaces an alias', 'New-Alias say Write-Output; New-Alias say Write-Host -Force; (Get-Alias say).Definition', 'Write-Host'),
  c('a partner\'s AdditionalDomains is an editable list saved with -Instance',
    'New-CsXmppAllowedPartner jabber.org -AdditionalDomains a.jabber.org | Out-Null\n$p = Get-CsXmppAllowedPartner jabber.org\n$p.AdditionalDomains.Add("x.jabber.org")\n$p.AdditionalDomains.Remove("a.jabber.org") | Out-Null\n$p.AdditionalDomains.Count\nSet-CsXmppAllowedPartner -Instance $p\n(Get-CsXmppAllowedPartner jabber.org).AdditionalDomains',
    '1', 'x.jabber.org'),
  c('clearing AdditionalDomains through the object', 'New-CsXmppAllowedPartner jabber.org -AdditionalDomains a.jabber.org | Out-Null; $p = Get-CsXmppAllowedPartner jabber.org; $p.AdditionalDomains.Clear(); Set-CsXmppAllowedPartner -Instance $p; (Get-CsXmppAllowedPartner jabber.org).AdditionalDomains.Count', '0'),
];

describe('language regressions', () => {
  for (const tc of cases) {
    it(tc.name, async () => {
      const r = await runPs(tc.script);
      if (tc.error !== undefined) expect(r.errors).toContain(tc.error);
      else expect(r.errors).toBe('');
      const lines = r.output === '' ? [] : r.output.replace(/\n$/, '').split('\n');
      expect(lines).toEqual(tc.out ?? []);
    });
  }
});
