// Set-up shared by the test files that drive the shell in tmux (not imported by benchmarks: it uses vitest).

import { afterEach } from 'vitest';
import { TmuxShell, tmuxAvailable } from './tmux.js';

/**
 * For a test file of terminal tests: why they are skipped (null when tmux is there), and `track`,
 * which registers a shell to be stopped after each test.
 */
export function tmuxTestFile(): { skipReason: string | null; track: (shell: TmuxShell) => TmuxShell } {
  const skipReason = tmuxAvailable();
  if (skipReason) console.warn(`skipping terminal tests: ${skipReason}`);
  let shells: TmuxShell[] = [];
  afterEach(() => {
    for (const s of shells) s.stop();
    shells = [];
  });
  return { skipReason, track: (shell) => (shells.push(shell), shell) };
}
