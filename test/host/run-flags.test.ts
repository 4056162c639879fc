// The options of `csshell run <file>` (right after the file) and `-c` (anywhere after it).

import { describe, expect, it } from 'vitest';
import { takeRunFlags } from '../../src/host/runFlags.js';

describe('takeRunFlags', () => {
  it('takes the options right after the file of run; later words are the script arguments', () => {
    expect(takeRunFlags(['--output', 'json', '--transcript=t.txt', 'a', '--output', 'b'], false)).toEqual({ rest: ['a', '--output', 'b'], output: 'json', transcript: 't.txt' });
    expect(takeRunFlags(['--dry-run', '--format=json', 'x'], false)).toEqual({ rest: ['x'], output: 'text', dryRun: { format: 'json' } });
  });

  it('takes them anywhere after -c, and leaves --format alone without --dry-run', () => {
    expect(takeRunFlags(['Get-CsSite', '--output', 'json', '|', 'Out-Null'], true)).toEqual({ rest: ['Get-CsSite', '|', 'Out-Null'], output: 'json' });
    expect(takeRunFlags(['Write-Output', '--format', 'json', '--output', 'json'], true)).toEqual({ rest: ['Write-Output', '--format', 'json'], output: 'json' });
  });

  it('refuses bad values with a message', () => {
    expect(takeRunFlags(['--output', 'xml'], false)).toBe("csshell: unknown output format 'xml' (text or json)");
    expect(takeRunFlags(['--dry-run', '--format', 'yaml'], false)).toBe("csshell: unknown format 'yaml' for --dry-run (text or json)");
    expect(takeRunFlags(['--transcript'], false)).toBe('csshell: --transcript needs a file name');
  });
});
