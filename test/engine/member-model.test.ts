// One member model: each type's members are declared once (src/engine/runtime/memberTable.ts and the
// tables beside the methods), so every member Get-Member lists can be called or read, and Get-Member
// shows what Windows PowerShell 5.1 shows for the common ones.
import { describe, expect, it } from 'vitest';
import { evalPs } from '../helpers/run.js';

/** A sample argument for a parameter of the given .NET type (first overload of a definition). */
const SAMPLE_ARGUMENT: Record<string, string> = {
  int: '0',
  long: '0',
  double: '1',
  string: "'a'",
  char: "'a'",
  'char[]': "'a'",
  'Params char[]': "'a'",
  'Params int[]': '0',
  'System.Object': '1',
  'System.Collections.ICollection': '@(1)',
  type: '[string]',
  timespan: '(New-TimeSpan -Days 1)',
  datetime: '(Get-Date)',
  'Params System.Object[]': '1',
};

/** The arguments for the first overload of a member definition: `string Insert(int startIndex, string value)` -> `0, 'a'`. */
function sampleArguments(definition: string): string {
  const params = /\(([^)]*)\)/.exec(definition)?.[1]?.trim() ?? '';
  if (!params) return '';
  return params
    .split(', ')
    .map((p) => SAMPLE_ARGUMENT[p.slice(0, p.lastIndexOf(' '))] ?? '$null')
    .join(', ');
}

/** Properties whose value is $null for the samples below, as in PowerShell. */
const NULL_BY_NATURE = new Set(['ErrorDetails', 'TargetObject', 'BaseType', 'File', 'Module']);

interface Listed {
  name: string;
  memberType: string;
  definition: string;
}

async function listedMembers(value: string): Promise<Listed[]> {
  const { values } = await evalPs(`Get-Member -InputObject (${value}) | ForEach-Object { "$($_.Name)|$($_.MemberType)|$($_.Definition)" }`);
  return (values as string[]).map((v) => {
    const [name, memberType, definition] = v.split('|') as [string, string, string];
    return { name, memberType, definition };
  });
}

/**
 * Calls every listed method and reads every listed property on a fresh value, in one script; returns
 * the members that failed as missing (a .NET exception from a call, e.g. a fixed-size array, is fine).
 */
async function missingMembers(value: string): Promise<string[]> {
  const members = await listedMembers(value);
  const lines = members.map(({ name, memberType, definition }) => {
    const access = memberType === 'Method' || memberType === 'ParameterizedProperty' ? `$v.${name}(${sampleArguments(definition)})` : `$v.${name}`;
    // A property the type does not have reads as $null in PowerShell: a listed one never does here
    // (but for the few that are empty by nature).
    const check = access.endsWith(')') || NULL_BY_NATURE.has(name) ? `$null = ${access}` : `if ($null -eq ${access}) { '${name}: null' }`;
    return `try { $v = ${value}; ${check} } catch { if ($_.FullyQualifiedErrorId -match 'MethodNotFound|PropertyNotFound' -or "$_" -match 'does not contain a method') { '${name}: ' + $_.FullyQualifiedErrorId } }`;
  });
  const { values } = await evalPs(lines.join('\n'));
  return values as string[];
}

const TYPES: [string, string][] = [
  ['System.String', "'sip:ken@contoso.com'"],
  ['System.Object[]', "@('a', 'b')"],
  ['System.Collections.ArrayList', "[System.Collections.ArrayList]@('a', 'b')"],
  ['System.Collections.Hashtable', "@{ Site = 'Redmond' }"],
  ['System.Management.Automation.PSCustomObject', "[pscustomobject]@{ Site = 'Redmond' }"],
  ['System.Int32', '5'],
  ['System.Double', '2.5'],
  ['System.Boolean', '$true'],
  ['System.TimeSpan', '(New-TimeSpan -Hours 26 -Minutes 3)'],
  ['System.Management.Automation.PSCredential', "(New-Object System.Management.Automation.PSCredential 'CONTOSO\\kenmyer', (ConvertTo-SecureString 'p@ss' -AsPlainText -Force))"],
  ['System.Version', "[version]'5.1.14393.693'"],
  ['System.Guid', '[guid]::NewGuid()'],
  ['System.Management.Automation.SwitchParameter', '[switch]$true'],
  ['System.RuntimeType', '[string]'],
  ['System.Management.Automation.ErrorRecord', "$(try { Get-Item -Path nothing-here -ErrorAction Stop } catch { $_ })"],
];

