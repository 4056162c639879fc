// The command processor: handler phases, error actions, collecting variables, warnings, verbose output,
// pipeline binding errors, and JavaScript exceptions turned into error records.

import { describe, expect, it } from 'vitest';
import { csMetadata } from '../../src/catalog/registry.js';
import type { CmdletContext, CmdletImplementation } from '../../src/engine/cmdlet.js';
import { PSArrayList, PSObject } from '../../src/engine/runtime/values.js';
import { FakeRuntime, runCmdlet } from './runtimeHarness.js';

const removePartner = csMetadata('Remove-CsXmppAllowedPartner');
const getPolicy = csMetadata('Get-CsExternalAccessPolicy');
const setPolicy = csMetadata('Set-CsExternalAccessPolicy');

/** A handler that reports a not-found error for identities starting with "missing", and echoes the rest. */
function echoHandler(log: string[] = []): () => CmdletImplementation {
  return () => ({
    begin: () => void log.push('begin'),
    process: (ctx: CmdletContext) => {
      const id = String(ctx.params.Identity ?? 'Global');
      log.push(`process ${id}`);
      if (id.startsWith('missing')) {
        ctx.writeError({ message: `Cannot find "XmppAllowedPartner" with identity "${id}".`, errorId: 'IdentityNotFound', category: 'ObjectNotFound', targetObject: id });
        return;
      }
      ctx.writeObject(id);
    },
    end: () => void log.push('end'),
  });
}

describe('phases and output', () => {
  it('runs begin, process per input object, end', async () => {
    const log: string[] = [];
    const partners = ['a.com', 'b.com'].map((d) => new PSObject('XmppAllowedPartner', { Identity: d }));
    const r = await runCmdlet(removePartner, echoHandler(log), 'Remove-CsXmppAllowedPartner', { input: partners });
    expect(log).toEqual(['begin', 'process a.com', 'process b.com', 'end']);
    expect(r.output).toEqual(['a.com', 'b.com']);
  });

  it('writeObject enumerates only when asked', async () => {
    const r = await runCmdlet(getPolicy, () => ({ process: (ctx) => { ctx.writeObject([1, 2]); ctx.writeObject([3, 4], true); ctx.writeObject(new PSArrayList([5]), true); } }), 'Get-CsExternalAccessPolicy');
    expect(r.output).toEqual([[1, 2], 3, 4, 5]);
  });

  it('the context carries the set, bound names and command-line values', async () => {
    let seen: { set: string; bound: string[]; params: Record<string, unknown> } | null = null;
    await runCmdlet(setPolicy, () => ({ process: (ctx) => void (seen = { set: ctx.parameterSetName, bound: [...ctx.bound], params: { ...ctx.params } }) }), 'Set-CsExternalAccessPolicy Tag:X -EnableXmppAccess $true');
    expect(seen).toEqual({ set: 'Identity', bound: ['EnableXmppAccess', 'Identity'], params: { Identity: 'Tag:X', EnableXmppAccess: true } });
  });

  it('a binding error is terminating and nothing runs', async () => {
    const log: string[] = [];
    const r = await runCmdlet(removePartner, echoHandler(log), 'Remove-CsXmppAllowedPartner -Bogus');
    expect(log).toEqual([]);
    expect(r.terminating?.fullyQualifiedErrorId).toBe('NamedParameterNotFound,Microsoft.Rtc.Management.Internal.RemoveXmppAllowedPartnerCmdlet');
  });
});

