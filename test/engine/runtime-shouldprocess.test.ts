// -WhatIf, -Confirm, $WhatIfPreference, $ConfirmPreference and ShouldContinue (DOMAIN.md §5.5, §5.6).

import { describe, expect, it } from 'vitest';
import { csMetadata } from '../../src/catalog/registry.js';
import type { CmdletContext, CmdletImplementation } from '../../src/engine/cmdlet.js';
import { PSObject } from '../../src/engine/runtime/values.js';
import { RecordingHost } from '../../src/engine/recordingHost.js';
import { FakeRuntime, runCmdlet } from './runtimeHarness.js';

const removePartner = csMetadata('Remove-CsXmppAllowedPartner');
const removePolicy = csMetadata('Remove-CsExternalAccessPolicy');

/** Removes each identity it is asked about, after ShouldProcess. */
function remover(removed: string[]): () => CmdletImplementation {
  return () => ({
    process: async (ctx: CmdletContext) => {
      const id = String(ctx.params.Identity);
      if (await ctx.shouldProcess(id)) removed.push(id);
    },
  });
}

const partners = (...ids: string[]) => ids.map((id) => new PSObject('P', { Identity: id }));

describe('-WhatIf', () => {
  it('prints the What if line on the host and does nothing', async () => {
    const removed: string[] = [];
    const r = await runCmdlet(removePartner, remover(removed), 'Remove-CsXmppAllowedPartner gmail.com -WhatIf');
    expect(removed).toEqual([]);
    expect(r.host.writes).toEqual([{ stream: 'host', text: 'What if: Performing the operation "Remove-CsXmppAllowedPartner" on target "gmail.com".', options: undefined }]);
  });

  it('a custom action', async () => {
    const r = await runCmdlet(removePartner, () => ({ process: async (ctx) => void (await ctx.shouldProcess('gmail.com', 'Remove partner')) }), 'X gmail.com -wi');
    expect(r.host.output.trim()).toBe('What if: Performing the operation "Remove partner" on target "gmail.com".');
  });

  it('$WhatIfPreference = $true, and -WhatIf:$false overrides it', async () => {
    const removed: string[] = [];
    const on = await runCmdlet(removePartner, remover(removed), 'X gmail.com', { preferences: { WhatIfPreference: true } });
    expect(on.host.output).toContain('What if:');
    expect(removed).toEqual([]);
    await runCmdlet(removePartner, remover(removed), 'X gmail.com -WhatIf:$false', { preferences: { WhatIfPreference: true } });
    expect(removed).toEqual(['gmail.com']);
  });

  it('one line per pipeline object', async () => {
    const r = await runCmdlet(removePartner, remover([]), 'X -WhatIf', { input: partners('a.com', 'b.com') });
    expect(r.host.writes.map((w) => w.text)).toEqual([
      'What if: Performing the operation "Remove-CsXmppAllowedPartner" on target "a.com".',
      'What if: Performing the operation "Remove-CsXmppAllowedPartner" on target "b.com".',
    ]);
  });

  it('cmdlets without ShouldProcess are not affected by $WhatIfPreference', async () => {
    const meta = csMetadata('Get-CsExternalAccessPolicy');
    const r = await runCmdlet(meta, () => ({ process: async (ctx) => ctx.writeObject(await ctx.shouldProcess('x')) }), 'X', { preferences: { WhatIfPreference: true } });
    expect(r.output).toEqual([true]);
  });
});

