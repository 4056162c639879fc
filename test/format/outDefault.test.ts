import { describe, expect, it } from 'vitest';
import { formatDefault, registerView, toDisplayString } from '../../src/format/index.js';
import { PSArrayList, PSHashtable, PSObject, TimeSpan } from '../../src/engine/runtime/values.js';

const EDGE = 'Microsoft.Rtc.Management.WritableConfig.Settings.Edge.AccessEdgeConfiguration';
const POLICY = 'Microsoft.Rtc.Management.WritableConfig.Policy.ExternalAccess.ExternalAccessPolicy';

function accessEdge(): PSObject {
  return new PSObject(EDGE, [
    ['Identity', 'Global'],
    ['AllowAnonymousUsers', false],
    ['AllowFederatedUsers', false],
    ['AllowOutsideUsers', true],
    ['BeClearingHouse', false],
    ['EnablePartnerDiscovery', false],
    ['EnableArchivingDisclaimer', false],
    ['EnableUserReplicator', true],
    ['KeepCrlsUpToDateForPeers', true],
    ['MarkSourceVerifiableOnOutgoingMessages', true],
    ['OutgoingTlsCountForFederatedPartners', 4],
    ['DiscoveredPartnerStandardRate', 20],
    ['EnableDiscoveredPartnerContactsLimit', true],
    ['MaxContactsPerDiscoveredPartner', 1000],
    ['DiscoveredPartnerReportPeriodMinutes', 60],
    ['MaxAcceptedCertificatesStored', 1000],
    ['MaxRejectedCertificatesStored', 500],
    ['CertificatesDeletedPercentage', 20],
    ['RoutingMethod', 'UseDnsSrvRouting'],
  ]);
}

function policy(identity: string, fed = false, outside = false): PSObject {
  return new PSObject(POLICY, [
    ['Identity', identity],
    ['Description', null],
    ['EnableFederationAccess', fed],
    ['EnableXmppAccess', false],
    ['EnablePublicCloudAccess', false],
    ['EnablePublicCloudAudioVideoAccess', false],
    ['EnableOutsideAccess', outside],
  ]);
}

describe('formatDefault: Cs objects as lists (DOMAIN §2 samples)', () => {
  it('prints Get-CsAccessEdgeConfiguration exactly like LS13, framed like the 5.1 console', () => {
    const lines = formatDefault([accessEdge()], 120);
    expect(lines).toEqual([
      '',
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
      '',
      '',
    ]);
  });

  it('prints ExternalAccessPolicy with an empty Description without trailing space, objects separated by one blank line', () => {
    const lines = formatDefault([policy('Global'), policy('Tag:FederationOnly', true, true)], 120);
    expect(lines.join('\n')).toBe(
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
        'Identity                          : Tag:FederationOnly',
        'Description                       :',
        'EnableFederationAccess            : True',
        'EnableXmppAccess                  : False',
        'EnablePublicCloudAccess           : False',
        'EnablePublicCloudAudioVideoAccess : False',
        'EnableOutsideAccess               : True',
        '',
        '',
      ].join('\n'),
    );
  });

  it('prints collections in braces, truncated after four items, and wraps long values under the value column', () => {
    const site = new PSObject('Microsoft.Rtc.Management.Xds.DisplaySite', [
      ['Identity', 'Site:LyncLab'],
      ['Services', ['UserServer:lync.server.telligent.com', 'Registrar:lync.server.telligent.com', 'UserDatabase:lync.server.telligent.com', 'FileStore:lync.server.telligent.com', 'WebServer:lync.server.telligent.com']],
      ['Pools', ['lync.server.telligent.com']],
      ['FederationRoute', null],
      ['Empty', []],
      ['DefaultPersistentChatPool', null],
    ]);
    const lines = formatDefault([site], 80);
    expect(lines).toEqual([
      '',
      'Identity                  : Site:LyncLab',
      'Services                  : {UserServer:lync.server.telligent.com,',
      '                            Registrar:lync.server.telligent.com,',
      '                            UserDatabase:lync.server.telligent.com,',
      '                            FileStore:lync.server.telligent.com...}',
      'Pools                     : {lync.server.telligent.com}',
      'FederationRoute           :',
      'Empty                     : {}',
      'DefaultPersistentChatPool :',
      '',
      '',
    ]);
  });

  it('prints nothing for an empty result', () => {
    expect(formatDefault([], 120)).toEqual([]);
    expect(formatDefault([null], 120)).toEqual([]);
  });
});