describe('non-terminating errors and -ErrorAction', () => {
  it('Continue (default): displayed and recorded, the pipeline goes on', async () => {
    const r = await runCmdlet(removePartner, echoHandler(), 'Remove-CsXmppAllowedPartner missing.com');
    expect(r.terminating).toBeNull();
    expect(r.runtime.reported).toHaveLength(1);
    expect(r.runtime.reported[0]!.display).toBe(true);
    const rec = r.runtime.reported[0]!.record;
    expect(rec.fullyQualifiedErrorId).toBe('IdentityNotFound,Microsoft.Rtc.Management.Internal.RemoveXmppAllowedPartnerCmdlet');
    expect(rec.category).toBe('ObjectNotFound');
    expect(rec.invocation.commandName).toBe('Remove-CsXmppAllowedPartner');
    expect(r.host.errors).toContain('Remove-CsXmppAllowedPartner : Cannot find "XmppAllowedPartner" with identity "missing.com".');
    expect(r.host.errors).toContain('+ CategoryInfo          : ObjectNotFound: (missing.com:String) [Remove-CsXmppAllowedPartner], RuntimeException');
  });

  it('SilentlyContinue: recorded but not displayed', async () => {
    const r = await runCmdlet(removePartner, echoHandler(), 'Remove-CsXmppAllowedPartner missing.com -ErrorAction SilentlyContinue');
    expect(r.runtime.reported.map((x) => x.display)).toEqual([false]);
    expect(r.host.errors).toBe('');
  });

  it('Ignore: neither recorded nor displayed', async () => {
    const r = await runCmdlet(removePartner, echoHandler(), 'Remove-CsXmppAllowedPartner missing.com -ea Ignore -ev e');
    expect(r.runtime.reported).toHaveLength(0);
    expect((r.runtime.variables.get('e') as PSArrayList).items).toHaveLength(0);
  });

  it('Stop: the error becomes terminating, later input is not processed', async () => {
    const log: string[] = [];
    const input = ['missing1', 'ok.com'].map((d) => new PSObject('P', { Identity: d }));
    const r = await runCmdlet(removePartner, echoHandler(log), 'Remove-CsXmppAllowedPartner -ErrorAction Stop', { input });
    expect(r.terminating?.message).toBe('Cannot find "XmppAllowedPartner" with identity "missing1".');
    expect(log).toEqual(['begin', 'process missing1']);
    expect(r.runtime.reported).toHaveLength(0);
  });

  it.each([
    ['Stop', 'terminating'],
    ['SilentlyContinue', 'hidden'],
    ['Continue', 'shown'],
    ['Ignore', 'ignored'],
    ['Inquire', 'shown'],
  ])('$ErrorActionPreference = %s', async (pref, outcome) => {
    const r = await runCmdlet(removePartner, echoHandler(), 'Remove-CsXmppAllowedPartner missing.com', { preferences: { ErrorActionPreference: pref } });
    const got = r.terminating ? 'terminating' : r.runtime.reported.length === 0 ? 'ignored' : r.runtime.reported[0]!.display ? 'shown' : 'hidden';
    expect(got).toBe(outcome);
  });

  it('-ErrorAction overrides the preference variable', async () => {
    const r = await runCmdlet(removePartner, echoHandler(), 'Remove-CsXmppAllowedPartner missing.com -ea Continue', { preferences: { ErrorActionPreference: 'Stop' } });
    expect(r.terminating).toBeNull();
    expect(r.runtime.reported).toHaveLength(1);
  });

  it('-ErrorVariable collects this command\'s errors; +name appends', async () => {
    const runtime = new FakeRuntime();
    await runCmdlet(removePartner, echoHandler(), 'Remove-CsXmppAllowedPartner missing.a -ErrorVariable errs', { runtime });
    expect((runtime.variables.get('errs') as PSArrayList).items).toHaveLength(1);
    await runCmdlet(removePartner, echoHandler(), 'Remove-CsXmppAllowedPartner missing.b -ev +errs', { runtime });
    const items = (runtime.variables.get('errs') as PSArrayList).items as { message: string }[];
    expect(items.map((e) => e.message)).toEqual(['Cannot find "XmppAllowedPartner" with identity "missing.a".', 'Cannot find "XmppAllowedPartner" with identity "missing.b".']);
    await runCmdlet(removePartner, echoHandler(), 'Remove-CsXmppAllowedPartner ok.com -ev errs', { runtime });
    expect((runtime.variables.get('errs') as PSArrayList).items).toHaveLength(0);
  });

  it('-ErrorVariable also receives a terminating error', async () => {
    const runtime = new FakeRuntime();
    await runCmdlet(removePartner, () => ({ process: (ctx) => ctx.throwTerminatingError({ message: 'boom', errorId: 'Boom' }) }), 'Remove-CsXmppAllowedPartner x -ev e', { runtime });
    expect(((runtime.variables.get('e') as PSArrayList).items[0] as { message: string }).message).toBe('boom');
  });

  it('-OutVariable collects output objects', async () => {
    const runtime = new FakeRuntime();
    const input = ['a.com', 'b.com'].map((d) => new PSObject('P', { Identity: d }));
    await runCmdlet(removePartner, echoHandler(), 'Remove-CsXmppAllowedPartner -OutVariable got', { runtime, input });
    expect((runtime.variables.get('got') as PSArrayList).items).toEqual(['a.com', 'b.com']);
  });

  it('throwTerminatingError builds the FQID and invocation', async () => {
    const r = await runCmdlet(getPolicy, () => ({ process: (ctx) => ctx.throwTerminatingError({ message: 'nope', errorId: 'Nope', category: 'InvalidOperation' }) }), 'Get-CsExternalAccessPolicy');
    expect(r.terminating?.fullyQualifiedErrorId).toBe('Nope,Microsoft.Rtc.Management.Internal.GetExternalAccessPolicyCmdlet');
    expect(r.terminating?.invocation.commandName).toBe('Get-CsExternalAccessPolicy');
    expect(r.terminating?.invocation.extent?.column).toBe(1);
  });

  it('a JavaScript exception in a handler becomes a terminating error record', async () => {
    const r = await runCmdlet(getPolicy, () => ({ process: () => { throw new TypeError('x is undefined'); } }), 'Get-CsExternalAccessPolicy');
    expect(r.terminating?.message).toBe('x is undefined');
    expect(r.terminating?.category).toBe('NotSpecified');
    expect(r.terminating?.fullyQualifiedErrorId).toBe('System.Exception,Microsoft.Rtc.Management.Internal.GetExternalAccessPolicyCmdlet');
  });

  it('control-flow signals pass through untouched', async () => {
    const { BreakSignal } = await import('../../src/engine/errors.js');
    await expect(runCmdlet(getPolicy, () => ({ process: () => { throw new BreakSignal(); } }), 'Get-CsExternalAccessPolicy')).rejects.toBeInstanceOf(BreakSignal);
  });
});

