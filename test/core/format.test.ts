import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evalPs, runPs } from '../helpers/run.js';

const EDGE_LIST = [
  'Identity                               : Global',
  'AllowAnonymousUsers                    : False',
  'AllowFederatedUsers                    : False',
  'AllowOutsideUsers                      : True',
  'BeClearingHouse                        : False',
  'EnablePartnerDiscovery                 : False',
  'EnableArchivingDisclaimer              : False',
  'EnableUserReplicator                   : True',
  'KeepCrlsUpToDateForPeers               : True',
  'MarkSourceVerifiableOnOutgoingMessages : True',
  'OutgoingTlsCountForFederatedPartners   : 4',
  'DiscoveredPartnerStandardRate          : 20',
  'EnableDiscoveredPartnerContactsLimit   : True',
  'MaxContactsPerDiscoveredPartner        : 1000',
  'DiscoveredPartnerReportPeriodMinutes   : 60',
  'MaxAcceptedCertificatesStored          : 1000',
  'MaxRejectedCertificatesStored          : 500',
  'CertificatesDeletedPercentage          : 20',
  'RoutingMethod                          : UseDnsSrvRouting',
];

describe('Out-Default of Cs objects', () => {
  it('prints Get-CsAccessEdgeConfiguration like the real shell', async () => {
    const r = await runPs('Get-CsAccessEdgeConfiguration');
    expect(r.output.startsWith(['', ...EDGE_LIST, '', '', ''].join('\n'))).toBe(true);
  });

  it('prints the global external access policy', async () => {
    const r = await runPs('Get-CsExternalAccessPolicy -Identity Global');
    expect(r.output).toBe(
      [
        '',
        'Identity                          : Global',
        'Description                       :',
        'EnableFederationAccess            : False',
        'EnableXmppAccess                  : False',
        'EnablePublicCloudAccess           : False',
        'EnablePublicCloudAudioVideoAccess : False',
        'EnableOutsideAccess               : False',
        '',
        '',
        '',
      ].join('\n'),
    );
  });
});

describe('Format-List', () => {
  it('selects properties with wildcards', async () => {
    const r = await runPs('Get-CsAccessEdgeConfiguration | Format-List Identity, Allow*');
    expect(r.output).toBe(
      '\nIdentity            : Global\nAllowAnonymousUsers : False\nAllowFederatedUsers : False\nAllowOutsideUsers   : True\n\n\n',
    );
  });

  it('shows all properties with * and calculated properties', async () => {
    const r = await runPs('[pscustomobject]@{a=1;b=2} | Format-List *, @{Name="Sum";Expression={$_.a + $_.b}}');
    expect(r.output).toBe('\na   : 1\nb   : 2\nSum : 3\n\n\n');
  });

  it('shows every property of a small object that would otherwise be a table', async () => {
    const r = await runPs('[pscustomobject]@{Name="x";Count=2} | fl');
    expect(r.output).toBe('\nName  : x\nCount : 2\n\n\n');
  });
});

describe('Format-Table', () => {
  const objs = '@([pscustomobject]@{Name="alpha";Size=1}, [pscustomobject]@{Name="b";Size=200})';

  it('renders the selected columns', async () => {
    const r = await runPs(`${objs} | Format-Table Name, Size`);
    expect(r.output).toBe('\nName  Size\n----  ----\nalpha    1\nb      200\n\n\n');
  });

  it('hides headers and honours calculated widths and alignment', async () => {
    const r = await runPs(`${objs} | Format-Table Name -HideTableHeaders`);
    expect(r.output).toBe('\nalpha\nb\n\n\n');
    const w = await runPs(`${objs} | Format-Table @{Label="N";Expression={$_.Name};Width=8;Alignment="Right"}, Size`);
    expect(w.output.split('\n').slice(1, 5)).toEqual(['       N Size', '       - ----', '   alpha    1', '       b  200']);
  });

  it('wraps with -Wrap and truncates with ... otherwise', async () => {
    const long = '[pscustomobject]@{A="x";B=("word " * 40).Trim()}';
    const t = await runPs(`${long} | Format-Table A, B`);
    const row = t.output.split('\n')[3]!;
    expect(row.endsWith('...')).toBe(true);
    expect(row.length).toBe(119);
    const w = await runPs(`${long} | Format-Table A, B -Wrap`);
    expect(w.output.split('\n').filter((l) => l.includes('word')).length).toBeGreaterThan(1);
  });

  it('uses the view of the type when no properties are given', async () => {
    const r = await runPs('"a","a" | Group-Object | Format-Table');
    expect(r.output).toContain('Count Name                      Group');
  });
});

