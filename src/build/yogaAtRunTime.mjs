// yoga-layout (ink's layout engine) as both bundles hold it (src/build/plugins.mjs). The package's
// entry compiles its WebAssembly in a top-level await, which a CommonJS bundle cannot hold and a
// snapshot cannot save. Here the default export starts empty and is filled when the shell first
// draws (inkAfterYoga.mjs).
import { loadYoga } from 'yoga-layout/load';

export * from 'yoga-layout/load';

const Yoga = {};
export default Yoga;

let loading;

/** Compiles yoga's WebAssembly once and fills the default export with its API. */
export function yogaReady() {
  loading ??= withoutFetch(loadYoga).then((loaded) => {
    Object.assign(Yoga, loaded);
  });
  return loading;
}

/**
 * Runs `start` while the global `fetch` is hidden. yoga's loader decodes its embedded WebAssembly
 * through fetch() when there is one, and Node's first fetch loads its whole HTTP client (undici):
 * ~30 ms of CPU before the first prompt. Without fetch it decodes the bytes itself. The loader
 * looks for fetch synchronously, so the global is back before `start` returns.
 */
function withoutFetch(start) {
  // The descriptor, not the value: reading `fetch` is what would load undici.
  const saved = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
  if (!saved?.configurable) return start();
  Object.defineProperty(globalThis, 'fetch', { value: undefined, configurable: true, writable: true });
  try {
    return start();
  } finally {
    Object.defineProperty(globalThis, 'fetch', saved);
  }
}
