// The default views are data (src/format/views/): each family loads, every view shows something, and the
// views written out by name match the objects the commands really produce.

import { describe, expect, it } from 'vitest';
import { VIEW_FAMILIES } from '../../src/format/views/index.js';
import { findView, type View } from '../../src/format/views.js';
import { hasProperty, typeNamesOf } from '../../src/engine/runtime/members.js';
import { PSObject } from '../../src/engine/runtime/values.js';
import { newEngine } from '../helpers/run.js';

const allViews = Object.values(VIEW_FAMILIES).flatMap((f) => Object.entries(f.views));

/** The properties a view reads by name (computed fields read what they like). */
function viewProperties(view: View): string[] {
  const fields = view.kind === 'table' ? view.columns : view.kind === 'list' ? view.items : view.kind === 'wide' ? [view.field] : [];
  return fields.filter((f) => !f.value && f.property).map((f) => f.property!);
}

describe('view families', () => {
  it('each family holds views, and each view shows at least one field or renders itself', () => {
    for (const [name, family] of Object.entries(VIEW_FAMILIES)) expect(Object.keys(family.views).length, name).toBeGreaterThan(0);
    for (const [typeName, view] of allViews) {
      if (view.kind === 'table') expect(view.columns.length, typeName).toBeGreaterThan(0);
      if (view.kind === 'list') expect(view.items.length, typeName).toBeGreaterThan(0);
      if (view.kind === 'custom') expect(typeof view.render, typeName).toBe('function');
    }
  });

  it('no type name is claimed by two families', () => {
    const names = allViews.map(([t]) => t.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
  });

  // One script per family of commands; each produces objects of the type its view is written for.
  const CARRIERS: [string, string][] = [
    ['Get-CsUser | Select-Object -First 1', 'Microsoft.Rtc.Management.ADConnect.Schema.ADUser'],
    ['New-CsHostingProvider -Identity Hosted -ProxyFqdn proxy.hosted.example.com -Enabled $true', 'Microsoft.Rtc.Management.WritableConfig.Settings.Edge.DisplayHostingProvider'],
    ['Get-CsWindowsService | Select-Object -First 1', 'Microsoft.Rtc.Management.Deployment.Core.NTService'],
    ['Resolve-DnsName -Name _xmpp-server._tcp.contoso.com -Type SRV', 'Microsoft.DnsClient.Commands.DnsRecord_SRV'],
    ['Get-Location', 'System.Management.Automation.PathInfo'],
    ['Get-Command Get-CsUser', 'System.Management.Automation.CmdletInfo'],
    ['Get-Variable -Name PSHOME', 'System.Management.Automation.PSVariable'],
    ['Get-Culture', 'System.Globalization.CultureInfo'],
    ["'a line' | Select-String line", 'Microsoft.PowerShell.Commands.MatchInfo'],
    ['1, 2 | Group-Object', 'Microsoft.PowerShell.Commands.GroupInfo'],
    ["'x' | Get-Member -MemberType Property", 'Microsoft.PowerShell.Commands.MemberDefinition'],
  ];

  it('the views of real objects are found by their type name and read properties the objects carry', async () => {
    const { engine } = newEngine();
    for (const [script, typeName] of CARRIERS) {
      const values = await engine.invoke(script);
      const carrier = values.find((v) => typeNamesOf(v).includes(typeName));
      expect(carrier, `${script} → ${typeName}`).toBeDefined();
      const view = findView(carrier);
      expect(view, typeName).toBe(allViews.find(([t]) => t === typeName)?.[1]);
      for (const p of viewProperties(view!)) expect(hasProperty(carrier, p), `${typeName}.${p}`).toBe(true);
    }
  });

  it("the user view lists Get-CsUser's printed properties in the object's order, before the hidden ones", async () => {
    const { engine } = newEngine();
    const [user] = (await engine.invoke('Get-CsUser | Select-Object -First 1')) as PSObject[];
    const shown = viewProperties(findView(user)!);
    expect(user!.propertyNames().slice(0, shown.length)).toEqual(shown);
    expect(shown).not.toContain('UserPrincipalName');
  });

  it('the hosting provider view shows every property but SipClientPort, in the object order', async () => {
    const { engine } = newEngine();
    const [provider] = (await engine.invoke('New-CsHostingProvider -Identity Hosted -ProxyFqdn proxy.hosted.example.com -Enabled $true')) as PSObject[];
    const shown = viewProperties(findView(provider)!);
    expect(shown).toEqual(provider!.propertyNames().filter((n) => n !== 'SipClientPort'));
  });
});
