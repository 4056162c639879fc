// ink's render as the interactive shell reaches it (src/build/plugins.mjs): it waits until yoga's
// WebAssembly is compiled (yogaAtRunTime.mjs), then draws. Everything else is ink itself.
import { render as inkRender } from 'ink';
import { yogaReady } from './yogaAtRunTime.mjs';

export async function render(...args) {
  await yogaReady();
  return inkRender(...args);
}
