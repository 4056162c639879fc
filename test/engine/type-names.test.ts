// An object's type names as Windows PowerShell 5.1 keeps them: `.PSObject.TypeNames` and the intrinsic
// `.pstypenames` are one live collection (Insert, Add, Remove, Clear change what Get-Member, the
// formatter and every later reader see), a custom object's chain ends with PSCustomObject and
// System.Object, an emulated .NET object's with System.Object alone, and a string PSTypeName key of a
// hashtable made into a custom object names its type instead of becoming a property.
import { describe, expect, it } from 'vitest';
import { runPs } from '../helpers/run.js';

const CUSTOM_CHAIN = 'System.Management.Automation.PSCustomObject,System.Object';

/** Output lines of a script that must run without errors. */
async function lines(script: string): Promise<string[]> {
  const r = await runPs(script);
  expect(r.errors).toBe('');
  return r.output.trim().split('\n').map((l) => l.trimEnd());
}

describe('TypeNames is a live collection', () => {
  it('Insert puts a name first for TypeNames, pstypenames and Get-Member', async () => {
    const r = await runPs("$o = [pscustomobject]@{a=1}; $o.PSObject.TypeNames.Insert(0, 'My.Thing'); $o.PSObject.TypeNames -join ','; $o.pstypenames[0]; $o | Get-Member");
    expect(r.errors).toBe('');
    const out = r.output.split('\n');
    expect(out[0]).toBe(`My.Thing,${CUSTOM_CHAIN}`);
    expect(out[1]).toBe('My.Thing');
    expect(r.output).toContain('   TypeName: My.Thing');
  });

  it('Add, Remove, RemoveAt and Clear change the one collection every reader sees', async () => {
    const out = await lines(
      "$o = [pscustomobject]@{a=1}; $t = $o.pstypenames; $t.Add('Tail'); $o.PSObject.TypeNames -join ','; $t.Remove('Tail'); $t.Remove('Nope'); " +
        "$o.PSObject.TypeNames.RemoveAt(1); $o.pstypenames -join ','; $o.pstypenames.Clear(); $o.PSObject.TypeNames.Count",
    );
    expect(out).toEqual([`${CUSTOM_CHAIN},Tail`, 'True', 'False', 'System.Management.Automation.PSCustomObject', '0']);
  });

  it('Contains, IndexOf, Count and indexing read the chain', async () => {
    const out = await lines("$o = [pscustomobject]@{a=1}; $o.pstypenames.Contains('System.Object'); $o.pstypenames.IndexOf('System.Object'); $o.pstypenames.Count; $o.pstypenames[-1]; $o.pstypenames -contains 'System.Object'");
    expect(out).toEqual(['True', '1', '2', 'System.Object', 'True']);
  });

  it('a name given as another value is kept as its text', async () => {
    const out = await lines("$o = [pscustomobject]@{a=1}; $o.pstypenames.Insert(0, 42); $o.pstypenames[0] = 7; $o.pstypenames[0].GetType().Name; $o.pstypenames -join ','");
    expect(out).toEqual(['String', `7,${CUSTOM_CHAIN}`]);
  });

  it('what reads the first name follows an inserted one (Select-Object, ConvertTo-Csv)', async () => {
    const out = await lines("$o = [pscustomobject]@{a=1}; $o.pstypenames.Insert(0, 'My.Thing'); ($o | Select-Object a).pstypenames[0]; ($o | ConvertTo-Csv)[0]");
    expect(out).toEqual(['Selected.My.Thing', '#TYPE My.Thing']);
  });

  it('Copy() keeps the names and has its own collection', async () => {
    const out = await lines("$o = [pscustomobject]@{a=1}; $o.pstypenames.Insert(0, 'My.Thing'); $c = $o.PSObject.Copy(); $c.pstypenames.Insert(0, 'Copy.Only'); $c.pstypenames -join ','; $o.pstypenames -join ','");
    expect(out).toEqual([`Copy.Only,My.Thing,${CUSTOM_CHAIN}`, `My.Thing,${CUSTOM_CHAIN}`]);
  });
});

describe('the type of an object is not its type names', () => {
  it('a custom object still reads as @{…} with a name inserted', async () => {
    const out = await lines("$o = [pscustomobject]@{a=1}; $o.pstypenames.Insert(0, 'My.Thing'); \"$o\"; [string]$o; \"$(,$o)\"");
    expect(out).toEqual(['@{a=1}', '@{a=1}', '@{a=1}']);
  });

  it('GetType() and -is keep the .NET type after a name is inserted', async () => {
    const out = await lines(
      "$o = [pscustomobject]@{a=1}; $o.pstypenames.Insert(0, 'System.String'); $o.GetType().FullName; $o -is [string]; " +
        "$p = Get-CsExternalAccessPolicy -Identity Global; $p.pstypenames.Insert(0, 'My.Policy'); $p.GetType().FullName",
    );
    expect(out).toEqual(['System.Management.Automation.PSCustomObject', 'False', 'Microsoft.Rtc.Management.WritableConfig.Policy.ExternalAccess.ExternalAccessPolicy']);
  });
});