describe('every member Get-Member lists works', () => {
  for (const [type, value] of TYPES) {
    it(`${type}: each listed method can be called and each property read`, async () => {
      const members = await listedMembers(value);
      expect(members.length).toBeGreaterThan(3);
      expect(await missingMembers(value)).toEqual([]);
    });
  }
});

/** Types whose members once lived in switch code: the members each must list (and so answer). */
const TABLE_TYPES: [string, string, string[]][] = [
  ['System.Management.Automation.ScriptBlock', '{ 10 }', ['Invoke', 'InvokeReturnAsIs', 'GetNewClosure', 'Ast', 'File', 'Module', 'StartPosition']],
  ['System.Text.RegularExpressions.Regex', "[regex]'(\\w+)@(?<domain>\\w+)'", ['Match', 'Matches', 'Replace', 'Split', 'IsMatch', 'GetGroupNames', 'Options', 'RightToLeft']],
  ['System.Text.RegularExpressions.Match', "[regex]::Match('ken@contoso', '(\\w+)@')", ['NextMatch', 'Groups', 'Captures', 'Success', 'Name', 'Index', 'Length', 'Value']],
  ['System.Text.RegularExpressions.Group', "[regex]::Match('ken@contoso', '(\\w+)@').Groups[1]", ['Captures', 'Success', 'Name', 'Index', 'Length', 'Value']],
  ['System.Management.Automation.PSReference', '[ref]5', ['Value']],
  ['System.Management.Automation.PSObject', "([pscustomobject]@{ Site = 'Redmond' }).PSObject", ['Copy', 'BaseObject', 'ImmediateBaseObject', 'Members', 'Methods', 'Properties', 'TypeNames']],
  ['System.DateTime', '(Get-Date)', ['AddDays', 'ToString', 'Date', 'DayOfWeek', 'Ticks']],
];

describe('the types read from their own tables', () => {
  for (const [type, value, expected] of TABLE_TYPES) {
    it(`${type}: lists its members, each of which answers`, async () => {
      const members = await listedMembers(value);
      expect(members.map((m) => m.name)).toEqual(expect.arrayContaining(expected));
      expect(await missingMembers(value)).toEqual([]);
    });
  }
});

