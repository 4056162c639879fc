// Test helper: a lab prepared in process (fast), to run PowerShell on its store and read the
// diagnosis `lab check` would show under each unfinished task.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { createSession } from '../../src/engine/createSession.js';
import { RecordingHost } from '../../src/engine/recordingHost.js';
import { checkLab, describeLab, findLab, labStorePath, prepareLab } from '../../src/labs/labs.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';
import { builtins } from '../../src/cmdlets/index.js';

/**
 * A lab prepared in a new folder, in process (fast): `run` runs PowerShell on its store, `check` gives
 * each task's diagnosis keyed by the start of its title, as `why()` reads it from `lab check`.
 */
export function diagnosedLab(name: string) {
  const lab = findLab(name)!;
  const folder = mkdtempSync(join(tmpdir(), 'csshell-labd-'));
  const ready = prepareLab(lab, folder);
  const withStore = async <T>(act: (store: Store) => Promise<T>): Promise<T> => {
    await ready;
    const store = openStore(labStorePath(folder));
    try {
      return await act(store);
    } finally {
      store.close();
    }
  };
  return {
    run: (script: string) =>
      withStore(async (store) => {
        const host = new RecordingHost();
        await createSession({ host, store, session: { localComputer: 'fe01.contoso.com', workingDirectory: folder, interactive: false }, builtins: builtins() }).execute(script);
        expect(host.errors).toBe('');
      }),
    check: () => withStore(async (store) => describeLab(lab, await checkLab(lab, store, folder)).join('\n')),
  };
}

/** The diagnosis line shown under the task whose title starts with `title`. */
export function why(out: string, title: string): string | undefined {
  const lines = out.split('\n');
  const i = lines.findIndex((l) => l.startsWith(`[ ] ${title}`));
  return lines.slice(i + 1).find((l) => l.startsWith('    why: '))?.slice('    why: '.length);
}

