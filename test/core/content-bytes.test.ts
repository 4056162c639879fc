// -Encoding Byte reads and writes a file's raw bytes: Get-Content gives one [byte] per byte, and
// Set-/Add-Content write the values as bytes, not as lines of their text.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runPs } from '../helpers/run.js';

describe('-Encoding Byte', () => {
  it('Set-Content and Add-Content write the raw bytes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'csshell-bytes-'));
    const r = await runPs('Set-Content b.bin -Value ([byte[]](65, 200, 10)) -Encoding Byte; Add-Content b.bin -Value 0x42 -Encoding Byte', { workingDirectory: dir });
    expect(r.errors).toBe('');
    expect([...readFileSync(join(dir, 'b.bin'))]).toEqual([65, 200, 10, 0x42]);
  });

  it('Get-Content gives the bytes as [byte] values; -Raw gives one byte[]', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'csshell-bytes-'));
    writeFileSync(join(dir, 'ab.bin'), Buffer.from([0x41, 0xff, 0x0a]));
    const r = await runPs('(Get-Content ab.bin -Encoding Byte) -join ","; (Get-Content ab.bin -Encoding Byte)[0].GetType().Name; (Get-Content ab.bin -Encoding Byte -TotalCount 2).Count; (Get-Content ab.bin -Encoding Byte -Raw).GetType().Name', { workingDirectory: dir });
    expect(r.errors).toBe('');
    expect(r.output.trim().split(/\r?\n/)).toEqual(['65,255,10', 'Byte', '2', 'Byte[]']);
  });

  it('a value that is not a byte is refused and nothing is written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'csshell-bytes-'));
    const r = await runPs('Set-Content b.bin -Value 300 -Encoding Byte; Test-Path b.bin', { workingDirectory: dir });
    expect(r.errors).toMatch(/Cannot convert value "300" to type "System.Byte"/);
    expect(r.output.trim()).toBe('False');
  });
});
