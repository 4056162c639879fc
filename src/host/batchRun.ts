// One batch run (`csshell run <file>`, `csshell -c "…"`): the engine on the host its options ask for —
// text as a console shows it, or JSON lines for tools (--output json).

import { Engine, type ExecuteOptions, type ExecuteResult } from '../engine/engine.js';
import type { SessionInfo } from '../engine/cmdlet.js';
import type { Store } from '../store/store.js';
import { BatchHost } from './batch.js';
import { JsonLinesHost } from './jsonLinesHost.js';
import type { RunFlags } from './runFlags.js';

export class BatchRun {
  readonly engine: Engine;
  private readonly jsonHost: JsonLinesHost | undefined;

  /** `out` is where the script's output goes (stderr when a dry run's JSON diff has stdout). */
  constructor(store: Store, session: SessionInfo, flags: Pick<RunFlags, 'output'>, out: NodeJS.WritableStream = process.stdout) {
    const host = flags.output === 'json' ? new JsonLinesHost(out) : new BatchHost(out);
    this.jsonHost = host instanceof JsonLinesHost ? host : undefined;
    this.engine = new Engine({ host, store, session });
    // A closed stdout stops the run at its next safe point, as Ctrl+C would.
    host.onOutputClosed = () => this.engine.stop();
    const secrets = this.engine.services.secrets;
    if (this.jsonHost && secrets) this.jsonHost.scrub = (text) => secrets.scrub(text);
  }

  /**
   * Starts a transcript of the run at `path` (a PowerShell path) with the Start-Transcript cmdlet
   * itself, so the file has its header, footer and masking; false when it could not start (its
   * error has been shown).
   */
  async startTranscript(path: string): Promise<boolean> {
    const r = await this.engine.execute(`Start-Transcript -LiteralPath '${path.replace(/'/g, "''")}'`, { output: () => {} });
    return r.success && !r.terminatingError;
  }

  /** Ends the transcript (if the script stopped it itself, there is nothing to end). */
  async stopTranscript(): Promise<void> {
    await this.engine.execute('try { Stop-Transcript } catch { }', { output: () => {} });
  }

  async execute(text: string, options: ExecuteOptions = {}): Promise<ExecuteResult> {
    const json = this.jsonHost;
    return this.engine.execute(text, json ? { ...options, output: (value) => json.writeObject(value) } : options);
  }
}
