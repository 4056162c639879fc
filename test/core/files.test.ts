import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evalPs, runPs } from '../helpers/run.js';
import { PSObject } from '../../src/engine/runtime/values.js';

const sandbox = () => mkdtempSync(join(tmpdir(), 'csshell-files-'));

describe('content cmdlets', () => {
  it('Set-Content, Add-Content and Get-Content with -TotalCount, -Tail and -Raw', async () => {
    const dir = sandbox();
    const r = await evalPs(
      `Set-Content -Path notes.txt -Value 'one','two'
       Add-Content notes.txt 'three'
       'four' | Add-Content C:\\notes.txt
       (Get-Content notes.txt).Count
       Get-Content notes.txt -TotalCount 1
       Get-Content notes.txt -Tail 1
       (Get-Content notes.txt -Raw).Length`,
      { workingDirectory: dir },
    );
    expect(r.errors).toBe('');
    expect(readFileSync(join(dir, 'notes.txt'), 'latin1')).toBe('one\r\ntwo\r\nthree\r\nfour\r\n');
    expect(r.values).toEqual([4, 'one', 'four', 23]);
  });

  it('Get-Content reads UTF-16 files written by Out-File', async () => {
    const dir = sandbox();
    const r = await evalPs(`'héllo' | Out-File u.txt; Get-Content u.txt`, { workingDirectory: dir });
    expect(r.values).toEqual(['héllo']);
  });

  it('Get-Content of a missing file is a PathNotFound error naming the full path', async () => {
    const r = await runPs('Get-Content missing.txt', { workingDirectory: sandbox() });
    expect(r.errors).toContain("Cannot find path 'C:\\Users\\Administrator\\missing.txt' because it does not exist.");
    expect(r.errors).toContain('PathNotFound,Microsoft.PowerShell.Commands.GetContentCommand');
  });
});

describe('items and locations', () => {
  it('Test-Path, New-Item and Remove-Item', async () => {
    const dir = sandbox();
    const r = await evalPs(
      `Test-Path certs
       New-Item -ItemType Directory -Path certs | Out-Null
       Test-Path C:\\certs -PathType Container
       New-Item -Path certs -Name a.txt -ItemType File -Value 'x' | Out-Null
       Test-Path certs\\a.txt -PathType Leaf
       Remove-Item certs\\a.txt
       Test-Path certs\\a.txt`,
      { workingDirectory: dir },
    );
    expect(r.values).toEqual([false, true, true, false]);
    expect(existsSync(join(dir, 'certs'))).toBe(true);
  });

  it('New-Item refuses to overwrite; Remove-Item of a missing path errors', async () => {
    const dir = sandbox();
    writeFileSync(join(dir, 'a.txt'), 'x');
    const r = await runPs('New-Item a.txt; Remove-Item nope.txt', { workingDirectory: dir });
    expect(r.errors).toContain("The file 'C:\\Users\\Administrator\\a.txt' already exists.");
    expect(r.errors).toContain("Cannot find path 'C:\\Users\\Administrator\\nope.txt' because it does not exist.");
  });

  it('Get-ChildItem lists directories then files in the 5.1 layout', async () => {
    const dir = sandbox();
    mkdirSync(join(dir, 'certs'));
    writeFileSync(join(dir, 'b.csv'), '12345');
    const r = await runPs('Get-ChildItem', { workingDirectory: dir });
    const lines = r.output.split('\n');
    expect(lines.slice(0, 6)).toEqual(['', '', '    Directory: C:\\Users\\Administrator', '', '', 'Mode                LastWriteTime         Length Name']);
    expect(lines[6]).toBe('----                -------------         ------ ----');
    expect(lines[7]).toMatch(/^d-----\s+\d{1,2}\/\d{1,2}\/\d{4}\s+\d{1,2}:\d{2} [AP]M\s+certs$/);
    expect(lines[8]).toMatch(/^-a----\s+\S+\s+\S+ [AP]M\s+5 b\.csv$/);
    const names = await evalPs('Get-ChildItem -Filter *.csv -Name', { workingDirectory: dir });
    expect(names.values).toEqual(['b.csv']);
    const files = await evalPs('Get-ChildItem -File | ForEach-Object Name', { workingDirectory: dir });
    expect(files.values).toEqual(['b.csv']);
  });

  it('Get-Location and Set-Location stay inside the sandbox', async () => {
    const dir = sandbox();
    mkdirSync(join(dir, 'certs'));
    writeFileSync(join(dir, 'certs', 'edge.txt'), 'pem');
    const r = await evalPs(
      `Set-Location certs
       (Get-Location).Path
       Get-Content edge.txt
       Set-Location ..
       "$(Get-Location)"`,
      { workingDirectory: dir },
    );
    expect(r.values).toEqual(['C:\\Users\\Administrator\\certs', 'pem', 'C:\\Users\\Administrator']);
    const bad = await runPs('Set-Location nowhere', { workingDirectory: dir });
    expect(bad.errors).toContain("Cannot find path 'C:\\Users\\Administrator\\nowhere' because it does not exist.");
  });

  it('Join-Path and Split-Path', async () => {
    const r = await evalPs(
      `Join-Path C:\\certs edge.pfx
       Join-Path 'C:\\certs\\' '\\edge.pfx'
       Split-Path C:\\certs\\edge.pfx
       Split-Path C:\\certs\\edge.pfx -Leaf
       Split-Path C:\\edge.pfx -Parent
       Split-Path C:\\certs -Qualifier
       Split-Path C:\\certs -IsAbsolute`,
    );
    expect(r.values).toEqual(['C:\\certs\\edge.pfx', 'C:\\certs\\edge.pfx', 'C:\\certs', 'edge.pfx', 'C:\\', 'C:', true]);
  });

  it('FileInfo objects carry the usual properties', async () => {
    const dir = sandbox();
    writeFileSync(join(dir, 'x.cer'), 'abc');
    const r = await evalPs('Get-ChildItem x.cer', { workingDirectory: dir });
    const f = r.values[0] as PSObject;
    expect([f.get('Name'), f.get('Extension'), f.get('Length'), f.get('FullName')]).toEqual(['x.cer', '.cer', 3, 'C:\\Users\\Administrator\\x.cer']);
  });
});

