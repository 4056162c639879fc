// `$o.PSObject.Properties` as Windows PowerShell 5.1 has it: a live member collection
// (PSMemberInfoIntegratingCollection) whose items read and write the object's own properties, with
// Add, Remove, Match and a by-name indexer, and PSNoteProperty as a type scripts can make.
import { describe, expect, it } from 'vitest';
import { runPs } from '../helpers/run.js';

/** Output lines of a script that must run without errors. */
async function lines(script: string): Promise<string[]> {
  const r = await runPs(script);
  expect(r.errors).toBe('');
  return r.output.trim().split('\n').map((l) => l.trimEnd());
}

const AB = '$o = [pscustomobject]@{a=1; b=2}; ';

describe('the property infos are live', () => {
  it('writing .Value sets the property, and a later change of the property shows in .Value', async () => {
    const out = await lines(AB + "$o.PSObject.Properties['a'].Value = 5; $o.a; $p = $o.PSObject.Properties['b']; $o.b = 7; $p.Value");
    expect(out).toEqual(['5', '7']);
  });

  it('a foreach over the properties cleans $null values, and Export-Csv sees it', async () => {
    const out = await lines(
      "$o = [pscustomobject]@{a=$null; b='x'}; foreach ($p in $o.PSObject.Properties) { if ($null -eq $p.Value) { $p.Value = '' } }; " +
        "$o.a -eq ''; ($o | ConvertTo-Csv -NoTypeInformation)[1]",
    );
    expect(out).toEqual(['True', '"","x"']);
  });

  it('describes a note property as 5.1 does', async () => {
    const out = await lines(
      AB + "$p = $o.PSObject.Properties['a']; $p.Name; $p.MemberType; $p.TypeNameOfValue; $p.IsSettable; $p.IsGettable; $p.IsInstance; $p.ToString(); \"$p\"; " +
        "$o.b = $null; $o.PSObject.Properties['b'].ToString(); $o.PSObject.Properties['b'].TypeNameOfValue",
    );
    expect(out).toEqual(['a', 'NoteProperty', 'System.Int32', 'True', 'True', 'True', 'int a=1', 'int a=1', 'object b=null', 'System.Object']);
  });

  it('is shown as a list of its own properties', async () => {
    const out = await lines("[pscustomobject]@{a=1} | ForEach-Object { $_.PSObject.Properties }");
    expect(out.filter((l) => l !== '')).toEqual([
      'Value           : 1',
      'MemberType      : NoteProperty',
      'IsSettable      : True',
      'IsGettable      : True',
      'TypeNameOfValue : System.Int32',
      'Name            : a',
      'IsInstance      : True',
    ]);
  });

  it('a script property without a setter refuses a new value as 5.1 does; with one it runs it', async () => {
    const r = await runPs(
      AB + "$o | Add-Member ScriptProperty Dbl { $this.a * 2 }; $p = $o.PSObject.Properties['Dbl']; $p.Value; $p.MemberType; $p.IsSettable; $p.Value = 9; 'after'; $o.a",
    );
    expect(r.output.trim().split('\n')).toEqual(['2', 'ScriptProperty', 'False', 'after', '1']);
    expect(r.errors).toContain('Exception setting "Value": "Set accessor for property "Dbl" is unavailable."');
    const set = await lines(AB + "$o | Add-Member ScriptProperty Half { $this.a / 2 } { $this.a = $args[0] * 2 }; $p = $o.PSObject.Properties['Half']; $p.IsSettable; $p.Value = 4; $o.a");
    expect(set).toEqual(['True', '8']);
  });

  it('a script property whose getter runs commands is read through its info too', async () => {
    const out = await lines(AB + "$o | Add-Member ScriptProperty Next { $n = Write-Output $this.a; $n + 1 }; $o.PSObject.Properties['Next'].Value; $p = $o.PSObject.Properties['Next']; $p.Value; $p.Value + 1; $p.TypeNameOfValue");
    expect(out).toEqual(['2', '2', '3', 'System.Object']);
  });

  it("a Cs object's properties are .NET properties, and writing one through its info changes the object in memory", async () => {
    const out = await lines("$u = Get-CsUser -Identity 'sip:kenmyer@contoso.com'; $p = $u.PSObject.Properties['DisplayName']; $p.MemberType; $p.IsInstance; $p.Value = 'Ken M'; $u.DisplayName; (Get-CsUser -Identity 'sip:kenmyer@contoso.com').DisplayName -ne 'Ken M'");
    expect(out).toEqual(['Property', 'False', 'Ken M', 'True']);
  });

  it("a .NET value's properties stay read-only, and writing one says so", async () => {
    const r = await runPs("$p = 'abc'.PSObject.Properties['Length']; $p.Value; $p.MemberType; $p.IsSettable; $p.Value = 5");
    expect(r.output.trim().split('\n')).toEqual(['3', 'Property', 'False']);
    expect(r.errors).toContain('Exception setting "Value":');
    expect(r.errors).toContain("'Length' is a ReadOnly property.");
  });
});

