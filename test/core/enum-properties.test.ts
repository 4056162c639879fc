// Which object properties hold enums, and their numbers, are declared data the session starts with
// (builtins()): ConvertTo-Json and `--output json` write the numbers from the session's table, and
// loading the cmdlet modules writes no process-wide table.
import { describe, expect, it } from 'vitest';
import { builtins } from '../../src/cmdlets/index.js';
import { compressJson, toJsonTree } from '../../src/cmdlets/core/json.js';
import { serviceController } from '../../src/cmdlets/core/serviceControllers.js';
import type { WindowsServiceRecord } from '../../src/store/topologyTypes.js';
import { XMPP_ALLOWED_PARTNER_TYPE } from '../../src/cmdlets/cs/xmpp/xmpp.js';
import { evalPs } from '../helpers/run.js';

const SERVICE_CONTROLLER = 'System.ServiceProcess.ServiceController';
const running = serviceController({ record: { computer: 'fe01.contoso.com', name: 'FTA', displayName: 'Skype for Business Server File Transfer Agent', status: 'Running' } satisfies WindowsServiceRecord, machineName: '.' });

describe('enum-typed properties', () => {
  it("the built-in table gives .NET's documented numbers and the Cs enums' declaration order", () => {
    const table = builtins().enumProperties;
    expect(table.numberOf([SERVICE_CONTROLLER], 'Status', 'Running')).toBe(4);
    expect(table.numberOf([`Selected.${SERVICE_CONTROLLER}`], 'starttype', 'manual')).toBe(3);
    expect(table.numberOf([XMPP_ALLOWED_PARTNER_TYPE], 'TlsNegotiation', 'Optional')).toBe(1);
    expect(table.numberOf([SERVICE_CONTROLLER], 'Status', 'NoSuchState')).toBeUndefined();
    expect(table.numberOf([SERVICE_CONTROLLER], 'Name', 'Running')).toBeUndefined();
  });

  it('loading the cmdlet modules declares nothing process-wide: without the table an enum is written by its name', () => {
    expect(compressJson(toJsonTree(running, 1))).toContain('"Status":"Running"');
    expect(compressJson(toJsonTree(running, 1, builtins().enumProperties))).toContain('"Status":4');
  });

  it("ConvertTo-Json in a session writes the numbers from the session's table", async () => {
    const { values, store } = await evalPs('New-CsXmppAllowedPartner x.org -TlsNegotiation Optional | Out-Null; Get-CsXmppAllowedPartner x.org | Select-Object TlsNegotiation | ConvertTo-Json -Compress');
    expect(values).toEqual(['{"TlsNegotiation":1}']);
    store.close();
  });

  it("a user's ExchangeArchivingPolicy is written as its number (the catalog's order) by ConvertTo-Json", async () => {
    const { values, store } = await evalPs('Get-CsUser -Identity "sip:kenmyer@contoso.com" | Select-Object ExchangeArchivingPolicy | ConvertTo-Json -Compress');
    expect(values).toEqual(['{"ExchangeArchivingPolicy":0}']);
    store.close();
  });
});