describe('location shared with the rest of the shell', () => {
  it('Set-Location C:\\ moves to the drive root, shown as C:\\ (the sandbox root is every drive root)', async () => {
    const dir = sandbox();
    mkdirSync(join(dir, 'certs'));
    const r = await evalPs(
      `Set-Location C:\\
       (Get-Location).Path
       Set-Location certs
       "$PWD"
       Set-Location ..
       (Get-Location).Path
       Set-Location ~
       (Get-Location).Path
       Push-Location C:\\certs
       (Get-Location).Path
       Pop-Location
       (Get-Location).Path`,
      { workingDirectory: dir },
    );
    expect(r.errors).toBe('');
    expect(r.values).toEqual(['C:\\', 'C:\\certs', 'C:\\', 'C:\\Users\\Administrator', 'C:\\certs', 'C:\\Users\\Administrator']);
  });

  it('items named by a drive-rooted path show that path and its parent (mkdir C:\\certs: Directory C:\\)', async () => {
    const dir = sandbox();
    const r = await evalPs(
      `$m = mkdir C:\\made
       $m.FullName; $m.PSParentPath
       $d = New-Item -ItemType Directory C:\\certs
       $d.FullName; $d.PSParentPath
       Set-Content C:\\certs\\a.txt x
       (Get-Item C:\\certs\\a.txt).DirectoryName
       (Get-ChildItem C:\\certs).FullName
       (Get-ChildItem C:\\ -Directory).FullName
       (Get-ChildItem certs).FullName`,
      { workingDirectory: dir },
    );
    expect(r.errors).toBe('');
    expect(r.values).toEqual([
      'C:\\made',
      'C:\\',
      'C:\\certs',
      'C:\\',
      'C:\\certs',
      'C:\\certs\\a.txt',
      'C:\\certs',
      'C:\\made',
      'C:\\Users\\Administrator\\certs\\a.txt',
    ]);
  });

  it('relative paths of other cmdlets and $PWD follow Set-Location', async () => {
    const dir = sandbox();
    mkdirSync(join(dir, 'certs'));
    const r = await evalPs('Set-Location certs; "$PWD"; $PWD.Path; Set-Content x.txt hi; Get-Content C:\\certs\\x.txt', { workingDirectory: dir });
    expect(r.values).toEqual(['C:\\Users\\Administrator\\certs', 'C:\\Users\\Administrator\\certs', 'hi']);
    expect(existsSync(join(dir, 'certs', 'x.txt'))).toBe(true);
  });
});

describe('Copy-Item, Move-Item, Rename-Item', () => {
  it('copies, moves and renames inside the sandbox', async () => {
    const dir = sandbox();
    writeFileSync(join(dir, 'a.txt'), 'A');
    mkdirSync(join(dir, 'archive'));
    const r = await runPs('Copy-Item a.txt b.txt; Copy-Item a.txt archive; Move-Item b.txt archive\\c.txt; Rename-Item a.txt d.txt; Copy-Item d.txt archive\\c.txt; Copy-Item nope.txt x.txt', { workingDirectory: dir });
    expect(existsSync(join(dir, 'archive', 'a.txt'))).toBe(true);
    expect(readFileSync(join(dir, 'archive', 'c.txt'), 'utf8')).toBe('A');
    expect(existsSync(join(dir, 'd.txt'))).toBe(true);
    expect(existsSync(join(dir, 'a.txt'))).toBe(false);
    expect(r.errors).toContain("The file 'C:\\Users\\Administrator\\archive\\c.txt' already exists.");
    expect(r.errors).toContain("Cannot find path 'C:\\Users\\Administrator\\nope.txt' because it does not exist.");
  });
});