describe('PSTypeName in a hashtable made into a custom object', () => {
  it('[pscustomobject] consumes a string PSTypeName', async () => {
    const out = await lines("$o = [pscustomobject]@{PSTypeName='Your.Thing'; b=2}; $o.PSObject.TypeNames -join ','; $o.PSObject.Properties.Name -join ','; $o | Get-Member -MemberType NoteProperty | ForEach-Object Name");
    expect(out).toEqual([`Your.Thing,${CUSTOM_CHAIN}`, 'b', 'b']);
  });

  it('also from a hashtable in a variable, and whatever the key case', async () => {
    const out = await lines("$h = @{pstypename='V.Thing'; b=2}; $o = [pscustomobject]$h; $o.pstypenames[0]; @($o.PSObject.Properties).Count");
    expect(out).toEqual(['V.Thing', '1']);
  });

  it('an existing name is inserted again, as 5.1 does', async () => {
    const out = await lines("$o = [pscustomobject]@{pstypename='System.Object'}; $o.pstypenames.Count; $o.pstypenames[0]");
    expect(out).toEqual(['3', 'System.Object']);
  });

  it('a PSTypeName that is not a string stays a property', async () => {
    const out = await lines("$o = [pscustomobject]@{PSTypeName=5}; $o.PSTypeName; $o.pstypenames -join ','");
    expect(out).toEqual(['5', CUSTOM_CHAIN]);
  });

  it('New-Object PSObject -Property consumes it too (both set the properties the same way in 5.1)', async () => {
    const out = await lines("$o = New-Object PSObject -Property @{PSTypeName='X.Thing'; c=3}; $o.pstypenames -join ','; $o.PSObject.Properties.Name -join ','");
    expect(out).toEqual([`X.Thing,${CUSTOM_CHAIN}`, 'c']);
  });

  it('an empty PSTypeName is refused: by the cast as a failed conversion, by New-Object as its error', async () => {
    const cast = await runPs("$o = [pscustomobject]@{PSTypeName=''; b=2}");
    expect(cast.errors).toContain('Cannot convert value "System.Collections.Hashtable" to type "System.Management.Automation.PSCustomObject". Error: "Cannot process argument because the value of argument "item" is not valid.');
    expect(cast.errors).toContain('InvalidCastConstructorException');
    const made = await runPs("New-Object PSObject -Property @{PSTypeName=''}");
    expect(made.errors).toContain('New-Object : Cannot process argument because the value of argument "item" is not valid.');
    expect(made.errors).toContain('FullyQualifiedErrorId : Argument,Microsoft.PowerShell.Commands.NewObjectCommand');
    expect(made.output).toBe('');
  });
});

describe('pstypenames of every value', () => {
  it('values that are not PSObjects give their .NET type chain', async () => {
    const out = await lines(
      "'x'.pstypenames -join ','; (1).pstypenames -join ','; @(1, 2).pstypenames -join ','; @{a=1}.pstypenames -join ','; (Get-Date).pstypenames -join ','; 'x'.PSObject.TypeNames -join ','",
    );
    expect(out).toEqual([
      'System.String,System.Object',
      'System.Int32,System.ValueType,System.Object',
      'System.Object[],System.Array,System.Object',
      'System.Collections.Hashtable,System.Object',
      'System.DateTime,System.ValueType,System.Object',
      'System.String,System.Object',
    ]);
  });

  it('emulated .NET objects end with System.Object and have no PSCustomObject', async () => {
    const out = await lines(
      '(Get-CsExternalAccessPolicy -Identity Global).PSObject.TypeNames -join ","; $u = Get-CsUser | Select-Object -First 1; $u.pstypenames -join ","; ($u | Select-Object DisplayName).pstypenames -join ","',
    );
    expect(out).toEqual([
      'Microsoft.Rtc.Management.WritableConfig.Policy.ExternalAccess.ExternalAccessPolicy,System.Object',
      'Microsoft.Rtc.Management.ADConnect.Schema.ADUser,System.Object',
      `Selected.Microsoft.Rtc.Management.ADConnect.Schema.ADUser,${CUSTOM_CHAIN}`,
    ]);
  });
});

describe('format views follow the type names', () => {
  it('an inserted first name selects the view the formatter has for that type', async () => {
    const r = await runPs(
      "$o = [pscustomobject]@{Id=7; CommandLine='Get-Thing'; ExecutionStatus='Completed'; StartExecutionTime=1; EndExecutionTime=2}; " +
        "$o.pstypenames.Insert(0, 'Microsoft.PowerShell.Commands.HistoryInfo'); $o",
    );
    expect(r.errors).toBe('');
    const out = r.output.split('\n').filter((l) => l.trim() !== '');
    expect(out[0]!.trim().split(/\s+/)).toEqual(['Id', 'CommandLine']);
    expect(out[2]!.trim().split(/\s+/)).toEqual(['7', 'Get-Thing']);
  });
});

describe('bad input never changes the chain', () => {
  it('an empty or $null name and an index out of range are refused', async () => {
    const r = await runPs(
      "$o = [pscustomobject]@{a=1}; $o.pstypenames.Insert(0, ''); $o.pstypenames.Add($null); $o.pstypenames.Insert(5, 'X'); $o.pstypenames.RemoveAt(9); $o.pstypenames.Insert(0); $o.pstypenames -join ','",
    );
    expect(r.output.trim()).toBe(CUSTOM_CHAIN);
    expect(r.errors).toContain('Exception calling "Insert" with "2" argument(s): "Cannot process argument because the value of argument "item" is not valid. Change the value of the "item" argument and run the operation again."');
    expect(r.errors).toContain('Exception calling "Add" with "1" argument(s): "Cannot process argument because the value of argument "item" is not valid.');
    expect(r.errors).toContain('Exception calling "Insert" with "2" argument(s): "Index must be within the bounds of the List.');
    expect(r.errors).toContain('Exception calling "RemoveAt" with "1" argument(s): "Index was out of range.');
    expect(r.errors).toContain('Cannot find an overload for "Insert" and the argument count: "1".');
  });
});