describe('formatDefault: tables and scalars', () => {
  it('shows small custom objects as a table sized from the data, numbers right-aligned', () => {
    const rows = [
      new PSObject(undefined, { Name: 'fe01.contoso.com', Pool: 'pool01.contoso.com', Count: 12 }),
      new PSObject(undefined, { Name: 'fe03.contoso.com', Pool: 'pool02.contoso.com', Count: 3 }),
    ];
    expect(formatDefault(rows, 120)).toEqual([
      '',
      'Name             Pool               Count',
      '----             ----               -----',
      'fe01.contoso.com pool01.contoso.com    12',
      'fe03.contoso.com pool02.contoso.com     3',
      '',
      '',
    ]);
  });

  it('shows objects with five or more properties as a list', () => {
    const o = new PSObject(undefined, { a: 1, b: 2, c: 3, d: 4, e: 5 });
    expect(formatDefault([o], 120)).toEqual(['', 'a : 1', 'b : 2', 'c : 3', 'd : 4', 'e : 5', '', '']);
  });

  it('prints strings and numbers one per line without framing', () => {
    expect(formatDefault(['a', 1, true, 2.5, ['x', 'y']], 120)).toEqual(['a', '1', 'True', '2.5', 'x', 'y']);
  });

  it('shows a hashtable as Name/Value with a 30-character Name column', () => {
    const h = new PSHashtable();
    h.set('Identity', 'gmail.com');
    h.set('Count', 3);
    expect(formatDefault([h], 120)).toEqual([
      '',
      'Name                           Value',
      '----                           -----',
      'Identity                       gmail.com',
      'Count                          3',
      '',
      '',
    ]);
  });

  it('truncates table cells that do not fit with three dots', () => {
    const rows = [new PSObject(undefined, { Name: 'x', Description: 'y'.repeat(100) })];
    const lines = formatDefault(rows, 41);
    expect(lines[3]).toBe('x    ' + 'y'.repeat(32) + '...');
    expect(lines[3]!.length).toBe(40);
  });

  it('switches to list for objects with a view of their own once a generated table is open', () => {
    registerView('Test.OwnView', { kind: 'table', columns: [{ property: 'P' }] });
    const a = new PSObject(undefined, { Name: 'a' });
    const big = new PSObject('Test.OwnView', { P: 1 });
    const lines = formatDefault([a, big, new PSObject(undefined, { Name: 'b' })], 120);
    expect(lines).toEqual(['', 'Name', '----', 'a', '', 'P : 1', '', 'b', '', '']);
  });

  it('prints a date on its own in long form and a time span as a list', () => {
    const d = new Date(2026, 10, 26, 13, 5, 9);
    expect(formatDefault([d], 120)).toEqual(['', 'Thursday, November 26, 2026 1:05:09 PM', '', '']);
    expect(toDisplayString(d)).toBe('11/26/2026 1:05:09 PM');
    const lines = formatDefault([new TimeSpan(25361946)], 120);
    expect(lines).toContain('Seconds           : 2');
    expect(lines).toContain('TotalSeconds      : 2.5361946');
  });
});

describe('toDisplayString', () => {
  it('renders the basic values like PowerShell', () => {
    expect(toDisplayString(null)).toBe('');
    expect(toDisplayString(false)).toBe('False');
    expect(toDisplayString(0.1 + 0.2)).toBe('0.3');
    expect(toDisplayString(new PSObject(undefined, { a: 1, b: 'x' }))).toBe('@{a=1; b=x}');
    expect(toDisplayString(new PSArrayList(['a', 'b']))).toBe('{a, b}');
    expect(toDisplayString(new TimeSpan(25361946))).toBe('00:00:02.5361946');
  });
});

describe('formatDefault: one view per type, chosen by the first object', () => {
  it('keeps the first object columns for later custom objects (empty row when they lack them)', () => {
    const lines = formatDefault([new PSObject(undefined, { a: 1 }), new PSObject(undefined, { b: 2 })], 120);
    expect(lines).toEqual(['', 'a', '-', '1', '', '', '']);
  });

  it('keeps a list for a type whose first object was shown as a list', () => {
    const big = new PSObject(undefined, { a: 1, b: 2, c: 3, d: 4, e: 5 });
    const small = new PSObject(undefined, { a: 9 });
    expect(formatDefault([big, small], 120)).toEqual(['', 'a : 1', 'b : 2', 'c : 3', 'd : 4', 'e : 5', '', 'a : 9', '', '']);
  });
});

describe('formatDefault: empty objects', () => {
  it('prints nothing for an object without properties', () => {
    expect(formatDefault([new PSObject()], 120)).toEqual([]);
    expect(formatDefault([new PSObject(), 'x'], 120)).toEqual(['x']);
  });
});

describe('formatDefault: a generated table takes later objects without a view', () => {
  it('puts objects of other view-less types into the open table', () => {
    const a = new PSObject('Selected.Microsoft.Rtc.Management.Xds.DisplayUserServer', { Identity: 'UserServer:pool01' });
    const b = new PSObject('Selected.Microsoft.Rtc.Management.Xds.DisplayRegistrar', { Identity: 'Registrar:pool01' });
    expect(formatDefault([a, b], 120)).toEqual(['', 'Identity', '--------', 'UserServer:pool01', 'Registrar:pool01', '', '']);
  });
});