describe('-Confirm', () => {
  const interactive = (...answers: number[]) => {
    const host = new RecordingHost(true);
    host.choiceAnswers.push(...answers);
    return new FakeRuntime(host);
  };

  it('asks with the PowerShell caption, message and choices', async () => {
    const runtime = interactive(0);
    const removed: string[] = [];
    await runCmdlet(removePartner, remover(removed), 'X gmail.com -Confirm', { runtime });
    expect(removed).toEqual(['gmail.com']);
    const p = runtime.host.prompts[0]!;
    expect(p.caption).toBe('Confirm');
    expect(p.message).toBe('Are you sure you want to perform this action?\nPerforming the operation "Remove-CsXmppAllowedPartner" on target "gmail.com".');
    expect(p.choices!.map((c) => c.label)).toEqual(['&Yes', 'Yes to &All', '&No', 'No to A&ll', '&Suspend']);
    expect(p.choices![0]!.help).toBe('Continue with only the next step of the operation.');
    expect(p.choices![3]!.help).toBe('Skip this operation and all subsequent operations.');
  });

  it.each([
    [[0, 2, 0], ['a.com', 'c.com'], 3],
    [[1], ['a.com', 'b.com', 'c.com'], 1],
    [[2, 2, 2], [], 3],
    [[3], [], 1],
    [[0, 3], ['a.com'], 2],
    [[4, 0, 0], ['b.com', 'c.com'], 3],
  ])('answers %j remove %j after %i prompts', async (answers, expected, prompts) => {
    const runtime = interactive(...answers);
    const removed: string[] = [];
    await runCmdlet(removePartner, remover(removed), 'X -Confirm', { runtime, input: partners('a.com', 'b.com', 'c.com') });
    expect(removed).toEqual(expected);
    expect(runtime.host.prompts).toHaveLength(prompts);
  });

  it('-Confirm:$false never asks', async () => {
    const runtime = interactive();
    const removed: string[] = [];
    await runCmdlet(removePartner, remover(removed), 'X gmail.com -Confirm:$false', { runtime, preferences: { ConfirmPreference: 'Low' } });
    expect(removed).toEqual(['gmail.com']);
    expect(runtime.host.prompts).toHaveLength(0);
  });

  it.each([
    ['High', 0],
    ['Medium', 1],
    ['Low', 1],
    ['None', 0],
  ])('$ConfirmPreference = %s prompts %i times', async (pref, prompts) => {
    const runtime = interactive(0);
    await runCmdlet(removePartner, remover([]), 'X gmail.com', { runtime, preferences: { ConfirmPreference: pref } });
    expect(runtime.host.prompts).toHaveLength(prompts);
  });

  it('-WhatIf wins over -Confirm', async () => {
    const runtime = interactive(0);
    const removed: string[] = [];
    await runCmdlet(removePartner, remover(removed), 'X gmail.com -Confirm -WhatIf', { runtime });
    expect(removed).toEqual([]);
    expect(runtime.host.prompts).toHaveLength(0);
  });

  it('a non-interactive host cannot answer: terminating error', async () => {
    const removed: string[] = [];
    const r = await runCmdlet(removePartner, remover(removed), 'X gmail.com -Confirm');
    expect(removed).toEqual([]);
    expect(r.terminating?.message).toBe('Windows PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.');
    expect(r.terminating?.category).toBe('InvalidOperation');
    expect(r.terminating?.exceptionType).toBe('System.Management.Automation.PSInvalidOperationException');
  });
});

describe('ShouldContinue', () => {
  const inUse = () => ({
    process: async (ctx: CmdletContext) => {
      const ok = await ctx.shouldContinue(
        'The policy "RedmondAccessPolicy" is currently assigned to one or more users. Assign a different policy to the users before removing this one.',
        'The policy is in use.',
      );
      ctx.writeObject(ok);
    },
  });

  it('asks with Yes / No / Suspend', async () => {
    const host = new RecordingHost(true);
    host.choiceAnswers.push(1);
    const r = await runCmdlet(removePolicy, inUse, 'X Tag:RedmondAccessPolicy', { runtime: new FakeRuntime(host) });
    expect(r.output).toEqual([false]);
    expect(host.prompts[0]!.caption).toBe('The policy is in use.');
    expect(host.prompts[0]!.choices!.map((c) => c.label)).toEqual(['&Yes', '&No', '&Suspend']);
  });

  it('-Force answers yes without asking, even in batch', async () => {
    const r = await runCmdlet(removePolicy, inUse, 'X Tag:RedmondAccessPolicy -Force');
    expect(r.output).toEqual([true]);
  });

  it('batch without -Force is a terminating error', async () => {
    const r = await runCmdlet(removePolicy, inUse, 'X Tag:RedmondAccessPolicy');
    expect(r.terminating?.message).toBe('Windows PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.');
  });
});
