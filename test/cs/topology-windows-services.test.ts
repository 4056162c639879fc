// Windows services of the topology's computers: the usual Front End services, RoleName, status per computer.
import { describe, expect, it } from 'vitest';
import { evalPs, newStore, runPs } from '../helpers/run.js';
import type { PSObject } from '../../src/engine/runtime/values.js';
import { getWindowsService } from '../../src/store/topologyRuntime.js';

const FRONT_END_SERVICES = ['RTCSRV', 'RTCRGS', 'RTCCPS', 'RTCCAA', 'RTCCAS', 'RTCASMCU', 'RTCATS', 'RTCIMMCU', 'RTCDATAMCU', 'RTCAVMCU', 'RTCMEDSRV', 'RTCHOST'];

async function strings(script: string, store = newStore()): Promise<string[]> {
  const r = await evalPs(script, { store });
  expect(r.errors).toBe('');
  return r.values.map(String);
}

describe('Front End services', () => {
  it('every Front End computer has the usual services; RTCASMCU is Application Sharing, RTCHOST is not', async () => {
    for (const computer of ['fe01.contoso.com', 'fe02.contoso.com', 'fe03.contoso.com']) {
      expect(await strings(`Get-CsWindowsService -ComputerName ${computer} | % Name`)).toEqual(expect.arrayContaining(FRONT_END_SERVICES));
    }
    expect(await strings('Get-CsWindowsService | Where-Object {$_.DisplayName -like "*Application Sharing*"} | % Name')).toEqual(['RTCASMCU']);
    expect(await strings('(Get-CsWindowsService -Name RTCHOST).DisplayName')).not.toContain('Skype for Business Server Application Sharing');
    expect(await strings('(Get-CsWindowsService -Name RTCRGS).DisplayName')).toEqual(['Skype for Business Server Response Group']);
  });

  it('RoleName: the roles a service hosts, expandable and testable with -contains', async () => {
    expect(await strings('Get-CsWindowsService -Name "RTCSrv" | Select-Object -ExpandProperty RoleName')).toEqual(['Registrar', 'UserServer']);
    expect(await strings('Get-CsWindowsService | Where-Object {$_.RoleName -contains "ApplicationServer"} | % Name')).toEqual(
      expect.arrayContaining(['RTCRGS', 'RTCCPS', 'RTCCAA', 'RTCCAS', 'RTCATS', 'RTCHOST']),
    );
    expect(await strings('Get-CsWindowsService -Name RTCSRV -ComputerName edge01.contoso.com | Select-Object -ExpandProperty RoleName')).toEqual(['EdgeServer']);
    const agent = (await evalPs('Get-CsWindowsService -Name RTCCLSAGT')).values[0] as PSObject;
    expect(agent.get('RoleName')).toBeNull();
    const list = await runPs('Get-CsWindowsService -Name RTCSRV | Format-List');
    expect(list.output).toMatch(/RoleName\s+: \{Registrar, UserServer\}/);
  });

  it('Stop-/Start-CsWindowsService by name: the change persists and belongs to one computer', async () => {
    const store = newStore();
    expect((await runPs('Stop-CsWindowsService -Name RTCRGS', { store })).errors).toBe('');
    expect(getWindowsService(store, 'fe01.contoso.com', 'RTCRGS')?.status).toBe('Stopped');
    expect(getWindowsService(store, 'fe02.contoso.com', 'RTCRGS')?.status).toBe('Running');
    expect(await strings('Get-CsWindowsService RTCRGS | % Status', store)).toEqual(['Stopped']);
    expect(await strings('Get-CsWindowsService RTCRGS -ComputerName fe02.contoso.com | % Status', store)).toEqual(['Running']);
    await runPs('Stop-CsWindowsService RTCCPS -ComputerName fe03.contoso.com', { store });
    expect(getWindowsService(store, 'fe03.contoso.com', 'RTCCPS')?.status).toBe('Stopped');
    expect(getWindowsService(store, 'fe01.contoso.com', 'RTCCPS')?.status).toBe('Running');
    expect((await runPs('Start-CsWindowsService -Name RTCRGS', { store })).errors).toBe('');
    expect(getWindowsService(store, 'fe01.contoso.com', 'RTCRGS')?.status).toBe('Running');
  });

  it('-InputObject takes service objects only: a string is refused and no service changes', async () => {
    const store = newStore();
    const r = await runPs("Stop-CsWindowsService -InputObject 'RTCSRV'\nStart-CsWindowsService -InputObject 42", { store });
    expect(r.errors).toContain(
      `Stop-CsWindowsService : Cannot bind parameter 'InputObject'. Cannot convert the "RTCSRV" value of type "System.String" to type "Microsoft.Rtc.Management.Deployment.NTService".`,
    );
    expect(r.errors).toContain("Start-CsWindowsService : Cannot bind parameter 'InputObject'.");
    expect(getWindowsService(store, 'fe01.contoso.com', 'RTCSRV')?.status).toBe('Running');
    expect(getWindowsService(store, 'fe01.contoso.com', 'RTCRGS')?.status).toBe('Running');
    expect((await runPs('Get-CsWindowsService -Name RTCRGS | Stop-CsWindowsService', { store })).errors).toBe('');
    expect(getWindowsService(store, 'fe01.contoso.com', 'RTCRGS')?.status).toBe('Stopped');
  });
});