describe('pipeline input errors', () => {
  it('InputObjectNotBound is written per object and processing continues', async () => {
    const log: string[] = [];
    const r = await runCmdlet(removePartner, echoHandler(log), 'Remove-CsXmppAllowedPartner', { input: ['gmail.com', new PSObject('P', { Identity: 'x.org' })] });
    expect(log).toEqual(['begin', 'process x.org', 'end']);
    expect(r.runtime.reported).toHaveLength(1);
    expect(r.runtime.reported[0]!.record.fullyQualifiedErrorId).toBe('InputObjectNotBound,Microsoft.Rtc.Management.Internal.RemoveXmppAllowedPartnerCmdlet');
    expect(r.host.errors).toContain('InvalidArgument: (gmail.com:String) [Remove-CsXmppAllowedPartner], ParameterBindingException');
  });

  it('InputObjectNotBound honours -ErrorAction SilentlyContinue', async () => {
    const r = await runCmdlet(removePartner, echoHandler(), 'Remove-CsXmppAllowedPartner -ea SilentlyContinue', { input: ['gmail.com'] });
    expect(r.runtime.reported.map((x) => x.display)).toEqual([false]);
  });

  it('the context exposes the current input object', async () => {
    const seen: unknown[] = [];
    await runCmdlet(removePartner, () => ({ process: (ctx) => void seen.push(ctx.inputObject) }), 'Remove-CsXmppAllowedPartner', { input: [new PSObject('P', { Identity: 'a' })] });
    expect((seen[0] as PSObject).get('Identity')).toBe('a');
  });
});

describe('warnings, verbose, debug', () => {
  const warn = () => ({ process: (ctx: CmdletContext) => { ctx.writeWarning('Object with identity "x" was not changed.'); ctx.writeVerbose('working'); ctx.writeDebug('dbg'); ctx.writeObject(1); } });

  it('warnings print WARNING: on the warning stream', async () => {
    const r = await runCmdlet(getPolicy, warn, 'Get-CsExternalAccessPolicy');
    expect(r.host.writes.filter((w) => w.stream !== 'error')).toEqual([{ stream: 'warning', text: 'WARNING: Object with identity "x" was not changed.', options: undefined }]);
  });

  it('-WarningAction SilentlyContinue hides, -WarningVariable collects', async () => {
    const r = await runCmdlet(getPolicy, warn, 'Get-CsExternalAccessPolicy -wa SilentlyContinue -WarningVariable w');
    expect(r.host.writes).toHaveLength(0);
    expect((r.runtime.variables.get('w') as PSArrayList).items).toEqual(['Object with identity "x" was not changed.']);
  });

  it('$WarningPreference = Stop stops after the warning', async () => {
    const r = await runCmdlet(getPolicy, warn, 'Get-CsExternalAccessPolicy', { preferences: { WarningPreference: 'Stop' } });
    expect(r.host.writes[0]!.text).toBe('WARNING: Object with identity "x" was not changed.');
    expect(r.terminating?.message).toBe('The running command stopped because the preference variable "WarningPreference" or common parameter is set to Stop: Object with identity "x" was not changed.');
    expect(r.output).toEqual([]);
  });

  it('-Verbose shows VERBOSE: lines, -Debug DEBUG: lines', async () => {
    const r = await runCmdlet(getPolicy, warn, 'Get-CsExternalAccessPolicy -Verbose -Debug');
    expect(r.host.writes.map((w) => `${w.stream}|${w.text}`)).toEqual([
      'warning|WARNING: Object with identity "x" was not changed.',
      'verbose|VERBOSE: working',
      'debug|DEBUG: dbg',
    ]);
  });

  it('$VerbosePreference = Continue, and -Verbose:$false wins over it', async () => {
    const on = await runCmdlet(getPolicy, warn, 'Get-CsExternalAccessPolicy', { preferences: { VerbosePreference: 'Continue' } });
    expect(on.host.writes.some((w) => w.text === 'VERBOSE: working')).toBe(true);
    const off = await runCmdlet(getPolicy, warn, 'Get-CsExternalAccessPolicy -Verbose:$false', { preferences: { VerbosePreference: 'Continue' } });
    expect(off.host.writes.some((w) => w.stream === 'verbose')).toBe(false);
  });
});

