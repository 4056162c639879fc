import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evalPs, runPs } from '../helpers/run.js';
import { PSObject } from '../../src/engine/runtime/values.js';

const sandbox = () => mkdtempSync(join(tmpdir(), 'csshell-data-'));

describe('CSV', () => {
  it('Export-Csv writes the 5.1 #TYPE line unless -NoTypeInformation', async () => {
    const dir = sandbox();
    await runPs(
      `$o = [pscustomobject]@{Name='Ken Myer'; Sip='sip:kenmyer@contoso.com'; Note='says "hi"'}
       $o | Export-Csv users.csv
       $o | Export-Csv -Path C:\\plain.csv -NoTypeInformation`,
      { workingDirectory: dir },
    );
    expect(readFileSync(join(dir, 'users.csv'), 'latin1')).toBe(
      '#TYPE System.Management.Automation.PSCustomObject\r\n"Name","Sip","Note"\r\n"Ken Myer","sip:kenmyer@contoso.com","says ""hi"""\r\n',
    );
    expect(readFileSync(join(dir, 'plain.csv'), 'latin1').split('\r\n')[0]).toBe('"Name","Sip","Note"');
  });

  it('Export-Csv -Append adds rows without a second header; -Delimiter changes the separator', async () => {
    const dir = sandbox();
    await runPs(
      `[pscustomobject]@{a=1;b=2} | Export-Csv x.csv -NoTypeInformation
       [pscustomobject]@{a=3;b=4} | Export-Csv x.csv -NoTypeInformation -Append
       [pscustomobject]@{a=1;b=2} | Export-Csv y.csv -NoTypeInformation -Delimiter ';'`,
      { workingDirectory: dir },
    );
    expect(readFileSync(join(dir, 'x.csv'), 'latin1')).toBe('"a","b"\r\n"1","2"\r\n"3","4"\r\n');
    expect(readFileSync(join(dir, 'y.csv'), 'latin1')).toBe('"a";"b"\r\n"1";"2"\r\n');
  });

  it('Import-Csv reads a file into objects, with -Header and -Delimiter', async () => {
    const dir = sandbox();
    writeFileSync(join(dir, 'partners.csv'), 'Domain,Type\r\ngmail.com,PublicVerified\r\n"jabber.org","Federated"\r\n');
    writeFileSync(join(dir, 'raw.txt'), 'a|b\r\nc|d\r\n');
    const r = await evalPs(`Import-Csv .\\partners.csv; Import-Csv raw.txt -Delimiter '|' -Header X,Y`, { workingDirectory: dir });
    const v = r.values as PSObject[];
    expect(v).toHaveLength(4);
    expect(v[0]!.propertyNames()).toEqual(['Domain', 'Type']);
    expect(v[1]!.get('Type')).toBe('Federated');
    expect([v[2]!.get('X'), v[3]!.get('Y')]).toEqual(['a', 'd']);
  });

  it('Import-Csv drives Cs cmdlets in a loop', async () => {
    const dir = sandbox();
    writeFileSync(join(dir, 'p.csv'), 'Domain\r\ngmail.com\r\njabber.org\r\n');
    const r = await evalPs(`Import-Csv p.csv | ForEach-Object { $_.Domain.ToUpper() }`, { workingDirectory: dir });
    expect(r.values).toEqual(['GMAIL.COM', 'JABBER.ORG']);
  });

  it('Import-Csv on a missing file is an error', async () => {
    const r = await runPs('Import-Csv nope.csv', { workingDirectory: sandbox() });
    expect(r.errors).toContain("Could not find file 'nope.csv'.");
  });

  it('ConvertTo-Csv and ConvertFrom-Csv round-trip', async () => {
    const r = await evalPs('[pscustomobject]@{a="x,y";b=$true} | ConvertTo-Csv -NoTypeInformation');
    expect(r.values).toEqual(['"a","b"', '"x,y","True"']);
    const back = await evalPs('[pscustomobject]@{a="x,y";b=2} | ConvertTo-Csv | ConvertFrom-Csv');
    const o = back.values[0] as PSObject;
    expect([o.get('a'), o.get('b')]).toEqual(['x,y', '2']);
    expect(o.typeNames[0]).toBe('CSV:System.Management.Automation.PSCustomObject');
  });
});

describe('JSON', () => {
  it('ConvertTo-Json pretty-prints in the 5.1 layout', async () => {
    const r = await evalPs("[pscustomobject]@{a=1;b=@(1,2);c=[pscustomobject]@{d='x'};e=$null;f=$true} | ConvertTo-Json");
    expect(r.values[0]).toBe(
      ['{', '    "a":  1,', '    "b":  [', '              1,', '              2', '          ],', '    "c":  {', '              "d":  "x"', '          },', '    "e":  null,', '    "f":  true', '}'].join('\n'),
    );
  });

  it('ConvertTo-Json -Compress, -Depth, arrays of pipeline input', async () => {
    expect((await evalPs('@{a=@{b=@{c=@{d=1}}}} | ConvertTo-Json -Compress')).values[0]).toBe('{"a":{"b":{"c":"System.Collections.Hashtable"}}}');
    expect((await evalPs('@{a=@{b=@{c=@{d=1}}}} | ConvertTo-Json -Compress -Depth 5')).values[0]).toBe('{"a":{"b":{"c":{"d":1}}}}');
    expect((await evalPs('1,2 | ConvertTo-Json -Compress')).values[0]).toBe('[1,2]');
    expect((await evalPs("'<a&b>' | ConvertTo-Json")).values[0]).toBe('"\\u003ca\\u0026b\\u003e"');
  });

  it('ConvertFrom-Json builds custom objects; a top-level array is one object in 5.1', async () => {
    const r = await evalPs('\'{"Identity":"gmail.com","Domains":["a","b"],"Nested":{"x":1}}\' | ConvertFrom-Json');
    const o = r.values[0] as PSObject;
    expect(o.get('Identity')).toBe('gmail.com');
    expect(o.get('Domains')).toEqual(['a', 'b']);
    expect((o.get('Nested') as PSObject).get('x')).toBe(1);
    const arr = await evalPs("('[1,2,3]' | ConvertFrom-Json | Measure-Object).Count");
    expect(arr.values).toEqual([1]);
  });

  it('ConvertFrom-Json reports invalid text', async () => {
    const r = await runPs("'{oops' | ConvertFrom-Json");
    expect(r.errors).toContain("Invalid object passed in, ':' or '}' expected. (5): {oops");
  });
});

