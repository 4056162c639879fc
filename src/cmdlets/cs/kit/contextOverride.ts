// A cmdlet context with some of its methods replaced (to note what a command writes, or to keep a
// re-check from repeating a warning); everything else is the original context.

import type { CmdletContext } from '../../../engine/cmdlet.js';

export function overrideContext(ctx: CmdletContext, overrides: Partial<CmdletContext>): CmdletContext {
  return new Proxy(ctx, {
    get(target, prop) {
      if (Object.prototype.hasOwnProperty.call(overrides, prop)) return overrides[prop as keyof CmdletContext];
      const v = Reflect.get(target, prop, target) as unknown;
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
}

/**
 * A context for a check made twice, on a preview and again inside the write transaction: a warning is
 * written once, not again by the second run.
 */
export function warnOnce(ctx: CmdletContext): CmdletContext {
  const shown = new Set<string>();
  return overrideContext(ctx, {
    writeWarning: (text) => {
      if (shown.has(text)) return;
      shown.add(text);
      ctx.writeWarning(text);
    },
  });
}
