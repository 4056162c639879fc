// Argument completers belong to a session: the Skype module's are declared data every session starts
// with, and a completer one session adds is never offered in another session of the same process.
import { describe, expect, it } from 'vitest';
import { completeInput, identityCandidate, type CompletionSession } from '../../src/engine/completion/index.js';
import { insertDocument } from '../../src/store/configRepository.js';
import { newEngine } from '../helpers/run.js';

const info = { localComputer: 'fe01.contoso.com', workingDirectory: '/nonexistent', interactive: true };

function texts(line: string, completion: CompletionSession): string[] {
  return completeInput(line, line.length, completion).candidates.map((c) => c.text);
}

describe('argument completers per session', () => {
  it('loading the cmdlet modules registers no completer: a completion session without completers offers no identities', () => {
    const { store } = newEngine();
    insertDocument(store, 'XmppAllowedPartner', 'relative', { Identity: 'jabber.org' });
    expect(texts('Remove-CsXmppAllowedPartner -Identity jab', { session: info, store })).toEqual([]);
    store.close();
  });

  it("a session's completers offer the Skype identities from its store", () => {
    const { engine, store } = newEngine();
    insertDocument(store, 'XmppAllowedPartner', 'relative', { Identity: 'jabber.org' });
    expect(texts('Remove-CsXmppAllowedPartner -Identity jab', { session: info, store, completers: engine.services.state.completers })).toEqual(['jabber.org']);
    store.close();
  });

  it('a completer one session registers is not offered in another session', () => {
    const first = newEngine();
    const second = newEngine();
    first.engine.services.state.completers.register('Identity', () => [identityCandidate('first-only')], 'New-CsExternalAccessPolicy');
    const line = 'New-CsExternalAccessPolicy -Identity ';
    expect(texts(line, { session: info, store: first.store, completers: first.engine.services.state.completers })).toEqual(['first-only']);
    expect(texts(line, { session: info, store: second.store, completers: second.engine.services.state.completers })).not.toContain('first-only');
    first.store.close();
    second.store.close();
  });
});
