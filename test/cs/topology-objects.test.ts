// Collections on the topology objects: Get-CsTopology's SqlInstances and InternalDomains, and a pool's
// Computers as machine objects that still read as their FQDN.
import { describe, expect, it } from 'vitest';
import { evalPs, runPs } from '../helpers/run.js';
import type { PSObject } from '../../src/engine/runtime/values.js';

async function values(script: string): Promise<unknown[]> {
  const r = await evalPs(script);
  expect(r.errors).toBe('');
  return r.values;
}

describe('Get-CsTopology collections', () => {
  it('SqlInstances: one back-end instance per pool with databases, expandable', async () => {
    const sql = (await values('Get-CsTopology | Select-Object -ExpandProperty SqlInstances')) as PSObject[];
    expect(sql.map((o) => [o.get('Fqdn'), o.get('InstanceName')])).toEqual([
      ['pool01.contoso.com', 'rtc'],
      ['pool02.contoso.com', 'rtc'],
    ]);
    expect(sql[0]!.get('Databases')).toEqual(['UserDatabase', 'CentralManagementDatabase']);
    expect(await values('(Get-CsTopology).SqlInstances | % { "$_" }')).toEqual(['pool01.contoso.com\\rtc', 'pool02.contoso.com\\rtc']);
  });

  it('InternalDomains follow the SIP domains; the list view shows them as text', async () => {
    expect(await values('Get-CsTopology | Select-Object -ExpandProperty InternalDomains | % Name')).toEqual(['contoso.com']);
    const r = await runPs('New-CsSipDomain -Identity fabrikam.com | Out-Null; Get-CsTopology | Format-List InternalDomains, SqlInstances');
    expect(r.output).toContain('InternalDomains : {contoso.com, fabrikam.com}');
    expect(r.output).toContain('SqlInstances    : {pool01.contoso.com\\rtc, pool02.contoso.com\\rtc}');
  });
});

describe('Get-CsPool Computers', () => {
  it('machine objects with Fqdn and Pool; shown as FQDNs', async () => {
    const machines = (await values('Get-CsPool | Select-Object -ExpandProperty Computers')) as PSObject[];
    expect(machines.map((m) => `${m.get('Fqdn')}@${m.get('Pool')}`)).toEqual([
      'fe01.contoso.com@pool01.contoso.com',
      'fe02.contoso.com@pool01.contoso.com',
      'fe03.contoso.com@pool02.contoso.com',
      'edge01.contoso.com@edge01.contoso.com',
    ]);
    const list = await runPs('Get-CsPool pool01.contoso.com | Format-List Computers');
    expect(list.output).toContain('Computers : {fe01.contoso.com, fe02.contoso.com}');
  });

  it('scripts written for FQDN strings keep working: "$c", -ComputerName $c, .Split(".")[0]', async () => {
    expect(await values('foreach ($c in (Get-CsPool pool01.contoso.com).Computers) { "$c"; $c.Split(".")[0]; $c.ToUpper() }')).toEqual([
      'fe01.contoso.com',
      'fe01',
      'FE01.CONTOSO.COM',
      'fe02.contoso.com',
      'fe02',
      'FE02.CONTOSO.COM',
    ]);
    const services = await values('foreach ($c in (Get-CsPool pool01.contoso.com).Computers) { Get-CsWindowsService -ComputerName $c -Name RTCSRV | % ComputerName }');
    expect(services).toEqual(['fe01.contoso.com', 'fe02.contoso.com']);
  });
});
