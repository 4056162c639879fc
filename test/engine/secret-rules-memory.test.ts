// The secret-argument rules of a command are made once per command and remember their answers; the
// remembered answers are the ones worked out afresh, whatever order the questions come in.
import { describe, expect, it } from 'vitest';
import { builtins } from '../../src/cmdlets/index.js';
import { catalogMetadata } from '../../src/engine/secrets/redact.js';
import { CommandSecrets } from '../../src/engine/secrets/secretParameters.js';

const COMMANDS = ['ConvertTo-SecureString', 'Grant-CsExternalAccessPolicy', 'Set-CsXmppAllowedPartner', 'Import-CsCertificate'];
const TYPED = ['String', 'Str', 'AsPlainText', 'Password', 'Pass', 'PassThru', 'P', 'Identity', 'PolicyName', 'Force', 'Key', 'Secret', 'Sec', 'Pwd'];
const NAMED_SETS: string[][] = [[], ['string'], ['asplaintext'], ['identity'], ['identity', 'policyname'], ['password', 'path']];

describe('CommandSecrets memory', () => {
  it('gives one rules object per command metadata', () => {
    const meta = catalogMetadata('ConvertTo-SecureString', builtins().cmdlets)!;
    expect(meta).toBeDefined();
    expect(CommandSecrets.for(meta)).toBe(CommandSecrets.for(meta));
    expect(CommandSecrets.for(undefined)).not.toBe(CommandSecrets.for(undefined));
  });

  for (const name of COMMANDS) {
    it(`answers as fresh rules do for ${name}, asked twice in two orders`, () => {
      const meta = catalogMetadata(name, builtins().cmdlets);
      expect(meta).toBeDefined();
      const shared = CommandSecrets.for(meta);
      for (const order of [TYPED, [...TYPED].reverse()]) {
        for (const typed of order) expect(shared.isSecretNamed(typed), typed).toBe(new CommandSecrets(meta).isSecretNamed(typed));
      }
      for (const named of [...NAMED_SETS, ...[...NAMED_SETS].reverse()]) {
        const fresh = [...new CommandSecrets(meta).secretPositions(new Set(named))];
        expect([...shared.secretPositions(new Set(named))], named.join(',')).toEqual(fresh);
      }
    });
  }

  it('still judges secrets: a -Password or -String of ConvertTo-SecureString is secret, -PolicyName is not', () => {
    expect(CommandSecrets.for(catalogMetadata('ConvertTo-SecureString', builtins().cmdlets)).isSecretNamed('String')).toBe(true);
    expect(CommandSecrets.for(catalogMetadata('ConvertTo-SecureString', builtins().cmdlets)).secretPositions(new Set()).has(0)).toBe(true);
    expect(CommandSecrets.for(catalogMetadata('Grant-CsExternalAccessPolicy', builtins().cmdlets)).isSecretNamed('PolicyName')).toBe(false);
  });
});