describe('ConvertTo-Html', () => {
  it('writes a table fragment', async () => {
    const r = await evalPs('Get-CsSite | Select-Object Identity | ConvertTo-Html -As Table -Fragment');
    expect(r.values).toEqual(['<table>', '<colgroup><col/></colgroup>', '<tr><th>Identity</th></tr>', '<tr><td>Site:Redmond</td></tr>', '<tr><td>Site:Dublin</td></tr>', '</table>']);
  });

  it('writes a whole page with a title, a list form, and escapes text', async () => {
    const r = await evalPs("[pscustomobject]@{A='<x>';B=1} | ConvertTo-Html -Title 'T' -PreContent '<h1>R</h1>'");
    expect(r.values).toEqual([
      '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN"  "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">',
      '<html xmlns="http://www.w3.org/1999/xhtml">',
      '<head>',
      '<title>T</title>',
      '</head><body>',
      '<h1>R</h1>',
      '<table>',
      '<colgroup><col/><col/></colgroup>',
      '<tr><th>A</th><th>B</th></tr>',
      '<tr><td>&lt;x&gt;</td><td>1</td></tr>',
      '</table>',
      '</body></html>',
    ]);
    const l = await evalPs("[pscustomobject]@{A='x';B=1} | ConvertTo-Html -As List -Fragment");
    expect(l.values).toEqual(['<table>', '<tr><td>A:</td><td>x</td></tr>', '<tr><td>B:</td><td>1</td></tr>', '</table>']);
  });
});

describe('CLIXML', () => {
  it('round-trips Cs objects, custom objects, lists, hashtables, dates and credentials', async () => {
    const dir = sandbox();
    const r = await evalPs(
      `Get-CsExternalAccessPolicy | Export-Clixml .\\eap.xml
       $back = Import-Clixml .\\eap.xml
       $back.Identity; $back.EnableXmppAccess; $back.PSObject.TypeNames[0]
       $cred = New-Object System.Management.Automation.PSCredential('contoso\\admin', (ConvertTo-SecureString 'S3cret!' -AsPlainText -Force))
       [pscustomobject]@{Name='<a & b>'; List=@(1,'x'); Map=@{k='v'}; When=(Get-Date -Date '2026-01-02 03:04:05'); Span=(New-TimeSpan -Minutes 90); Cred=$cred} | Export-Clixml c.xml
       $o = Import-Clixml c.xml
       $o.Name; $o.List.Count; $o.Map.k; $o.When.Year; $o.Span.TotalMinutes; $o.Cred.UserName; $o.Cred.Password.Length`,
      { workingDirectory: dir },
    );
    expect(r.errors).toBe('');
    expect(r.values).toEqual([
      'Global',
      false,
      'Deserialized.Microsoft.Rtc.Management.WritableConfig.Policy.ExternalAccess.ExternalAccessPolicy',
      '<a & b>',
      2,
      'v',
      2026,
      90,
      'contoso\\admin',
      7,
    ]);
    const xml = readFileSync(join(dir, 'c.xml'));
    const text = xml.subarray(2).toString('utf16le');
    expect(text.startsWith('<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04">')).toBe(true);
    expect(text).toContain('<S N="Name">&lt;a &amp; b&gt;</S>');
    expect(text).not.toContain('S3cret!');
  });

  it('keeps the numeric types of what it round-trips', async () => {
    const r = await runPs('5.0, 1l, 1.10d, [byte]7 | Export-Clixml n.xml; (Import-Clixml n.xml | ForEach-Object { $_.GetType().Name + "=" + $_ }) -join ","; 0.1 + 0.2 | Export-Clixml d.xml; (Import-Clixml d.xml) -eq 0.1 + 0.2', { workingDirectory: sandbox() });
    expect(r.errors).toBe('');
    expect(r.output.trim().split('\n')).toEqual(['Double=5,Int64=1,Decimal=1.10,Byte=7', 'True']);
  });

  it('reports a missing or broken file', async () => {
    const dir = sandbox();
    writeFileSync(join(dir, 'bad.xml'), 'not xml');
    const r = await runPs('Import-Clixml nope.xml; Import-Clixml bad.xml', { workingDirectory: dir });
    expect(r.errors).toContain("Could not find file 'C:\\Users\\Administrator\\nope.xml'.");
    expect(r.errors).toContain('Data at the root level is invalid.');
  });
});
