// The interactive shell (ink). Filled in by the REPL work.
import type { Store } from '../../store/store.js';
import type { SessionInfo } from '../../engine/cmdlet.js';

export interface ReplOptions {
  store: Store;
  session: SessionInfo;
  storePath: string;
}

export async function runRepl(_options: ReplOptions): Promise<number> {
  process.stderr.write('csshell: the interactive shell is not available yet\n');
  return 2;
}
