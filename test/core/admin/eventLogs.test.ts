// Get-EventLog / Get-WinEvent: the "Lync Server" log made from the store's state when it is read.
import { beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newStore, runPs } from '../../helpers/run.js';
import { cleanValues } from './adminHarness.js';
import { updateServiceProperties } from '../../../src/store/topologyRepository.js';
import type { Store } from '../../../src/store/store.js';

const EDGE = 'edge01.contoso.com';
const SECURE = "(ConvertTo-SecureString 'Contoso!2026' -AsPlainText -Force)";
let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'csshell-events-'));
  for (const f of ['edge-external.pfx', 'edge-expired.pfx']) copyFileSync(join('fixtures/certs', f), join(dir, f));
});

const values = (script: string, store: Store, computer = 'fe01.contoso.com') => cleanValues(script, { store, computer, workingDirectory: dir });
const problems = (store: Store, computer = EDGE) =>
  values('Get-EventLog "Lync Server" -EntryType Error,Warning -ErrorAction SilentlyContinue | % { "$($_.EntryType) $($_.InstanceId)" }', store, computer);

describe('Get-EventLog -LogName "Lync Server"', () => {
  it('a healthy Front End has only start entries; asking for problems is 5.1\'s No matches found', async () => {
    const store = newStore();
    expect(await values('(Get-EventLog "Lync Server" | Select-Object -ExpandProperty EntryType -Unique)', store)).toEqual(['Information']);
    const r = await runPs('Get-EventLog -LogName "Lync Server" -EntryType Error', { store });
    expect(r.errors).toContain('Get-EventLog : No matches found');
    expect(r.errors).toContain('GetEventLogNoEntriesFound,Microsoft.PowerShell.Commands.GetEventLogCommand');
  });

  it('a stopped service raises a warning from its source, gone once it runs again', async () => {
    const store = newStore();
    await values('Stop-Service RTCXMPPTGW', store);
    expect(await problems(store, 'fe01.contoso.com')).toEqual(['Warning 30001']);
    expect(await values('(Get-EventLog "Lync Server" -Newest 1).Source', store)).toEqual(['LS XMPP Translating Gateway']);
    await values('Start-CsWindowsService -Name RTCXMPPTGW', store);
    expect(await problems(store, 'fe01.contoso.com')).toEqual([]);
  });

  it('the Edge reports a missing XmppServer certificate until one is imported and assigned', async () => {
    const store = newStore();
    expect(await problems(store)).toEqual(['Error 30010']);
    await values(`$c = Import-PfxCertificate .\\edge-external.pfx Cert:\\LocalMachine\\My -Password ${SECURE}; Set-CsCertificate -Type XmppServer -Thumbprint $c.Thumbprint`, store, EDGE);
    expect(await problems(store)).toEqual([]);
  });

  it('an expired XmppServer certificate is an error naming its thumbprint', async () => {
    const store = newStore();
    const [thumbprint] = (await values(`(Import-PfxCertificate .\\edge-expired.pfx Cert:\\LocalMachine\\My -Password ${SECURE}).Thumbprint`, store, EDGE)) as string[];
    await runPs(`Set-CsCertificate -Type XmppServer -Thumbprint ${thumbprint} -Force`, { store, computer: EDGE });
    expect(await problems(store)).toEqual(['Error 30011']);
    expect(await values('(Get-EventLog "Lync Server" -InstanceId 30011).Message', store, EDGE)).toEqual([expect.stringContaining(thumbprint!)]);
  });

  it('XMPP partners are refused while the Access Edge does not allow federated users', async () => {
    const store = newStore();
    await values(`$c = Import-PfxCertificate .\\edge-external.pfx Cert:\\LocalMachine\\My -Password ${SECURE}; Set-CsCertificate -Type XmppServer -Thumbprint $c.Thumbprint`, store, EDGE);
    await values('New-CsXmppAllowedPartner -Identity jabber.org', store);
    expect(await problems(store)).toEqual(['Warning 30020']);
    expect(await values('(Get-EventLog "Lync Server" -Source "LS XMPP*" -EntryType Warning).Message', store, EDGE)).toEqual([expect.stringContaining('partner jabber.org was refused')]);
    await values('Set-CsAccessEdgeConfiguration -AllowFederatedUsers $true', store);
    expect(await problems(store)).toEqual([]);
  });

  it('no XMPP events on an Edge without XMPP federation; -ComputerName reads another computer', async () => {
    const store = newStore();
    expect(await values('Get-EventLog "Lync Server" -ComputerName edge01 -EntryType Error | % InstanceId', store)).toEqual([30010]);
    updateServiceProperties(store, 'EdgeServer:edge01.contoso.com', { XmppFederationEnabled: false });
    expect(await problems(store)).toEqual([]);
  });

  it('-Newest takes the latest entries, newest first, in the 5.1 table', async () => {
    const store = newStore();
    const r = await runPs('Get-EventLog -LogName "Lync Server" -Newest 2', { store, computer: EDGE });
    const lines = r.text.split('\n');
    expect(lines.slice(1, 3)).toEqual(['   Index Time          EntryType   Source                 InstanceID Message', '   ----- ----          ---------   ------                 ---------- -------']);
    expect(lines[3]).toMatch(/^ {7}8 \w{3} \d\d \d\d:\d\d  Error       LS XMPP Translati\.\.\. {8}30010 No certificate is assigned/);
    expect(lines[4]).toMatch(/^ {7}7 .* Information .* 30000 /);
    expect(lines).toHaveLength(8);
  });

  it('errors: an unknown log, an unknown EntryType, an unknown computer', async () => {
    const store = newStore();
    const r = await runPs('Get-EventLog -LogName Nope; Get-EventLog "Lync Server" -EntryType Fatal; Get-EventLog "Lync Server" -ComputerName nowhere', { store });
    expect(r.errors).toContain("Get-EventLog : The event log 'Nope' on computer '.' does not exist.");
    expect(r.errors).toContain("Cannot validate argument on parameter 'EntryType'.");
    expect(r.errors).toContain('Get-EventLog : The network path was not found.');
  });
});