describe('Format-Wide, Out-String, Out-Null, Out-Host', () => {
  it('lays values out in columns', async () => {
    const r = await runPs('"a","b","c" | Format-Wide -Column 2');
    expect(r.output).toBe('\n' + 'a'.padEnd(59) + 'b\nc\n\n\n');
  });

  it('Out-String returns the text, -Stream one line at a time', async () => {
    const v = await evalPs('Get-CsExternalAccessPolicy -Identity Global | Out-String');
    expect(v.values).toHaveLength(1);
    expect(v.values[0]).toContain('EnableXmppAccess                  : False\n');
    const s = await evalPs('"a","b" | Out-String -Stream');
    expect(s.values).toEqual(['a', 'b']);
    const t = await evalPs('[pscustomobject]@{Name="n"} | Out-String -Stream');
    expect(t.values).toEqual(['', 'Name', '----', 'n', '', '']);
  });

  it('Out-Null discards and Out-Host writes straight away', async () => {
    const r = await runPs('"gone" | Out-Null; "shown" | Out-Host');
    expect(r.output).toBe('shown\n');
  });
});

describe('Out-File', () => {
  it('writes formatted text in UTF-16 by default, appends, and honours -Encoding', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'csshell-out-'));
    await runPs('"one" | Out-File C:\\out.txt; "two" | Out-File -FilePath .\\out.txt -Append; "x" | Out-File u8.txt -Encoding UTF8', { workingDirectory: dir });
    const buf = readFileSync(join(dir, 'out.txt'));
    expect([buf[0], buf[1]]).toEqual([0xff, 0xfe]);
    expect(buf.subarray(2).toString('utf16le')).toBe('one\r\ntwo\r\n');
    expect(readFileSync(join(dir, 'u8.txt')).toString('utf8')).toBe('\ufeffx\r\n');
  });

  it('keeps every path inside the sandbox (.. stops at the drive root)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'csshell-out-'));
    const r = await runPs('"x" | Out-File ..\\..\\..\\escape.txt -Encoding ASCII', { workingDirectory: dir });
    expect(r.errors).toBe('');
    expect(readFileSync(join(dir, 'escape.txt'), 'latin1')).toBe('x\r\n');
  });
});

describe('Format-Table -GroupBy', () => {
  it('writes a header per group', async () => {
    const r = await runPs("@([pscustomobject]@{P='a';N=1},[pscustomobject]@{P='a';N=2},[pscustomobject]@{P='b';N=3}) | Format-Table N -GroupBy P");
    expect(r.output).toBe('\n\n   P: a\n\nN\n-\n1\n2\n\n\n   P: b\n\nN\n-\n3\n\n\n');
  });
});

describe('Format-Table of a type with a list view', () => {
  it('uses the view labels as columns', async () => {
    const r = await runPs('Test-CsXmppIM -TargetFqdn pool01.contoso.com -Receiver a@gmail.com -UserSipAddress sip:kenmyer@contoso.com | Format-Table');
    expect(r.output.split('\n')[1]).toMatch(/^Target Fqdn\s+Result\s+Latency\s+Error Message\s+Diagnosis$/);
    expect(r.output.split('\n')[3]).toMatch(/^pool01\.contoso\.com Failure 00:00:00 /);
  });
});

describe('Out-GridView', () => {
  it('warns and shows the objects in the console as Out-Default would (a list for five properties or more)', async () => {
    const r = await runPs('[pscustomobject]@{A=1} | Out-GridView');
    expect(r.text).toBe('WARNING: Out-GridView needs a graphical desktop; the objects are shown in the console instead, as Out-Default would show them.\n\nA\n-\n1\n\n\n');
    const wide = await runPs('[pscustomobject]@{A=1;B=2;C=3;D=4;E=5} | Out-GridView');
    expect(wide.text).toContain('instead, as Out-Default would show them.\n\nA : 1\nB : 2\n');
  });
});
