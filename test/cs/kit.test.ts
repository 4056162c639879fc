// The kit every Skype for Business family shares: one command error and its wrapper (how each family
// reports it), and one reading of identities given as text or as piped objects.
import { describe, expect, it } from 'vitest';
import type { CmdletContext, ErrorSpec } from '../../src/engine/cmdlet.js';
import type { ErrorRecord } from '../../src/engine/errors.js';
import { PSObject } from '../../src/engine/runtime/values.js';
import { StoreKeyError } from '../../src/store/secretBox.js';
import { PkiError } from '../../src/pki/errors.js';
import { CsCommandError, fail, recordHandler, reportingErrors } from '../../src/cmdlets/cs/kit/commandError.js';
import { identityText } from '../../src/cmdlets/cs/kit/commandContext.js';
import { xdsIdentityText } from '../../src/cmdlets/cs/policies/identity.js';
import { runCertificateCommand } from '../../src/cmdlets/cs/certificates/context.js';

/** Stands for the engine's terminating error in this fake context. */
class Terminated extends Error {
  constructor(readonly spec: ErrorSpec) {
    super(spec.message);
  }
}

interface Reported {
  ctx: CmdletContext;
  written: ErrorSpec[];
}

function fakeContext(): Reported {
  const written: ErrorSpec[] = [];
  const ctx = {
    writeError: (e: ErrorSpec | ErrorRecord) => written.push(e as ErrorSpec),
    throwTerminatingError: (e: ErrorSpec | ErrorRecord): never => {
      throw new Terminated(e as ErrorSpec);
    },
  } as unknown as CmdletContext;
  return { ctx, written };
}

const refused: ErrorSpec = { message: 'No.', errorId: 'Refused', category: 'InvalidOperation', targetObject: 'x', exceptionType: 'System.InvalidOperationException' };
const keyError = () => new StoreKeyError('missing', '/tmp/s.db.key', 'the dialback passphrase');

describe('reportingErrors (the one command-error wrapper)', () => {
  it('writes a failure of the current object as a non-terminating error, spec unchanged', async () => {
    const { ctx, written } = fakeContext();
    await reportingErrors(ctx, () => fail(refused));
    expect(written).toEqual([refused]);
  });

  it('ends the command when the failure is flagged terminating', async () => {
    const { ctx, written } = fakeContext();
    await expect(reportingErrors(ctx, () => fail(refused, true))).rejects.toEqual(new Terminated(refused));
    expect(written).toEqual([]);
  });

  it('reports a store key error with its id, category and exception type, and the family prefix', async () => {
    const plain = fakeContext();
    await reportingErrors(plain.ctx, () => {
      throw keyError();
    });
    expect(plain.written).toEqual([
      { message: keyError().message, errorId: 'StoreKeyUnavailable', category: 'SecurityError', exceptionType: 'System.Security.Cryptography.CryptographicException' },
    ]);
    const prefixed = fakeContext();
    const ended = reportingErrors(prefixed.ctx, () => Promise.reject(keyError()), { terminating: true, failurePrefix: 'Failed: ' });
    await expect(ended).rejects.toMatchObject({ spec: { message: `Failed: ${keyError().message}`, errorId: 'StoreKeyUnavailable' } });
  });

  it('lets a family translate its own errors, and leaves any other error to the engine', async () => {
    const { ctx, written } = fakeContext();
    const translate = (e: unknown) => (e instanceof RangeError ? { ...refused, message: e.message } : undefined);
    await reportingErrors(ctx, () => Promise.reject(new RangeError('too far')), { translate });
    expect(written.map((s) => s.message)).toEqual(['too far']);
    const internal = new TypeError('internal');
    await expect(reportingErrors(ctx, () => Promise.reject(internal), { translate })).rejects.toBe(internal);
  });

  it('recordHandler reports each record through the same wrapper', async () => {
    const { ctx, written } = fakeContext();
    await recordHandler(() => fail(refused)).process!(ctx);
    expect(written).toEqual([refused]);
  });
});

describe('the certificate family reports through the kit', () => {
  it('every failure ends the command; PKI and store key errors carry the failure prefix', async () => {
    const { ctx } = fakeContext();
    await expect(runCertificateCommand(ctx, () => fail(refused))).rejects.toEqual(new Terminated(refused));
    await expect(runCertificateCommand(ctx, () => Promise.reject(new PkiError('BadPassword', 'The password is wrong.')))).rejects.toMatchObject({
      spec: { message: 'Command execution failed: The password is wrong.', errorId: 'BadPassword', category: 'SecurityError' },
    });
    await expect(runCertificateCommand(ctx, () => Promise.reject(keyError()))).rejects.toMatchObject({
      spec: { message: `Command execution failed: ${keyError().message}`, category: 'SecurityError' },
    });
  });
});

describe('identityText (the one identity normaliser)', () => {
  it('reads text as given, the first of a list, and nothing when absent', () => {
    expect(identityText('sip:ken@contoso.com')).toBe('sip:ken@contoso.com');
    expect(identityText([' Tag:A ', 'Tag:B'])).toBe(' Tag:A ');
    expect(identityText(42)).toBe('42');
    expect(identityText(undefined)).toBeUndefined();
    expect(identityText(null)).toBeUndefined();
  });

  it('reads a piped object by Identity, else SipAddress, Name, Fqdn', () => {
    expect(identityText(new PSObject(['T'], [['Identity', 'Tag:Sales'], ['Name', 'Sales']]))).toBe('Tag:Sales');
    expect(identityText(new PSObject(['T'], [['Identity', ''], ['SipAddress', 'sip:a@b.c']]))).toBe('sip:a@b.c');
    expect(identityText(new PSObject(['T'], [['Fqdn', 'fe01.contoso.com']]))).toBe('fe01.contoso.com');
    expect(identityText(new PSObject(['T'], [['Other', 1]]))).toBeUndefined();
  });

  it('an XDS identity is the same text without surrounding spaces, empty when absent', () => {
    expect(xdsIdentityText('  site:Redmond ')).toBe('site:Redmond');
    expect(xdsIdentityText(new PSObject(['T'], [['Identity', ' Global ']]))).toBe('Global');
    expect(xdsIdentityText(null)).toBe('');
  });
});

describe('one error class', () => {
  it('fail throws a CsCommandError carrying the spec and whether it ends the command', () => {
    try {
      fail(refused, true);
    } catch (e) {
      expect(e).toBeInstanceOf(CsCommandError);
      expect((e as CsCommandError).spec).toBe(refused);
      expect((e as CsCommandError).terminating).toBe(true);
    }
    expect.assertions(3);
  });
});
