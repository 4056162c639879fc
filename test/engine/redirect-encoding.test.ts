// `>` and `>>` write files as Out-File does in Windows PowerShell 5.1 (UTF-16 LE with a byte-order
// mark, CRLF line ends), and the reading cmdlets and [IO.File] read them back.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runPs } from '../helpers/run.js';

const dirs: string[] = [];
function workDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'csshell-redirect-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const utf16 = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);

describe('redirection encoding', () => {
  it('> writes UTF-16 LE with a BOM and >> appends without a second BOM', async () => {
    const dir = workDir();
    const r = await runPs('"hello" > C:\\out.txt; "café" >> C:\\out.txt', { workingDirectory: dir });
    expect(r.errors).toBe('');
    expect(readFileSync(join(dir, 'out.txt'))).toEqual(utf16('hello\r\ncafé\r\n'));
  });

  it('writes the same bytes as Out-File and Out-File -Append', async () => {
    const dir = workDir();
    await runPs('"one" > C:\\a.txt; "two" >> C:\\a.txt; "one" | Out-File C:\\b.txt; "two" | Out-File C:\\b.txt -Append', { workingDirectory: dir });
    expect(readFileSync(join(dir, 'a.txt'))).toEqual(readFileSync(join(dir, 'b.txt')));
  });

  it('>> onto a missing file creates it with a BOM', async () => {
    const dir = workDir();
    await runPs('"first" >> C:\\new.txt', { workingDirectory: dir });
    expect(readFileSync(join(dir, 'new.txt'))).toEqual(utf16('first\r\n'));
  });

  it('Get-Content, Import-Csv, Select-String and [IO.File] read redirected files back', async () => {
    const dir = workDir();
    const r = await runPs(
      [
        '"hello" > C:\\t.txt; "café" >> C:\\t.txt',
        'Get-Content C:\\t.txt',
        '[IO.File]::ReadAllLines("C:\\t.txt")[1]',
        '([IO.File]::ReadAllText("C:\\t.txt")).Length',
        '(Select-String -Path C:\\t.txt -Pattern caf).Line',
        '[pscustomobject]@{ Identity = "jabber.org"; PartnerType = "Federated" } | ConvertTo-Csv -NoTypeInformation > C:\\p.csv',
        '(Import-Csv C:\\p.csv).PartnerType',
      ].join('\n'),
      { workingDirectory: dir },
    );
    expect(r.errors).toBe('');
    expect(r.output.split('\n').filter((l) => l !== '')).toEqual(['hello', 'café', 'café', '13', 'café', 'Federated']);
  });

  it('2> writes the error record as the console shows it', async () => {
    const dir = workDir();
    const r = await runPs('Write-Error "boom" 2> C:\\err.txt', { workingDirectory: dir });
    expect(r.errors).toBe('');
    const text = readFileSync(join(dir, 'err.txt'));
    expect([text[0], text[1]]).toEqual([0xff, 0xfe]);
    expect(text.subarray(2).toString('utf16le')).toContain('boom');
  });

  it('a UTF-8 file from elsewhere still reads through [IO.File]::ReadAllText', async () => {
    const dir = workDir();
    writeFileSync(join(dir, 'u.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('naïve', 'utf8')]));
    const r = await runPs('[IO.File]::ReadAllText("C:\\u.txt")', { workingDirectory: dir });
    expect(r.output).toBe('naïve\n');
  });
});