describe('Get-WinEvent', () => {
  it('lists the log newest first, grouped by provider, in the 5.1 table', async () => {
    const r = await runPs('Get-WinEvent -LogName "Lync Server" -MaxEvents 2', { store: newStore(), computer: EDGE });
    expect(r.text).toMatch(/^\n\n {3}ProviderName: LS XMPP Translating Gateway Proxy\n\nTimeCreated {21}Id LevelDisplayName Message\n-{11} {21}-- -{16} -{7}\n.{20,25} +30010 Error {12}No certificate/);
    expect(r.errors).toBe('');
  });

  it('-FilterHashtable by level and id; -Oldest reverses the order', async () => {
    const store = newStore();
    await values('Stop-Service RTCRGS', store);
    expect(await values("Get-WinEvent -FilterHashtable @{LogName='Lync Server'; Level=3} | % Id", store)).toEqual([30001]);
    expect(await values("Get-WinEvent -FilterHashtable @{LogName='Lync Server'; Id=30000} -MaxEvents 1 | % Message", store)).toEqual([expect.stringContaining('started.')]);
    const [first] = await values('Get-WinEvent -LogName "Lync Server" -Oldest -MaxEvents 1 | % RecordId', store);
    expect(first).toBe(1);
  });

  it('errors: an unknown log, and nothing matching', async () => {
    const r = await runPs("Get-WinEvent -LogName Nope; Get-WinEvent -FilterHashtable @{LogName='Lync Server'; Level=2}", { store: newStore() });
    expect(r.errors).toContain('Get-WinEvent : There is not an event log on the localhost computer that matches "Nope".');
    expect(r.errors).toContain('Get-WinEvent : No events were found that match the specified selection criteria.');
    expect(r.errors.match(/Get-WinEvent :/g)).toHaveLength(2);
  });
});
