// Every help example of the configuration cmdlets runs without errors on a fresh demo store.
import { describe, expect, it } from 'vitest';
import { allHelpEntries } from '../../src/catalog/help.js';
import { runPs } from '../helpers/run.js';

const FAMILY = /-Cs(ExternalAccessPolicy|XmppAllowedPartner|XmppGatewayConfiguration|AccessEdgeConfiguration|AllowedDomain|BlockedDomain|PublicProvider|HostingProvider)$/i;

const examples = allHelpEntries()
  .filter(([name]) => FAMILY.test(name) && !/^grant-/i.test(name))
  .flatMap(([name, entry]) => entry.examples.map((ex, i) => [`${name} #${i + 1} ${ex.title}`, ex.code] as [string, string]));

describe('configuration cmdlet help examples', () => {
  it('are all there', () => {
    expect(examples.length).toBeGreaterThanOrEqual(64);
  });

  it.each(examples)('%s', async (_title, code) => {
    const r = await runPs(code);
    expect(r.errors).toBe('');
    expect(r.terminatingError).toBe(false);
    expect(r.parseErrors).toBe(false);
  });
});
