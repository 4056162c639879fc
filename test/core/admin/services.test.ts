// Get-/Start-/Stop-/Restart-Service over the services Get-CsWindowsService shows, on the shell's computer.
import { describe, expect, it } from 'vitest';
import { newStore, runPs } from '../../helpers/run.js';
import { cleanValues } from './adminHarness.js';
import { getWindowsService } from '../../../src/store/topologyRuntime.js';
import { RecordingHost } from '../../../src/engine/recordingHost.js';

const values = (script: string, store = newStore(), computer?: string) => cleanValues(script, { store, computer });

describe('Get-Service', () => {
  it('lists the local computer\'s services sorted by name in the 5.1 table', async () => {
    const r = await runPs('Get-Service RTCS*, RTCX*');
    expect(r.text).toBe(
      [
        '',
        'Status   Name               DisplayName',
        '------   ----               -----------',
        'Running  RTCSRV             Skype for Business Server Front-End',
        'Running  RTCXMPPTGW         Skype for Business Server XMPP Tran...',
        '',
        '',
        '',
      ].join('\n'),
    );
    expect(await values('(Get-Service).Count')).toEqual([await values('(Get-CsWindowsService).Count').then((v) => v[0])]);
  });

  it('finds by display name, by a literal display name given as -Name, and from the pipeline', async () => {
    expect(await values('Get-Service -DisplayName "*XMPP*" | % Name')).toEqual(['RTCXMPPTGW']);
    expect(await values('Get-Service "Skype for Business Server Front-End" | % Name')).toEqual(['RTCSRV']);
    expect(await values("'RTCSRV','RTCRGS' | Get-Service | % Name")).toEqual(['RTCSRV', 'RTCRGS']);
    expect(await values('gsv RTC* -Exclude RTCA*,RTCC* -Include *MCU | % Name')).toEqual(['RTCDATAMCU', 'RTCIMMCU']);
  });

  it('a name that matches nothing is 5.1\'s non-terminating NoServiceFoundForGivenName; a wildcard is silent', async () => {
    const r = await runPs('Get-Service nosuch, RTCSRV | % Name; Get-Service zz* ; Get-Service -DisplayName "No such"');
    expect(r.errors).toContain("Get-Service : Cannot find any service with service name 'nosuch'.");
    expect(r.errors).toContain('ObjectNotFound: (nosuch:String) [Get-Service], ServiceCommandException');
    expect(r.errors).toContain('NoServiceFoundForGivenName,Microsoft.PowerShell.Commands.GetServiceCommand');
    expect(r.errors).toContain("Cannot find any service with display name 'No such'.");
    expect(r.text).toContain('RTCSRV');
    expect(r.errors.match(/Cannot find any service/g)).toHaveLength(2);
  });

  it('follows the shell\'s computer and reads other topology computers with -ComputerName', async () => {
    expect(await values('Get-Service RTCXMPPTGWPX | % Name', newStore(), 'edge01.contoso.com')).toEqual(['RTCXMPPTGWPX']);
    expect(await values('Get-Service -ComputerName edge01 -Name RTCXMPPTGWPX | % MachineName')).toEqual(['edge01']);
    expect(await values('(Get-Service RTCSRV).MachineName')).toEqual(['.']);
    const r = await runPs('Get-Service -ComputerName nosuch');
    expect(r.errors).toContain("Cannot open Service Control Manager on computer 'nosuch'.");
  });
});

