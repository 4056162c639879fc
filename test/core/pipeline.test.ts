import { describe, expect, it } from 'vitest';
import { evalPs, runPs } from '../helpers/run.js';
import { PSObject } from '../../src/engine/runtime/values.js';

async function values(script: string) {
  const r = await evalPs(script);
  expect(r.errors).toBe('');
  return r.values;
}

const people = `$p = @(
  [pscustomobject]@{Name='Ken'; Pool='pool01'; Age=40; Enabled=$true},
  [pscustomobject]@{Name='Pilar'; Pool='pool02'; Age=35; Enabled=$false},
  [pscustomobject]@{Name='Aoife'; Pool='pool02'; Age=29; Enabled=$true}
)`;

describe('Where-Object', () => {
  it('filters with a script block', async () => {
    expect(await values('1..6 | Where-Object { $_ % 2 -eq 0 }')).toEqual([2, 4, 6]);
    expect(await values('1..6 | ? { $_ -gt 4 }')).toEqual([5, 6]);
  });

  it('filters with the simplified syntax', async () => {
    const names = async (filter: string) => (await values(`${people}; $p | Where-Object ${filter} | ForEach-Object Name`)) as string[];
    expect(await names('Pool -eq pool02')).toEqual(['Pilar', 'Aoife']);
    expect(await names('Pool -ne pool02')).toEqual(['Ken']);
    expect(await names('Name -like "*i*"')).toEqual(['Pilar', 'Aoife']);
    expect(await names('Name -notlike "K*"')).toEqual(['Pilar', 'Aoife']);
    expect(await names('Name -match "^a"')).toEqual(['Aoife']);
    expect(await names('Age -gt 30')).toEqual(['Ken', 'Pilar']);
    expect(await names('Age -le 35')).toEqual(['Pilar', 'Aoife']);
    expect(await names('Enabled')).toEqual(['Ken', 'Aoife']);
    expect(await names('Name -in "Ken","Aoife"')).toEqual(['Ken', 'Aoife']);
    expect(await names('Name -ceq "ken"')).toEqual([]);
  });

  it('works on Cs objects from the store', async () => {
    const v = await values("Get-CsUser | Where-Object RegistrarPool -eq 'pool02.contoso.com' | Where-Object DisplayName -like 'Pilar*'");
    expect(v).toHaveLength(1);
    expect((v[0] as PSObject).get('SipAddress')).toBe('sip:pilar@contoso.com');
  });
});

describe('ForEach-Object', () => {
  it('runs begin, process and end blocks', async () => {
    expect(await values('1..3 | ForEach-Object -Begin { "b" } -Process { $_ * 2 } -End { "e" }')).toEqual(['b', 2, 4, 6, 'e']);
    expect(await values('1..3 | % { $_ + 1 }')).toEqual([2, 3, 4]);
  });

  it('reads a member by name', async () => {
    expect(await values('"abc","de" | ForEach-Object Length')).toEqual([3, 2]);
    expect(await values('"abc" | ForEach-Object -MemberName ToUpper')).toEqual(['ABC']);
  });
});

describe('Select-Object', () => {
  it('selects properties, including calculated ones', async () => {
    const v = (await values(`${people}; $p | Select-Object Name, @{Name='Years';Expression={$_.Age + 1}}, @{l='P';e='Pool'}`)) as PSObject[];
    expect(v[0]!.propertyNames()).toEqual(['Name', 'Years', 'P']);
    expect(v[0]!.get('Years')).toBe(41);
    expect(v[1]!.get('P')).toBe('pool02');
    expect(v[0]!.typeNames[0]).toBe('Selected.System.Management.Automation.PSCustomObject');
  });

  it('expands a property and pages with -First, -Last, -Skip, -Index, -Unique', async () => {
    expect(await values(`${people}; $p | Select-Object -ExpandProperty Name`)).toEqual(['Ken', 'Pilar', 'Aoife']);
    expect(await values('1..10 | Select-Object -First 3')).toEqual([1, 2, 3]);
    expect(await values('1..10 | Select-Object -Last 2')).toEqual([9, 10]);
    expect(await values('1..10 | Select-Object -Skip 8')).toEqual([9, 10]);
    expect(await values('1..10 | Select-Object -Index 0,4')).toEqual([1, 5]);
    expect(await values('1,1,2,3,3 | Select-Object -Unique')).toEqual([1, 2, 3]);
  });

  it('reports a missing -ExpandProperty', async () => {
    const r = await runPs(`${people}; $p | Select-Object -ExpandProperty Nope`);
    expect(r.errors).toContain('Property "Nope" cannot be found.');
  });

  it('shows selected properties of users as a table', async () => {
    const r = await runPs('Get-CsUser -Identity "sip:kenmyer@contoso.com" | Select-Object DisplayName, SipAddress');
    expect(r.output).toBe('\nDisplayName SipAddress\n----------- ----------\nKen Myer    sip:kenmyer@contoso.com\n\n\n');
  });
});

