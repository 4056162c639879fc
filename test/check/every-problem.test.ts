// `csshell check` reports every problem of a file at once: after a parse error, every binding problem
// of a command, inside literal splats, with "did you mean" hints and warnings for foreign modules.

import { describe, expect, it } from 'vitest';
import { checkScript } from '../../src/engine/check/scriptCheck.js';
import { builtins } from '../../src/cmdlets/index.js';

async function found(script: string): Promise<string[]> {
  return (await checkScript(script, undefined, { cmdlets: builtins().cmdlets })).map((f) => `${f.line}:${f.column} ${f.errorId}`);
}

describe('check after a parse error', () => {
  it('still checks the commands above a missing closing brace at the end', async () => {
    const script = [
      'New-CsExternalAccessPolicy -Identity XmppUsers -EnableXmpAccess $true',
      'Set-CsAccessEdgeConfiguration -AllowFederatedUsers yes',
      'foreach ($u in $users) {',
      '  Grant-CsExternalAccessPolicy -Identity $u -PolicyNme XmppUsers',
    ].join('\n');
    expect(await found(script)).toEqual([
      '1:48 NamedParameterNotFound',
      '2:52 CannotConvertArgument',
      '3:24 ParserError',
      '4:45 NamedParameterNotFound',
    ]);
  });

  it('resumes at the next top-level statement after an unclosed bracket swallows the rest', async () => {
    const script = [
      '$h = @{ Identity = "x"',
      'Get-CsUsr',
      'New-CsXmppAllowedPartner -Identity a.org -Bogus 1',
      '$x = (1 +',
      'Get-CsExternalAccessPolicy -Identiti Global',
    ].join('\n');
    expect(await found(script)).toEqual([
      '2:10 ParserError', // inside the open hashtable, `Get-CsUsr` is a key without '='
      '3:42 NamedParameterNotFound',
      '4:10 ParserError',
      '4:10 ParserError',
      '5:28 NamedParameterNotFound',
    ]);
  });
});

describe('check after a parse error, without echoes', () => {
  it('does not take a keyword read as a command name while recovering for an unknown command', async () => {
    const script = '$x = (1 +\n    Get-CsUser -Identity ken\n    if ($true) { Get-CsSite }\nGet-CsSite -Bogus';
    const f = await found(script);
    expect(f.filter((x) => x.endsWith('CommandNotFoundException'))).toEqual([]);
    expect(f).toContain('4:12 NamedParameterNotFound');
  });
});

describe('every binding problem of a command', () => {
  it('reports the bad enum value and the misspelt parameter of one command', async () => {
    const f = await checkScript('New-CsXmppAllowedPartner -Identity a.org -TlsNegotiation Requried -SaslNegotiaton Required', undefined, { cmdlets: builtins().cmdlets });
    expect(f.map((x) => `${x.column} ${x.errorId}`)).toEqual(['58 CannotConvertArgumentNoMessage', '67 NamedParameterNotFound']);
    expect(f[1]!.suggestions).toEqual(['SaslNegotiation']);
  });

  it('suggests the nearest value of an enum for a misspelt one, given by name, colon or splat', async () => {
    const script = "New-CsXmppAllowedPartner a.org -TlsNegotiation Requried -SaslNegotiation:Optinal\n$p = @{ Identity = 'b.org'; PartnerType = 'Federeated' }\nNew-CsXmppAllowedPartner @p";
    expect((await checkScript(script, undefined, { cmdlets: builtins().cmdlets })).map((f) => f.suggestions)).toEqual([['Required'], ['Optional'], ['Federated']]);
  });

  it('does not echo a missing mandatory parameter caused by a misspelt one', async () => {
    expect(await found('New-CsExternalAccessPolicy -Identty XmppUsers')).toEqual(['1:28 NamedParameterNotFound']);
  });
});

describe('literal splats', () => {
  it('checks a literal hashtable splatted in the same scope, at its keys', async () => {
    const script = "$p = @{Identity='x.org'; TlsNegotation='Required'}\nNew-CsXmppAllowedPartner @p";
    const f = await checkScript(script, undefined, { cmdlets: builtins().cmdlets });
    expect(f.map((x) => `${x.line}:${x.column} ${x.errorId}`)).toEqual(['1:26 NamedParameterNotFound']);
    expect(f[0]!.suggestions).toEqual(['TlsNegotiation']);
  });

  it('judges literal values in a splat', async () => {
    expect(await found("$p = @{ Identity = 'x.org'; SaslNegotiation = 'Never' }\nNew-CsXmppAllowedPartner @p")).toEqual(['1:29 CannotConvertArgumentNoMessage']);
  });

  it('leaves alone a table changed after it is written, assigned twice, or from an outer function call', async () => {
    const script = [
      "$a = @{ Bogus = 1 }; $a.Identity = 'x'; New-CsXmppAllowedPartner @a",
      "$b = @{ Bogus = 1 }; $b.Remove('Bogus'); New-CsXmppAllowedPartner @b",
      "$c = @{ Bogus = 1 }; if ($x) { $c = @{ Identity = 'y' } }; New-CsXmppAllowedPartner @c",
      "New-CsXmppAllowedPartner @d; $d = @{ Bogus = 1 }",
    ].join('\n');
    expect(await found(script)).toEqual([]);
  });

  it('sees a table of the enclosing scope from a function body', async () => {
    expect(await found("$p = @{ Identty = 'x' }\nfunction Add-Partner { New-CsXmppAllowedPartner @p }")).toEqual(['1:9 NamedParameterNotFound']);
  });
});

describe('commands csshell does not know', () => {
  it('warns about commands of Windows modules it does not emulate', async () => {
    const f = await checkScript('Import-Module ActiveDirectory\nGet-ADUser -Filter * | Set-ADUser -Office x\nGet-Mailbox x', undefined, { cmdlets: builtins().cmdlets });
    expect(f.map((x) => `${x.line}:${x.column} ${x.severity} ${x.errorId}`)).toEqual([
      '2:1 warning CommandNotEmulated',
      '2:24 warning CommandNotEmulated',
      '3:1 warning CommandNotEmulated',
    ]);
    expect(f[0]!.message).toContain('ActiveDirectory');
  });

  it('suggests the nearest cmdlet for a misspelt command, and nothing when none is near', async () => {
    const f = await checkScript('Get-CsUsr\nGet-CsExternalAcessPolicy\nFrobnicate-Everything', undefined, { cmdlets: builtins().cmdlets });
    expect(f.map((x) => x.suggestions)).toEqual([['Get-CsUser'], ['Get-CsExternalAccessPolicy'], undefined]);
  });
});
