// The ANSI code page of an en-US Windows server is Windows-1252, not Latin-1: bytes 0x80-0x9F hold the
// euro sign, typographic quotes and dashes. Set-Content writes it by default; Get-Content reads a
// BOM-less file that is not UTF-8 with it.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runPs } from '../helpers/run.js';

describe('Windows-1252 text files', () => {
  it('Set-Content writes the euro sign and typographic quotes as their Windows-1252 bytes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'csshell-ansi-'));
    const r = await runPs("Set-Content -Path prices.txt -Value ('{0} 5 {1}net{2} {3} ok' -f [char]0x20AC, [char]0x201C, [char]0x201D, [char]0x2013)", { workingDirectory: dir });
    expect(r.errors).toBe('');
    expect([...readFileSync(join(dir, 'prices.txt'))]).toEqual([0x80, 0x20, 0x35, 0x20, 0x93, 0x6e, 0x65, 0x74, 0x94, 0x20, 0x96, 0x20, 0x6f, 0x6b, 0x0d, 0x0a]);
  });

  it('Get-Content reads such a file back as the same text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'csshell-ansi-'));
    writeFileSync(join(dir, 'notes.txt'), Buffer.from([0x93, 0x61, 0x94, 0x20, 0x80, 0x0d, 0x0a]));
    const r = await runPs("(Get-Content notes.txt) -eq ('{0}a{1} {2}' -f [char]0x201C, [char]0x201D, [char]0x20AC); (Get-Content notes.txt).Length", { workingDirectory: dir });
    expect(r.errors).toBe('');
    expect(r.output.trim().split(/\r?\n/)).toEqual(['True', '5']);
  });
});