describe('Sort-Object', () => {
  it('sorts by property, descending, unique, by script block and by hashtable', async () => {
    expect(await values(`${people}; $p | Sort-Object Age | % Name`)).toEqual(['Aoife', 'Pilar', 'Ken']);
    expect(await values(`${people}; $p | Sort-Object Name -Descending | % Name`)).toEqual(['Pilar', 'Ken', 'Aoife']);
    expect(await values('3,1,2,3,1 | Sort-Object -Unique')).toEqual([1, 2, 3]);
    expect(await values('"bb","a","ccc" | Sort-Object { $_.Length }')).toEqual(['a', 'bb', 'ccc']);
    expect(await values(`${people}; $p | Sort-Object @{Expression='Pool';Descending=$true}, Name | % Name`)).toEqual(['Aoife', 'Pilar', 'Ken']);
    expect(await values('"b","A","c" | Sort-Object')).toEqual(['A', 'b', 'c']);
  });
});

describe('Group-Object and Measure-Object', () => {
  it('groups into Count/Name/Group objects shown as a table', async () => {
    const v = (await values(`${people}; $p | Group-Object Pool`)) as PSObject[];
    expect(v.map((g) => [g.get('Count'), g.get('Name')])).toEqual([[1, 'pool01'], [2, 'pool02']]);
    const r = await runPs('"a","b","a" | Group-Object');
    expect(r.output).toBe(
      '\nCount Name                      Group\n----- ----                      -----\n    2 a                         {a, a}\n    1 b                         {b}\n\n\n',
    );
  });

  it('measures counts, sums, averages, extremes and text', async () => {
    const [m] = (await values('1,2,3,4 | Measure-Object -Sum -Average -Maximum -Minimum')) as PSObject[];
    expect([m!.get('Count'), m!.get('Sum'), m!.get('Average'), m!.get('Maximum'), m!.get('Minimum')]).toEqual([4, 10, 2.5, 4, 1]);
    const [a] = (await values(`${people}; $p | Measure-Object -Property Age -Sum`)) as PSObject[];
    expect(a!.get('Sum')).toBe(104);
    expect(a!.get('Property')).toBe('Age');
    const [t] = (await values('"one two","three" | Measure-Object -Line -Word -Character')) as PSObject[];
    expect([t!.get('Lines'), t!.get('Words'), t!.get('Characters')]).toEqual([2, 3, 12]);
    const r = await runPs('Get-CsUser | Measure-Object');
    expect(r.output).toMatch(/^\nCount    : \d+\nAverage  :\nSum      :\nMaximum  :\nMinimum  :\nProperty :\n\n\n$/);
  });

  it('compares two lists', async () => {
    const v = (await values('Compare-Object -ReferenceObject a,b,c -DifferenceObject b,c,d')) as PSObject[];
    expect(v.map((o) => `${o.get('InputObject')}${o.get('SideIndicator')}`)).toEqual(['d=>', 'a<=']);
  });
});

describe('Get-Member', () => {
  it('lists the members of a string under its TypeName header', async () => {
    const r = await runPs('"x" | Get-Member -MemberType Property');
    expect(r.output).toBe('\n\n   TypeName: System.String\n\nName   MemberType Definition\n----   ---------- ----------\nLength Property   int Length {get;}\n\n\n');
  });

  it('lists note properties of custom objects and properties of Cs objects', async () => {
    const v = (await values('[pscustomobject]@{a=1;b="x"} | Get-Member -MemberType NoteProperty')) as PSObject[];
    expect(v.map((m) => m.get('Definition'))).toEqual(['int a=1', 'string b=x']);
    const cs = (await values('Get-CsExternalAccessPolicy | Get-Member -Name EnableXmppAccess')) as PSObject[];
    expect(cs[0]!.get('MemberType')).toBe('Property');
    expect(cs[0]!.get('Definition')).toBe('System.Boolean EnableXmppAccess {get;set;}');
    expect(cs[0]!.get('TypeName')).toBe('Microsoft.Rtc.Management.WritableConfig.Policy.ExternalAccess.ExternalAccessPolicy');
  });

  it('needs an object', async () => {
    const r = await runPs('Get-Member');
    expect(r.errors).toContain('You must specify an object for the Get-Member cmdlet.');
  });
});

describe('Get-Member types of Cs properties', () => {
  it('uses the declared types of the New-/Set- cmdlets', async () => {
    const v = (await evalPs("New-CsXmppAllowedPartner -Identity jabber.org | Out-Null; Get-CsXmppAllowedPartner jabber.org | Get-Member -Name Identity, PartnerType, ConnectionLimit | % Definition")).values;
    expect(v).toEqual([
      'System.UInt32 ConnectionLimit {get;set;}',
      'Microsoft.Rtc.Management.Xds.XdsGlobalRelativeIdentity Identity {get;set;}',
      'Microsoft.Rtc.Management.WritableConfig.Settings.XmppFederation.PartnerType PartnerType {get;set;}',
    ]);
  });
});
