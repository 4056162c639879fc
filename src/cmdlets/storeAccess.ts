// The one way a cmdlet reaches the Central Management Store: the engine holds it untyped (the engine
// may not import src/store), the cmdlets name its type here.

import type { CmdletContext } from '../engine/cmdlet.js';
import type { Store } from '../store/store.js';

export function storeOf(ctx: CmdletContext): Store {
  return ctx.engine.store as Store;
}
