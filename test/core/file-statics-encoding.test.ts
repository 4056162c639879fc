// [System.IO.File]'s write methods take an optional System.Text.Encoding: the bytes (and byte-order
// mark) follow it; without one they write UTF-8 without a mark, as .NET does.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runPs } from '../helpers/run.js';

async function bytesAfter(script: string, file: string): Promise<number[]> {
  const dir = mkdtempSync(join(tmpdir(), 'csshell-fileenc-'));
  const r = await runPs(script, { workingDirectory: dir });
  expect(r.errors).toBe('');
  return [...readFileSync(join(dir, file))];
}

describe('[System.IO.File] writes with an encoding', () => {
  it('WriteAllText: UTF-16 with its mark, ANSI, and UTF-8 without a mark by default', async () => {
    expect(await bytesAfter('[IO.File]::WriteAllText("$PWD\\u.txt", "\u00e9", [Text.Encoding]::Unicode)', 'u.txt')).toEqual([0xff, 0xfe, 0xe9, 0x00]);
    expect(await bytesAfter('[IO.File]::WriteAllText("$PWD\\a.txt", "\u00e9", [Text.Encoding]::Default)', 'a.txt')).toEqual([0xe9]);
    expect(await bytesAfter('[IO.File]::WriteAllText("$PWD\\d.txt", "\u00e9")', 'd.txt')).toEqual([0xc3, 0xa9]);
  });

  it('WriteAllLines and AppendAllText follow the encoding too', async () => {
    expect(await bytesAfter('[IO.File]::WriteAllLines("$PWD\\l.txt", [string[]]@("x","y"), [Text.Encoding]::UTF8)', 'l.txt')).toEqual([0xef, 0xbb, 0xbf, 0x78, 0x0d, 0x0a, 0x79, 0x0d, 0x0a]);
    expect(await bytesAfter('[IO.File]::AppendAllText("$PWD\\p.txt", "a", [Text.Encoding]::Unicode); [IO.File]::AppendAllText("$PWD\\p.txt", "b", [Text.Encoding]::Unicode)', 'p.txt')).toEqual([0xff, 0xfe, 0x61, 0x00, 0x62, 0x00]);
  });
});