describe('delay-bind script blocks', () => {
  const grant = csMetadata('Grant-CsExternalAccessPolicy');
  const record = () => {
    const seen: unknown[] = [];
    return { seen, impl: () => ({ process: (ctx: CmdletContext) => void seen.push(ctx.params.Identity) }) };
  };

  it('a script block for a pipeline parameter is evaluated per input object with $_', async () => {
    const { ScriptBlockValue } = await import('../../src/engine/runtime/values.js');
    const runtime = new FakeRuntime();
    runtime.evaluate = (text, item) => (text === '$_.Sip' ? [(item as PSObject).get('Sip')] : []);
    const { seen, impl } = record();
    const input = ['sip:a@contoso.com', 'sip:b@contoso.com'].map((s) => new PSObject('System.Management.Automation.PSCustomObject', { Sip: s }));
    const r = await runCmdlet(grant, impl, 'Grant-CsExternalAccessPolicy -Identity $sb -PolicyName P', { runtime, input, vars: { sb: new ScriptBlockValue({} as never, '$_.Sip') } });
    expect(r.runtime.reported).toHaveLength(0);
    expect(seen).toEqual(['sip:a@contoso.com', 'sip:b@contoso.com']);
  });

  it('without pipeline input the block cannot be evaluated', async () => {
    const { ScriptBlockValue } = await import('../../src/engine/runtime/values.js');
    const r = await runCmdlet(grant, record().impl, 'Grant-CsExternalAccessPolicy -Identity $sb -PolicyName P', { vars: { sb: new ScriptBlockValue({} as never, '$_.Sip') } });
    expect(r.terminating?.message).toBe(
      "Cannot evaluate parameter 'Identity' because its argument is specified as a script block and there is no input. A script block cannot be evaluated without input.",
    );
    expect(r.terminating?.fullyQualifiedErrorId).toBe('ScriptBlockArgumentNoInput,Microsoft.Rtc.Management.Internal.GrantExternalAccessPolicyCmdlet');
  });

  it('a block whose result does not convert is a non-terminating error for that object', async () => {
    const { ScriptBlockValue } = await import('../../src/engine/runtime/values.js');
    const runtime = new FakeRuntime();
    runtime.evaluate = (_text, item) => [item === 'bad' ? ['x', 'y'] : String(item)];
    const { seen, impl } = record();
    await runCmdlet(grant, impl, 'Grant-CsExternalAccessPolicy -Identity $sb -PolicyName P', { runtime, input: ['bad', 'good'], vars: { sb: new ScriptBlockValue({} as never, '$_') } });
    expect(seen).toEqual(['good']);
    expect(runtime.reported[0]!.record.message).toBe(
      "Cannot convert 'System.Object[]' to the type 'Microsoft.Rtc.Management.AD.UserIdParameter' required by parameter 'Identity'. Specified method is not supported.",
    );
  });

  it('a script block for a parameter without pipeline input is an ordinary argument (its text)', async () => {
    const { ScriptBlockValue } = await import('../../src/engine/runtime/values.js');
    let policy: unknown;
    await runCmdlet(grant, () => ({ process: (ctx) => void (policy = ctx.params.PolicyName) }), 'Grant-CsExternalAccessPolicy -PolicyName $sb', {
      input: ['x'],
      vars: { sb: new ScriptBlockValue({} as never, ' 1 ') },
    });
    expect(policy).toBe(' 1 ');
  });
});
