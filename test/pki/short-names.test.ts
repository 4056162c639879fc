// Request-CsCertificate -ComputerFqdn and Get-CsWindowsService -ComputerName with a computer's short name.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newStore, runPs } from '../helpers/run.js';
import { findComputerByName, insertComputer } from '../../src/store/topologyRepository.js';

describe('short computer names', () => {
  it('Request-CsCertificate -ComputerFqdn edge01 names the Edge computer edge01.contoso.com', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'csshell-short-'));
    const r = await runPs('Request-CsCertificate -New -Type AccessEdgeExternal,XMPPServer -ComputerFqdn edge01 -KeySize 1024 -Output C:\\edge.req', { workingDirectory: dir });
    expect(r.errors).toBe('');
    expect(readFileSync(join(dir, 'edge.req'), 'utf8')).toContain('-----BEGIN CERTIFICATE REQUEST-----');
    const list = await runPs('Request-CsCertificate -New -Type XMPPServer -ComputerFqdn EDGE01 -KeySize 1024 -WhatIf', { workingDirectory: dir });
    expect(list.errors).toBe('');
    expect(list.output).toContain('CN=sip.contoso.com');
  });

  it('an unknown or ambiguous short name keeps the not-found error', async () => {
    const store = newStore();
    const unknown = await runPs('Request-CsCertificate -New -Type Default -ComputerFqdn fe09', { store });
    expect(unknown.errors).toContain('Computer "fe09" was not found in the topology.');
    insertComputer(store, { fqdn: 'fe01.fabrikam.com', pool: 'pool01.contoso.com', ipAddress: null }, 99);
    expect(findComputerByName(store, 'fe01')).toBeUndefined();
    expect(findComputerByName(store, 'fe02')?.fqdn).toBe('fe02.contoso.com');
    expect(findComputerByName(store, 'fe_2')).toBeUndefined();
    const ambiguous = await runPs('Request-CsCertificate -New -Type Default -ComputerFqdn fe01', { store });
    expect(ambiguous.errors).toContain('Computer "fe01" was not found in the topology.');
  });

  it('Get-CsWindowsService -ComputerName accepts the short name too', async () => {
    const r = await runPs('Get-CsWindowsService -ComputerName edge01 -Name RTCXMPPTGWPX | % ComputerName');
    expect(r.errors).toBe('');
    expect(r.output.trim()).toBe('edge01.contoso.com');
  });
});
