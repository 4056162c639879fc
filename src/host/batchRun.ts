// One batch run (`csshell run <file>`, `csshell -c "…"`): the engine on the host its options ask for —
// text as a console shows it, or JSON lines for tools (--output json); a progress line on stderr when
// it is a terminal (progressLine.ts).

import type { Engine, ExecuteOptions, ExecuteResult } from '../engine/engine.js';
import { createSession } from '../engine/createSession.js';
import type { SessionInfo } from '../engine/cmdlet.js';
import type { Store } from '../store/store.js';
import { BatchHost } from './batch.js';
import { JsonLinesHost } from './jsonLinesHost.js';
import type { RunFlags } from './runFlags.js';
import { ProgressLine } from './progressLine.js';
import { builtins } from '../cmdlets/index.js';

/** [I] How often the progress line is given a chance to redraw (it draws at most every PROGRESS_REDRAW_MS). */
const PROGRESS_TICK_MS = 100;

/** CSSHELL_PROGRESS_DELAY_MS moves the one-second wait before the line shows (tests set 0). */
function progressDelay(): number | undefined {
  const ms = Number(process.env.CSSHELL_PROGRESS_DELAY_MS);
  return process.env.CSSHELL_PROGRESS_DELAY_MS !== undefined && Number.isFinite(ms) && ms >= 0 ? ms : undefined;
}

export class BatchRun {
  readonly engine: Engine;
  private readonly host: BatchHost;
  private readonly jsonHost: JsonLinesHost | undefined;
  /** Where a progress line is drawn (a terminal's stderr), or undefined for none. */
  progressTerminal: (NodeJS.WritableStream & { columns?: number }) | undefined = process.stderr.isTTY ? process.stderr : undefined;

  /** `out` is where the script's output goes (stderr when a dry run's JSON diff has stdout). */
  constructor(store: Store, session: SessionInfo, flags: Pick<RunFlags, 'output'>, out: NodeJS.WritableStream = process.stdout) {
    const host = flags.output === 'json' ? new JsonLinesHost(out) : new BatchHost(out);
    this.host = host;
    this.jsonHost = host instanceof JsonLinesHost ? host : undefined;
    this.engine = createSession({ host, store, session, builtins: builtins() });
    // A closed stdout stops the run at its next safe point, as Ctrl+C would.
    host.onOutputClosed = () => this.engine.stop();
    const secrets = this.engine.services.secrets;
    if (this.jsonHost && secrets) this.jsonHost.scrub = (text) => secrets.scrub(text);
    if (this.jsonHost) this.jsonHost.enumProperties = this.engine.services.state.enumProperties;
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
    const withOutput: ExecuteOptions = json ? { ...options, output: (value) => json.writeObject(value) } : options;
    const terminal = this.progressTerminal;
    if (!terminal) return this.engine.execute(text, withOutput);
    const line = new ProgressLine((s) => terminal.write(s), terminal.columns ?? 80, Date.now, progressDelay());
    this.host.progressLine = line;
    // The engine yields to the event loop while it works, so the timer runs during long pipelines too.
    const timer = setInterval(() => line.tick(), PROGRESS_TICK_MS);
    timer.unref();
    try {
      return await this.engine.execute(text, {
        ...withOutput,
        onStatementDone: (done, total) => {
          line.statementDone(done, total);
          line.tick();
        },
      });
    } finally {
      clearInterval(timer);
      line.finish();
      this.host.progressLine = undefined;
    }
  }
}
