// Help of the configuration cmdlets: every cmdlet has an entry, every catalog parameter a description,
// and at least two examples. (The examples themselves run in test/catalog/help-examples.test.ts.)
import { describe, expect, it } from 'vitest';
import { catalogCmdletNames, csMetadata } from '../../src/catalog/registry.js';
import { builtins } from '../../src/cmdlets/index.js';
import '../../src/cmdlets/cs/help/external-access.js';
import '../../src/cmdlets/cs/help/xmpp.js';
import '../../src/cmdlets/cs/help/edge.js';
import '../../src/cmdlets/cs/help/providers.js';

const CONFIG_CMDLETS = [
  ...['Get', 'New', 'Set', 'Remove'].map((v) => `${v}-CsExternalAccessPolicy`),
  ...['Get', 'New', 'Set', 'Remove'].map((v) => `${v}-CsXmppAllowedPartner`),
  'Get-CsXmppGatewayConfiguration',
  'Set-CsXmppGatewayConfiguration',
  'Get-CsAccessEdgeConfiguration',
  'Set-CsAccessEdgeConfiguration',
  ...['Get', 'New', 'Set', 'Remove'].map((v) => `${v}-CsAllowedDomain`),
  ...['Get', 'New', 'Set', 'Remove'].map((v) => `${v}-CsBlockedDomain`),
  ...['Get', 'New', 'Set', 'Remove', 'Enable', 'Disable'].map((v) => `${v}-CsPublicProvider`),
  ...['Get', 'New', 'Set', 'Remove', 'Enable', 'Disable'].map((v) => `${v}-CsHostingProvider`),
];

describe('configuration cmdlet help', () => {
  it('covers every catalog cmdlet of the configuration nouns, and nothing else', () => {
    const nouns = new Set(CONFIG_CMDLETS.map((n) => n.slice(n.indexOf('-') + 1).toLowerCase()));
    // Grant-CsExternalAccessPolicy assigns a policy to users: its help lives with the user cmdlets.
    const verbs = new Set(['Get', 'New', 'Set', 'Remove', 'Enable', 'Disable']);
    const inCatalog = catalogCmdletNames().filter((n) => verbs.has(n.slice(0, n.indexOf('-'))) && nouns.has(n.slice(n.indexOf('-') + 1).toLowerCase()));
    expect([...CONFIG_CMDLETS].sort()).toEqual([...inCatalog].sort());
    for (const name of CONFIG_CMDLETS) expect(builtins().cmdlets.get(name), name).toBeDefined();
  });

  it.each(CONFIG_CMDLETS)('%s has synopsis, description, examples and every parameter', (name) => {
    const entry = builtins().help.get(name);
    expect(entry, name).toBeDefined();
    expect(entry!.synopsis.length).toBeGreaterThan(10);
    expect(entry!.description.length).toBeGreaterThan(20);
    expect(entry!.examples.length).toBeGreaterThanOrEqual(2);
    for (const ex of entry!.examples) {
      expect(ex.code).toMatch(new RegExp(name.replace('-', '\\-'), 'i'));
      expect(ex.remarks.length).toBeGreaterThan(5);
    }
    const missing = csMetadata(name).parameters.map((p) => p.name).filter((p) => !entry!.parameters[p]);
    expect(missing).toEqual([]);
  });
});
