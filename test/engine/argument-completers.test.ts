// Argument completers registered per command and parameter (as Register-ArgumentCompleter does) are
// what the completion service asks for a parameter's value after enums and booleans.
import { afterEach, describe, expect, it } from 'vitest';
import { builtins } from '../../src/cmdlets/index.js';
import { ArgumentCompleterTable, completeInput, identityCandidate, type ArgumentCompletionRequest, type CompletionSession } from '../../src/engine/completion/index.js';

const completers = new ArgumentCompleterTable([], builtins().completers);
const registerArgumentCompleter = completers.register.bind(completers);
const session: CompletionSession = { session: { localComputer: 'fe01.contoso.com', workingDirectory: '/nonexistent', interactive: true }, store: 'the store', completers };
const texts = (line: string): string[] => completeInput(line, line.length, session).candidates.map((c) => c.text);

const undo: (() => void)[] = [];
afterEach(() => undo.splice(0).forEach((f) => f()));

describe('argument completers', () => {
  it('a completer registered for a command\'s parameter gets the typed word and the session, and its candidates are offered', () => {
    const asked: ArgumentCompletionRequest[] = [];
    undo.push(
      registerArgumentCompleter(
        'Identity',
        (request) => {
          asked.push(request);
          return ['Tag:Alpha', 'Tag:Beta One'].filter((v) => v.toLowerCase().startsWith(request.wordToComplete.toLowerCase())).map(identityCandidate);
        },
        'New-CsExternalAccessPolicy',
      ),
    );
    expect(texts('New-CsExternalAccessPolicy -Identity Tag:')).toEqual(['Tag:Alpha', "'Tag:Beta One'"]);
    expect(texts('New-CsExternalAccessPolicy Tag:B')).toEqual(["'Tag:Beta One'"]);
    expect(asked[0]!.metadata.name).toBe('New-CsExternalAccessPolicy');
    expect(asked[0]!.parameter.name).toBe('Identity');
    expect(asked[0]!.session.store).toBe('the store');
  });

  it('the command\'s own completer wins over one for the parameter name on every command', () => {
    undo.push(registerArgumentCompleter('Identity', () => [identityCandidate('any-command')]));
    undo.push(registerArgumentCompleter('Identity', () => [identityCandidate('this-command')], 'New-CsXmppAllowedPartner'));
    expect(texts('New-CsXmppAllowedPartner -Identity ')).toEqual(['this-command']);
    expect(texts('New-CsExternalAccessPolicy -Identity ')).toEqual(['any-command']);
  });

  it('enum values come from the metadata, before any completer', () => {
    undo.push(registerArgumentCompleter('TlsNegotiation', () => [identityCandidate('never')], 'New-CsXmppAllowedPartner'));
    expect(texts('New-CsXmppAllowedPartner -TlsNegotiation Req')).toEqual(['Required']);
  });

  it('a completer that fails offers nothing instead of an internal error', () => {
    undo.push(
      registerArgumentCompleter(
        'Identity',
        () => {
          throw new Error('store closed');
        },
        'New-CsExternalAccessPolicy',
      ),
    );
    expect(texts('New-CsExternalAccessPolicy -Identity x')).toEqual([]);
  });

  it('without a store the Skype identity completers offer nothing', () => {
    const noStore: CompletionSession = { session: session.session, completers: builtins().completers };
    expect(completeInput('Get-CsSite -Identity Red', 24, noStore).candidates).toEqual([]);
  });

  it("a session's own completer for a command wins over the built-in one; taken back out, the built-in one answers again", () => {
    const line = 'Remove-CsXmppAllowedPartner -Identity ';
    const noStore: CompletionSession = { ...session, store: undefined };
    const remove = registerArgumentCompleter('Identity', () => [identityCandidate('own')], 'Remove-CsXmppAllowedPartner');
    expect(completeInput(line, line.length, noStore).candidates.map((c) => c.text)).toEqual(['own']);
    remove();
    expect(completeInput(line, line.length, noStore).candidates).toEqual([]);
    expect(builtins().completers.find('Remove-CsXmppAllowedPartner', 'Identity')).toBeDefined();
  });
});