describe('the collection', () => {
  it('enumerates in the pipeline, by member enumeration and by foreach', async () => {
    const out = await lines(AB + "$o.PSObject.Properties.Name -join ','; $o.PSObject.Properties.Value -join ','; ($o.PSObject.Properties | ForEach-Object { $_.Name }) -join ','; foreach ($p in $o.PSObject.Properties) { $p.Name }");
    expect(out).toEqual(['a,b', '1,2', 'a,b', 'a', 'b']);
  });

  it('is indexed by name (case-insensitive) and by Item, not by position', async () => {
    const out = await lines(AB + "$o.PSObject.Properties['A'].Value; $o.PSObject.Properties.Item('b').Value; $null -eq $o.PSObject.Properties[0]; $null -eq $o.PSObject.Properties['nope']");
    expect(out).toEqual(['1', '2', 'True', 'True']);
  });

  it('has no Count of its own: .Count enumerates the members, as in 5.1; @() counts them', async () => {
    const out = await lines(AB + "$o.PSObject.Properties.Count; @($o.PSObject.Properties).Count; ($o.PSObject.Properties | Measure-Object).Count");
    expect(out).toEqual(['1', '1', '2', '2']);
  });

  it('Remove takes a property away, keeps the others in order, and ignores a missing name', async () => {
    const out = await lines("$o = [pscustomobject]@{a=1; b=2; c=3}; $o.PSObject.Properties.Remove('B'); $o.PSObject.Properties.Remove('nope'); $o.PSObject.Properties.Name -join ','; $o | Format-List");
    expect(out.filter((l) => l !== '')).toEqual(['a,c', 'a : 1', 'c : 3']);
  });

  it('Match finds the members whose names match a wildcard, case-insensitively', async () => {
    const out = await lines("$o = [pscustomobject]@{ab=1; ac=2; b=3}; ($o.PSObject.Properties.Match('A*') | ForEach-Object Name) -join ','; @($o.PSObject.Properties.Match('zz')).Count; $o.PSObject.Properties.Match('b')[0].Value");
    expect(out).toEqual(['ab,ac', '0', '3']);
  });

  it('Add appends a note property; Select-Object and Export-Csv see it', async () => {
    const out = await lines(
      AB + "$o.PSObject.Properties.Add((New-Object PSNoteProperty 'c', 3)); $o.c; $o.PSObject.Properties.Name -join ','; ($o | Select-Object *).c; ($o | ConvertTo-Csv -NoTypeInformation) -join '|'",
    );
    expect(out).toEqual(['3', 'a,b,c', '3', '"a","b","c"|"1","2","3"']);
  });

  it('Add of a name already there fails as 5.1 does and keeps the value', async () => {
    const r = await runPs(AB + "$o.PSObject.Properties.Add([psnoteproperty]::new('A', 9)); $o.a");
    expect(r.errors).toContain('Exception calling "Add" with "1" argument(s): "The member "A" is already present."');
    expect(r.output.trim()).toBe('1');
  });

  it("Add copies the member: the object's property is its own", async () => {
    const out = await lines(AB + "$n = [psnoteproperty]::new('d', 4); $o.PSObject.Properties.Add($n); $n.Value = 40; $o.d; $x = [pscustomobject]@{}; foreach ($p in $o.PSObject.Properties) { $x.PSObject.Properties.Add($p) }; $x.PSObject.Properties.Name -join ','");
    expect(out).toEqual(['4', 'a,b,d']);
  });

  it('bad arguments get PowerShell errors and change nothing', async () => {
    const r = await runPs(AB + "$o.PSObject.Properties.Add('x'); $o.PSObject.Properties.Remove(''); $o.PSObject.Properties.Match(''); $o.PSObject.Properties.Add(); $o.PSObject.Properties.Name -join ','");
    expect(r.output.trim()).toBe('a,b');
    expect(r.errors).toContain('Cannot convert argument "member", with value: "x", for "Add" to type "System.Management.Automation.PSPropertyInfo"');
    expect(r.errors).toContain('Exception calling "Remove" with "1" argument(s): "Cannot process argument because the value of argument "name" is not valid.');
    expect(r.errors).toContain('Exception calling "Match" with "1" argument(s)');
    expect(r.errors).toContain('Cannot find an overload for "Add" and the argument count: "0".');
    expect(r.errors).not.toMatch(/at .*\.(ts|js):\d+/);
  });

  it('Methods and Members are member collections too', async () => {
    const out = await lines(AB + "$o.PSObject.Methods['tostring'].Name; ($o.PSObject.Methods.Match('Get*') | ForEach-Object Name) -join ','; $o.PSObject.Members['a'].Value");
    expect(out).toEqual(['ToString', 'GetHashCode,GetType', '1']);
  });
});

describe('PSNoteProperty', () => {
  it('is made by New-Object and [psnoteproperty]::new, and is a type of its own', async () => {
    const out = await lines(
      "$n = New-Object PSNoteProperty 'c', 3; $n.Name; $n.Value; $n.ToString(); $m = [psnoteproperty]::new('d', 'x'); \"$m\"; $m -is [psnoteproperty]; " +
        "$m.GetType().FullName; [System.Management.Automation.PSNoteProperty]::new('e', $null).ToString()",
    );
    expect(out).toEqual(['c', '3', 'int c=3', 'string d=x', 'True', 'System.Management.Automation.PSNoteProperty', 'object e=null']);
  });

  it('lists its members in Get-Member', async () => {
    const r = await runPs("[psnoteproperty]::new('d', 4) | Get-Member");
    expect(r.errors).toBe('');
    expect(r.output).toContain('TypeName: System.Management.Automation.PSNoteProperty');
    expect(r.output).toMatch(/Value\s+Property\s+System\.Object Value \{get;set;\}/);
    expect(r.output).toMatch(/Copy\s+Method/);
  });

  it('refuses an empty name', async () => {
    const r = await runPs("[psnoteproperty]::new('', 1); New-Object PSNoteProperty 'x'");
    expect(r.errors).toContain('Exception calling ".ctor" with "2" argument(s): "Cannot process argument because the value of argument "name" is not valid.');
    expect(r.errors).toContain('Cannot find an overload for "PSNoteProperty" and the argument count: "1".');
  });
});