describe('Get-Member shows what 5.1 shows', () => {
  const row = (members: Listed[], name: string): string => {
    const m = members.find((x) => x.name === name);
    return m ? `${m.memberType} | ${m.definition}` : '(missing)';
  };

  it('a string: Length, Chars and the common methods', async () => {
    const m = await listedMembers("'abc'");
    expect(row(m, 'Length')).toBe('Property | int Length {get;}');
    expect(row(m, 'Chars')).toBe('ParameterizedProperty | char Chars(int index) {get;}');
    expect(row(m, 'Substring')).toBe('Method | string Substring(int startIndex), string Substring(int startIndex, int length)');
    expect(row(m, 'ToUpper')).toBe('Method | string ToUpper(), string ToUpper(cultureinfo culture)');
    expect(row(m, 'GetType')).toBe('Method | type GetType()');
    // Sorted by member type, then name: the methods, then Chars, then Length.
    expect(m.map((x) => x.name).slice(-2)).toEqual(['Chars', 'Length']);
  });

  it('an array: Count is an alias of Length and the IList methods are explicit', async () => {
    const m = await listedMembers('@(1, 2)');
    expect(m[0]).toEqual({ name: 'Count', memberType: 'AliasProperty', definition: 'Count = Length' });
    expect(row(m, 'Length')).toBe('Property | int Length {get;}');
    expect(row(m, 'Contains')).toBe('Method | bool IList.Contains(System.Object value)');
  });

  it('a hashtable: Count, Keys and its dictionary methods', async () => {
    const m = await listedMembers('@{ a = 1 }');
    expect(row(m, 'Count')).toBe('Property | int Count {get;}');
    expect(row(m, 'Keys')).toBe('Property | System.Collections.ICollection Keys {get;}');
    expect(row(m, 'ContainsKey')).toBe('Method | bool ContainsKey(System.Object key)');
    expect(row(m, 'Item')).toBe('ParameterizedProperty | System.Object Item(System.Object key) {get;set;}');
  });

  it('a custom object: System.Object\'s four methods and its note properties', async () => {
    const m = await listedMembers("[pscustomobject]@{ Site = 'Redmond'; Port = 5269 }");
    expect(m.map((x) => `${x.name} ${x.memberType} ${x.definition}`)).toEqual([
      'Equals Method bool Equals(System.Object obj)',
      'GetHashCode Method int GetHashCode()',
      'GetType Method type GetType()',
      'ToString Method string ToString()',
      'Port NoteProperty int Port=5269',
      'Site NoteProperty string Site=Redmond',
    ]);
  });

  it('a script block: Invoke, InvokeReturnAsIs, GetNewClosure and File', async () => {
    const m = await listedMembers('{ 10 }');
    expect(row(m, 'Invoke')).toBe('Method | System.Collections.ObjectModel.Collection[psobject] Invoke(Params System.Object[] args)');
    expect(row(m, 'InvokeReturnAsIs')).toBe('Method | System.Object InvokeReturnAsIs(Params System.Object[] args)');
    expect(row(m, 'GetNewClosure')).toBe('Method | scriptblock GetNewClosure()');
    expect(row(m, 'File')).toBe('Property | string File {get;}');
  });

  it('a regex and its match: Options, IsMatch, NextMatch, Groups', async () => {
    const re = await listedMembers("[regex]'a'");
    expect(row(re, 'Options')).toBe('Property | System.Text.RegularExpressions.RegexOptions Options {get;}');
    expect(row(re, 'IsMatch')).toBe('Method | bool IsMatch(string input), bool IsMatch(string input, int startat)');
    const m = await listedMembers("[regex]::Match('a', 'a')");
    expect(row(m, 'NextMatch')).toBe('Method | System.Text.RegularExpressions.Match NextMatch()');
    expect(row(m, 'Groups')).toBe('Property | System.Text.RegularExpressions.GroupCollection Groups {get;}');
    expect(row(m, 'Value')).toBe('Property | string Value {get;}');
  });

  it('a reference and the PSObject view', async () => {
    expect(row(await listedMembers('[ref]1'), 'Value')).toBe('Property | System.Object Value {get;set;}');
    const v = await listedMembers('([pscustomobject]@{ a = 1 }).PSObject');
    expect(row(v, 'Copy')).toBe('Method | psobject Copy()');
    expect(row(v, 'BaseObject')).toBe('Property | System.Object BaseObject {get;}');
    expect(row(v, 'TypeNames')).toBe('Property | System.Collections.ObjectModel.Collection[string] TypeNames {get;}');
  });

  it('a number: CompareTo and GetTypeCode, which answers with its type code', async () => {
    const m = await listedMembers('5');
    expect(row(m, 'GetTypeCode')).toBe('Method | System.TypeCode GetTypeCode()');
    expect((await evalPs('(5).GetTypeCode(); (2.5).GetTypeCode()')).values.map(String)).toEqual(['Int32', 'Double']);
  });
});

