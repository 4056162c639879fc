// Opening the store the CLI and tests use: migrations, then the demo deployment on a new store.

import { homedir } from 'node:os';
import { join } from 'node:path';
import { Store } from './store.js';
import { seedStore } from './seed.js';
import { protectStoreSecrets } from './secretReseal.js';

/** `--store` / `CSSHELL_STORE`, else `~/.csshell/default.db`. */
export function defaultStorePath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CSSHELL_STORE || join(homedir(), '.csshell', 'default.db');
}

/** Opens a store; a new one (file or `:memory:`) is seeded with the demo deployment. */
export function openStore(path: string): Store {
  const store = Store.open(path, { seed: seedStore });
  protectStoreSecrets(store);
  return store;
}
