// The demo deployment in a new store: migrations, seed, and the repositories' reads.
import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/open.js';
import { Store } from '../../src/store/store.js';
import { migrations } from '../../src/store/migrations/index.js';
import {
  computerRoles,
  getEdgeForSite,
  getPool,
  getSite,
  isEdgeComputer,
  listComputers,
  listPools,
  listServices,
  listSipDomains,
  listSites,
  poolSupportsXmpp,
} from '../../src/store/topologyRepository.js';
import { countUsers, countUsersWithPolicy, findUsers, getUserBySip, resolveUser, searchUsersByPrefix, setUserPolicy } from '../../src/store/usersRepository.js';
import { listDnsRecords, resolveSrv } from '../../src/store/dnsRepository.js';
import { listReplicas, listWindowsServices } from '../../src/store/topologyRuntime.js';

describe('migrations', () => {
  it('a new store reaches the last migration version and is seeded once', () => {
    const dir = mkdtempSync(join(tmpdir(), 'csshell-seed-'));
    const path = join(dir, 'a.db');
    const s = openStore(path);
    expect(s.isNew).toBe(true);
    expect(s.db.pragma('user_version', { simple: true })).toBe(Math.max(...migrations.map((m) => m.version)));
    expect(s.getMeta('seeded')).toBe('1');
    const users = countUsers(s);
    s.close();
    const again = openStore(path);
    expect(again.isNew).toBe(false);
    expect(countUsers(again)).toBe(users);
    expect(listSites(again)).toHaveLength(2);
    again.close();
  });

  it('Store.open alone migrates without seeding', () => {
    const s = Store.open(':memory:');
    expect(listSites(s)).toEqual([]);
    expect(s.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'replicas'").get()).toBeTruthy();
  });
});

describe('the demo deployment', () => {
  const s = openStore(':memory:');

  it('SIP domain, sites and their routes', () => {
    expect(listSipDomains(s)).toEqual([{ name: 'contoso.com', isDefault: true }]);
    expect(listSites(s).map((x) => [x.name, x.siteId])).toEqual([['Redmond', 1], ['Dublin', 2]]);
    expect(getSite(s, 'site:redmond')?.xmppFederationRoute).toBe('EdgeServer:edge01.contoso.com');
    expect(getSite(s, 'Redmond')?.federationRoute).toBe('EdgeServer:edge01.contoso.com');
    expect(getSite(s, '2')?.name).toBe('Dublin');
    expect(getSite(s, 'Paris')).toBeUndefined();
  });

  it('pools, versions and computers', () => {
    expect(listPools(s).map((p) => p.fqdn)).toEqual(['pool01.contoso.com', 'pool02.contoso.com', 'edge01.contoso.com']);
    expect(getPool(s, 'POOL01.contoso.com')).toMatchObject({ site: 'Redmond', productVersion: 'SkypeForBusinessServer2015' });
    expect(poolSupportsXmpp(getPool(s, 'pool01.contoso.com')!)).toBe(true);
    expect(poolSupportsXmpp(getPool(s, 'pool02.contoso.com')!)).toBe(false);
    expect(listComputers(s, { pool: 'pool01.contoso.com' }).map((c) => c.fqdn)).toEqual(['fe01.contoso.com', 'fe02.contoso.com']);
    expect(listComputers(s, { pool: 'edge01.contoso.com' }).map((c) => c.fqdn)).toEqual(['edge01.contoso.com']);
  });

  it('services and roles; the Edge with its XMPP settings', () => {
    const edge = getEdgeForSite(s, 'Redmond');
    expect(edge?.identity).toBe('EdgeServer:edge01.contoso.com');
    expect(edge?.properties).toMatchObject({ AccessEdgeExternalFqdn: 'sip.contoso.com', XmppListeningPort: 5269, XmppFederationEnabled: true, AccessEdgeExternalSipPort: 5061 });
    expect(getEdgeForSite(s, 'Dublin')).toBeUndefined();
    expect(getEdgeForSite(s, 'Dublin', 'sip')?.identity).toBe('EdgeServer:edge01.contoso.com');
    expect(computerRoles(s, 'edge01.contoso.com')).toEqual(['EdgeServer']);
    expect(isEdgeComputer(s, 'fe01.contoso.com')).toBe(false);
    expect(computerRoles(s, 'fe01.contoso.com')).toContain('CentralManagement');
    expect(listServices(s, { role: 'Registrar' }).map((x) => x.serviceId)).toEqual(['1-Registrar-1', '2-Registrar-1']);
    expect(listServices(s, { pool: 'pool02.contoso.com' }).every((x) => x.version === 8)).toBe(true);
  });

  it('users: at least 40 enabled over both pools, plus AD-only accounts', () => {
    expect(countUsers(s, { csOnly: true })).toBeGreaterThanOrEqual(40);
    expect(countUsers(s) - countUsers(s, { csOnly: true })).toBeGreaterThanOrEqual(3);
    const ken = getUserBySip(s, 'kenmyer@contoso.com')!;
    expect(ken).toMatchObject({ displayName: 'Ken Myer', registrarPool: 'pool01.contoso.com', department: 'Sales', city: 'Redmond', enabled: true, samAccountName: 'kenmyer', userPrincipalName: 'kenmyer@contoso.com' });
    expect(ken.dn).toBe('CN=Ken Myer,OU=Redmond,DC=contoso,DC=com');
    expect(getUserBySip(s, 'sip:pilar@contoso.com')).toMatchObject({ displayName: 'Pilar Ackerman', registrarPool: 'pool02.contoso.com', department: 'Finance', city: 'Dublin' });
  });

  it('identity resolution in every form', () => {
    for (const id of ['sip:kenmyer@contoso.com', 'SIP:KenMyer@Contoso.com', 'kenmyer@contoso.com', 'Ken Myer', 'ken myer', 'Ken*', 'CONTOSO\\kenmyer', 'CN=Ken Myer,OU=Redmond,DC=contoso,DC=com', 'kenmyer']) {
      expect(findUsers(s, id).map((u) => u.sipAddress), id).toEqual(['sip:kenmyer@contoso.com']);
    }
    expect(findUsers(s, '* Ackerman').map((u) => u.displayName)).toEqual(['Pilar Ackerman']);
    expect(findUsers(s, 'nobody@contoso.com')).toEqual([]);
    expect(resolveUser(s, 'Nora Lindgren', { csOnly: true })).toBeUndefined();
    expect(resolveUser(s, 'Nora Lindgren')?.sipAddress).toBeNull();
  });

  it('prefix search for completion and per-user policy assignment', () => {
    expect(searchUsersByPrefix(s, 'pil').map((u) => u.sipAddress)).toEqual(['sip:pilar@contoso.com']);
    expect(searchUsersByPrefix(s, 'Pilar A').map((u) => u.displayName)).toEqual(['Pilar Ackerman']);
    const ken = getUserBySip(s, 'kenmyer@contoso.com')!;
    setUserPolicy(s, ken.id, 'ExternalAccessPolicy', 'tag:XmppUsers');
    setUserPolicy(s, ken.id, 'ClientPolicy', 'Kiosk');
    expect(getUserBySip(s, 'kenmyer@contoso.com')).toMatchObject({ externalAccessPolicy: 'XmppUsers', policies: { ClientPolicy: 'Kiosk' } });
    expect(countUsersWithPolicy(s, 'ExternalAccessPolicy', 'XmppUsers')).toBe(1);
    expect(countUsersWithPolicy(s, 'ClientPolicy', 'kiosk')).toBe(1);
    setUserPolicy(s, ken.id, 'ExternalAccessPolicy', null);
    expect(countUsersWithPolicy(s, 'ExternalAccessPolicy', 'XmppUsers')).toBe(0);
  });

  it('DNS zone, Windows services and replicas', () => {
    expect(resolveSrv(s, '_xmpp-server._tcp.contoso.com')).toEqual([{ name: '_xmpp-server._tcp.contoso.com', type: 'SRV', target: 'sip.contoso.com', port: 5269, priority: 0, weight: 0 }]);
    expect(resolveSrv(s, '_sipfederationtls._tcp.contoso.com')[0]).toMatchObject({ target: 'sip.contoso.com', port: 5061 });
    expect(listDnsRecords(s, { type: 'A' }).map((r) => r.name)).toContain('sip.contoso.com');
    expect(listWindowsServices(s, 'fe01.contoso.com').map((w) => w.name)).toEqual(expect.arrayContaining(['RTCSRV', 'RTCXMPPTGW', 'REPLICA']));
    expect(listWindowsServices(s, 'edge01.contoso.com').map((w) => w.name)).toContain('RTCXMPPTGWPX');
    expect(listWindowsServices(s, 'fe03.contoso.com').map((w) => w.name)).not.toContain('RTCXMPPTGW');
    expect(listWindowsServices(s, 'edge01.contoso.com').every((w) => w.status === 'Running')).toBe(true);
    expect(listReplicas(s).map((r) => r.fqdn)).toEqual(['fe01.contoso.com', 'fe02.contoso.com', 'fe03.contoso.com', 'edge01.contoso.com']);
  });
});

describe('DOMAIN\\account identities', () => {
  it('need the deployment\'s NetBIOS domain name', () => {
    const s = openStore(':memory:');
    expect(findUsers(s, 'contoso\\kenmyer')).toHaveLength(1);
    expect(findUsers(s, 'FABRIKAM\\kenmyer')).toHaveLength(0);
  });
});