describe('what the new tables do', () => {
  it('a match walks to the next one and its groups read by number and name', async () => {
    const r = await evalPs("$m = [regex]::Match('a1b22c333', '\\d+'); $m.NextMatch().Value; $m.NextMatch().NextMatch().NextMatch().Success; $n = ([regex]'(?<user>\\w+)@').Match('ken@x'); $n.Groups['user'].Value; $n.Groups.Count; $n.Groups[1].Index");
    expect(r.values.map(String)).toEqual(['22', 'false', 'ken', '2', '0']);
  });

  it('a regex object calls its methods; a script block runs through Invoke', async () => {
    const r = await evalPs("$re = [regex]'\\d'; $re.IsMatch('a1'); $re.Replace('a1b2', '#'); ($re.Split('a1b') -join ','); $re.IsMatch('1a', 1); ($re.GetGroupNames() -join ','); $sb = { param($x) $x * 2 }; $sb.Invoke(21); $sb.InvokeReturnAsIs(5)");
    expect(r.values.map(String)).toEqual(['true', 'a#b#', 'a,b', 'false', '0', '42', '10']);
  });

  it('a reference reads and writes its value; the PSObject view lists properties and methods', async () => {
    const r = await evalPs("$r = [ref]1; $r.Value = 2; $r.Value; $v = ([pscustomobject]@{ a = 1 }).PSObject; $v.Properties.Name; ($v.Methods.Name -join ','); $v.BaseObject.a");
    expect(r.values.map(String)).toEqual(['2', 'a', 'Equals,GetHashCode,GetType,ToString', '1']);
  });

  it('a method called with too many arguments, and a block that fails under Invoke, give 5.1\'s errors', async () => {
    const r = await evalPs("try { [regex]::Match('a1', '\\d').NextMatch(1) } catch { $_.FullyQualifiedErrorId }; $sb = { throw 'boom' }; $sb.Invoke(); 'after'; try { $sb.Invoke() } catch { \"$_\"; $_.Exception.GetType().FullName }");
    expect(r.values.map(String)).toEqual(['MethodCountCouldNotFindBest', 'after', 'Exception calling "Invoke" with "0" argument(s): "boom"', 'System.Management.Automation.MethodInvocationException']);
  });

  it('a [regex] made from a pattern .NET reads (inline options) works, and one that is not valid says so in PowerShell\'s words', async () => {
    const r = await evalPs("([regex]'(?i)ABC').IsMatch('xabc'); try { [regex]'(?<' } catch { \"$_\" }");
    expect(r.values.map(String)).toEqual(['true', 'The regular expression pattern (?< is not valid.']);
  });

  it('a string and an array have a PSObject view of their own (not their elements\')', async () => {
    const r = await evalPs("'abc'.PSObject.Properties.Name; @(1, 2).PSObject.BaseObject.Count; ([regex]'a').PSObject.TypeNames[0]");
    expect(r.values.map(String)).toEqual(['Length', '2', 'System.Text.RegularExpressions.Regex']);
  });
});

describe('the utility cmdlets read properties from the same tables', () => {
  it('Select-Object and Sort-Object read a version\'s and a type\'s properties', async () => {
    const r = await evalPs("([version]'5.1.14393.693' | Select-Object Major, Build).Build; ([string] | Select-Object FullName).FullName; ([version]'2.0', [version]'10.1' | Sort-Object Major -Descending)[0].Major");
    expect(r.values.map(String)).toEqual(['14393', 'System.String', '10']);
  });
});

describe('assigning a property of a .NET value', () => {
  it('a read-only property is refused as 5.1 refuses it; an unknown one is not found', async () => {
    const { values } = await evalPs(
      `$s = 'abc'
       try { $s.Length = 5 } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }
       try { $s.Nothing = 5 } catch { $_.Exception.Message }`,
    );
    expect(values).toEqual([
      "'Length' is a ReadOnly property.",
      'PropertyAssignmentException',
      "The property 'Nothing' cannot be found on this object. Verify that the property exists and can be set.",
    ]);
  });
});