describe('Start-/Stop-/Restart-Service', () => {
  it('Stop-Service changes the state Get-CsWindowsService shows, and Start-CsWindowsService is seen by Get-Service', async () => {
    const store = newStore();
    await values('Stop-Service RTCXMPPTGW', store);
    expect(getWindowsService(store, 'fe01.contoso.com', 'RTCXMPPTGW')?.status).toBe('Stopped');
    expect(await values('(Get-CsWindowsService -Name RTCXMPPTGW).Status', store)).toEqual(['Stopped']);
    await values('Start-CsWindowsService -Name RTCXMPPTGW', store);
    expect(await values('(Get-Service RTCXMPPTGW).Status', store)).toEqual(['Running']);
    expect(getWindowsService(store, 'fe02.contoso.com', 'RTCXMPPTGW')?.status).toBe('Running');
  });

  it('pipeline input and -PassThru; Restart-Service starts a stopped service', async () => {
    const store = newStore();
    expect(await values('Get-Service RTCXMPPTGW, RTCRGS | Stop-Service -PassThru | % { "$($_.Name)=$($_.Status)" }', store)).toEqual(['RTCXMPPTGW=Stopped', 'RTCRGS=Stopped']);
    expect(await values('Restart-Service RTCXMPPTGW -PassThru | % Status', store)).toEqual(['Running']);
    expect(await values('Get-Service -ComputerName edge01 RTCXMPPTGWPX | spsv -PassThru | % Status', store)).toEqual(['Stopped']);
    expect(getWindowsService(store, 'edge01.contoso.com', 'RTCXMPPTGWPX')?.status).toBe('Stopped');
    expect(await values('Stop-Service RTCXMPPTGW; sasv RTCXMPPTGW; (Get-Service RTCXMPPTGW).Status', store)).toEqual(['Running']);
  });

  it('Get-CsWindowsService objects piped in act on the computer they came from', async () => {
    const store = newStore();
    await values('Get-CsWindowsService -ComputerName edge01.contoso.com -Name RTCXMPPTGWPX | Stop-Service', store);
    expect(getWindowsService(store, 'edge01.contoso.com', 'RTCXMPPTGWPX')?.status).toBe('Stopped');
    expect(getWindowsService(store, 'fe01.contoso.com', 'RTCXMPPTGW')?.status).toBe('Running');
  });

  it('-WhatIf changes nothing and says what it would do; -Verbose names the operation', async () => {
    const store = newStore();
    const r = await runPs('Stop-Service RTCSRV -WhatIf', { store });
    expect(r.text).toContain('What if: Performing the operation "Stop-Service" on target "Skype for Business Server Front-End (RTCSRV)".');
    expect(getWindowsService(store, 'fe01.contoso.com', 'RTCSRV')?.status).toBe('Running');
    const v = await runPs('Restart-Service RTCSRV -Verbose', { store });
    expect(v.text).toContain('VERBOSE: Performing the operation "Restart-Service" on target "Skype for Business Server Front-End (RTCSRV)".');
  });

  it('-Confirm answered No keeps the service running', async () => {
    const store = newStore();
    const host = new RecordingHost(true);
    host.choiceAnswers = [2];
    await runPs('Stop-Service RTCSRV -Confirm', { store, host, interactive: true });
    expect(host.prompts[0]?.caption).toBe('Confirm');
    expect(host.prompts[0]?.message).toContain('Performing the operation "Stop-Service" on target "Skype for Business Server Front-End (RTCSRV)".');
    expect(getWindowsService(store, 'fe01.contoso.com', 'RTCSRV')?.status).toBe('Running');
  });

  it('errors: unknown service, missing name in batch, a string that is not a service as -InputObject', async () => {
    const store = newStore();
    const r = await runPs('Stop-Service nosuch; Start-Service -DisplayName "Nothing here"', { store });
    expect(r.errors).toContain("Stop-Service : Cannot find any service with service name 'nosuch'.");
    expect(r.errors).toContain('NoServiceFoundForGivenName,Microsoft.PowerShell.Commands.StopServiceCommand');
    expect(r.errors).toContain("Start-Service : Cannot find any service with display name 'Nothing here'.");
    const m = await runPs('Stop-Service', { store });
    expect(m.errors).toMatch(/Stop-Service : .*(InputObject|Name)/);
    expect(m.errors).not.toMatch(/at .*\.ts:\d+/);
  });
});
