// An administrator's console session for procedure tests: every call types one command line (or a
// few lines pasted together) against the same store, as through the real engine, and returns what
// the console would show. Each call gets a fresh host, so the text and the errors belong to that step.
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { evalPs, newStore, runPs } from '../helpers/run.js';
import { RecordingHost } from '../../src/engine/recordingHost.js';
import { PSObject } from '../../src/engine/runtime/values.js';
import type { Store } from '../../src/store/store.js';

export const EDGE = 'edge01.contoso.com';
export const PFX_PASSWORD = 'Contoso!2026';

export interface Typed {
  output: string;
  errors: string;
  warnings: string;
  text: string;
  prompts: RecordingHost['prompts'];
}

export interface TypeOptions {
  /** Answers to Yes/No prompts, as choice indexes (0 = Yes, 1 = No for ShouldContinue). */
  choices?: number[];
  /** The computer the shell runs on (the Edge server for certificate work). */
  on?: string;
}

export class AdminConsole {
  readonly store: Store = newStore();
  readonly dir: string = mkdtempSync(join(tmpdir(), 'csshell-procedure-'));

  /** Copies sample certificates into C:\certs of this console's working directory. */
  withCertificates(...names: string[]): this {
    mkdirSync(join(this.dir, 'certs'), { recursive: true });
    for (const n of names) copyFileSync(join(process.cwd(), 'fixtures', 'certs', n), join(this.dir, 'certs', n));
    return this;
  }

  async type(line: string, opts: TypeOptions = {}): Promise<Typed> {
    const interactive = opts.choices !== undefined;
    const host = new RecordingHost(interactive);
    host.choiceAnswers = [...(opts.choices ?? [])];
    const r = await runPs(line, { store: this.store, host, interactive, workingDirectory: this.dir, computer: opts.on });
    return { output: r.output, errors: r.errors, warnings: host.text(['warning']), text: r.text, prompts: host.prompts };
  }

  /** Types a command that must succeed without errors; returns the console text. */
  async ok(line: string, opts: TypeOptions = {}): Promise<Typed> {
    const t = await this.type(line, opts);
    expect(t.errors, line).toBe('');
    return t;
  }

  /** The objects a command returns (for property checks). */
  async objects(line: string, on?: string): Promise<PSObject[]> {
    const r = await evalPs(line, { store: this.store, workingDirectory: this.dir, computer: on });
    expect(r.errors, line).toBe('');
    return r.values.filter((v): v is PSObject => v instanceof PSObject);
  }

  async one(line: string, on?: string): Promise<PSObject> {
    const all = await this.objects(line, on);
    expect(all, line).toHaveLength(1);
    return all[0]!;
  }

  /** Values a command returns (strings, numbers). */
  async values(line: string, on?: string): Promise<unknown[]> {
    const r = await evalPs(line, { store: this.store, workingDirectory: this.dir, computer: on });
    expect(r.errors, line).toBe('');
    return r.values;
  }

  /** Runs Test-CsXmppIM for a user and a receiver; returns Result, Error and Diagnosis. */
  async xmppTest(sender = 'sip:kenmyer@contoso.com', receiver = 'buddy@gmail.com', pool = 'pool01.contoso.com') {
    const o = await this.one(`Test-CsXmppIM -TargetFqdn ${pool} -Receiver ${receiver} -UserSipAddress ${sender}`);
    return { result: o.get('Result'), error: o.get('Error'), diagnosis: String(o.get('Diagnosis') ?? '') };
  }

  /** A fingerprint of the configuration a failed command must not have changed. */
  async snapshot(): Promise<string> {
    const r = await runPs(
      'Get-CsExternalAccessPolicy | fl *; Get-CsXmppAllowedPartner | fl *; Get-CsAccessEdgeConfiguration | fl *; Get-CsXmppGatewayConfiguration | fl *; Get-CsUser | ft SipAddress,RegistrarPool,ExternalAccessPolicy -AutoSize | Out-String -Width 300',
      { store: this.store, workingDirectory: this.dir },
    );
    return r.text;
  }
}
