// The sandbox holds under symbolic links. Every file-touching command and operator is tried through a
// link to an outside folder, a link to an outside file, a dangling link and a chain of links; each must
// be refused with PowerShell's access-denied error, show no host path, read nothing outside and leave
// the outside folder exactly as it was. Links that stay inside the sandbox keep working.

import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { newStore, runPs } from '../helpers/run.js';
import { runCli } from '../helpers/cli.js';
import type { Store } from '../../src/store/store.js';

const SECRET = 'SECRET-7d1e';
const EVIL = 'EVIL-RAN-4c2b';
const OUTSIDE_NAME = 'hostside-9a7f';
const OUTSIDE_ONLY = 'outside-only-3e8c.txt';

/** A command or operator that touches files; `{file}`, `{dir}` and `{script}` stand for a path through a link. */
interface FileCommand {
  text: string;
  access: 'read' | 'write';
  /** [IO.File]::Exists answers $false, as .NET does for a path it may not see, instead of an error. */
  refusal?: 'error' | 'false';
}

const COMMANDS: FileCommand[] = [
  { text: 'Get-Content .\\{file}', access: 'read' },
  { text: 'Get-Content .\\{dir}\\*.txt', access: 'read' },
  { text: 'Import-Csv .\\{file}', access: 'read' },
  { text: 'Import-Clixml .\\{file}', access: 'read' },
  { text: 'Select-String -Path .\\{file} -Pattern S', access: 'read' },
  { text: 'more .\\{file}', access: 'read' },
  { text: 'Get-Item .\\{file}', access: 'read' },
  { text: 'Get-ChildItem .\\{file}', access: 'read' },
  { text: 'Get-ChildItem .\\{dir} -Recurse', access: 'read' },
  { text: 'Test-Path .\\{file}', access: 'read' },
  { text: 'Resolve-Path .\\{file}', access: 'read' },
  { text: 'Join-Path . {file} -Resolve', access: 'read' },
  { text: 'Set-Location .\\{dir}', access: 'read' },
  { text: 'Push-Location .\\{dir}', access: 'read' },
  { text: "[IO.File]::ReadAllText('.\\{file}')", access: 'read' },
  { text: "[IO.File]::ReadAllLines('.\\{file}')", access: 'read' },
  { text: "[IO.File]::Exists('.\\{file}')", access: 'read', refusal: 'false' },
  { text: "switch -File '.\\{file}' { default { $_ } }", access: 'read' },
  { text: '. .\\{script}', access: 'read' },
  { text: '& .\\{script}', access: 'read' },
  { text: '.\\{script}', access: 'read' },
  { text: 'Import-CsCertificate -Path .\\{file} -Password x', access: 'read' },
  { text: 'Import-CsConfiguration -FileName .\\{file}', access: 'read' },
  { text: 'Publish-CsTopology -FileName .\\{file}', access: 'read' },
  { text: 'Copy-Item .\\{file} .\\copy.txt', access: 'read' },
  { text: "Set-Content .\\{file} 'pwned'", access: 'write' },
  { text: "Set-Content .\\{dir}\\new.txt 'pwned'", access: 'write' },
  { text: "Add-Content .\\{file} 'pwned'", access: 'write' },
  { text: 'Clear-Content .\\{file}', access: 'write' },
  { text: "'pwned' | Out-File .\\{file}", access: 'write' },
  { text: "'pwned' > .\\{file}", access: 'write' },
  { text: "'pwned' >> .\\{file}", access: 'write' },
  { text: 'Get-Nope 2> .\\{file}', access: 'write' },
  { text: "'pwned' | Tee-Object -FilePath .\\{file}", access: 'write' },
  { text: 'New-Item .\\{file} -Value pwned -Force', access: 'write' },
  { text: 'New-Item -ItemType Directory .\\{dir}\\newdir', access: 'write' },
  { text: 'mkdir .\\{dir}\\newdir', access: 'write' },
  { text: '[pscustomobject]@{ a = 1 } | Export-Csv .\\{file}', access: 'write' },
  { text: '[pscustomobject]@{ a = 1 } | Export-Clixml .\\{file}', access: 'write' },
  { text: 'Export-CsConfiguration -FileName .\\{file}', access: 'write' },
  { text: 'Request-CsCertificate -New -Type Default -Output .\\{file}', access: 'write' },
  { text: 'Get-CsCertificate -Report .\\{file}', access: 'write' },
  { text: 'Remove-CsCertificate -Type XmppServer -Force -Report .\\{file}', access: 'write' },
  { text: '(Get-CsTopology -AsXml) | Set-Content C:\\t.xml; Publish-CsTopology -FileName C:\\t.xml -BackupFileName .\\{file} -Force', access: 'write' },
  { text: 'Start-Transcript -Path .\\{file}', access: 'write' },
  { text: 'Start-Transcript -OutputDirectory .\\{dir}', access: 'write' },
  { text: 'Remove-Item .\\{file} -Force', access: 'write' },
  { text: 'Remove-Item .\\{dir} -Recurse -Force', access: 'write' },
  { text: 'Rename-Item .\\{file} renamed.txt', access: 'write' },
  { text: 'Move-Item .\\{file} .\\moved.txt', access: 'write' },
  { text: 'Move-Item .\\inside.txt .\\{file} -Force', access: 'write' },
  { text: 'Copy-Item .\\inside.txt .\\{file} -Force', access: 'write' },
  { text: "[IO.File]::WriteAllText('.\\{file}', 'pwned')", access: 'write' },
  { text: "[IO.File]::WriteAllLines('.\\{file}', [string[]]@('pwned'))", access: 'write' },
  { text: "[IO.File]::AppendAllText('.\\{file}', 'pwned')", access: 'write' },
  { text: "$w = [IO.StreamWriter] '.\\{file}'; $w.WriteLine('pwned'); $w.Close()", access: 'write' },
  { text: "$w = New-Object IO.StreamWriter '.\\{file}', $true; $w.WriteLine('pwned'); $w.Close()", access: 'write' },
  { text: "$w = New-Object IO.StreamWriter '.\\{dir}\\new.txt'; $w.Write('pwned')", access: 'write' },
  { text: "[IO.File]::AppendText('.\\{file}')", access: 'write' },
  { text: "[IO.StreamReader]::new('.\\{file}').ReadToEnd()", access: 'read' },
  { text: "[IO.File]::OpenText('.\\{file}').ReadLine()", access: 'read' },
];

/** How each kind of link is reached from the sandbox root (paths relative to it, PowerShell style). */
const SCENARIOS = {
  'a link to an outside folder': { file: 'out\\victim.txt', dir: 'out', script: 'out\\evil.ps1' },
  'a link to an outside file': { file: 'filelink', dir: 'filelink', script: 'scriptlink.ps1' },
  'a dangling link': { file: 'dangling', dir: 'dangling', script: 'dangling.ps1' },
  'a link chain (link -> link -> outside)': { file: 'chain\\victim.txt', dir: 'chain', script: 'chain\\evil.ps1' },
} as const;
type Scenario = (typeof SCENARIOS)[keyof typeof SCENARIOS];

interface World {
  base: string;
  root: string;
  outside: string;
}

/** A temp folder with the sandbox root and, next to it, an outside folder the root links to. */
function makeWorld(): World {
  const base = mkdtempSync(join(tmpdir(), 'csshell-links-'));
  const root = join(base, 'root');
  const outside = join(base, OUTSIDE_NAME);
  mkdirSync(root);
  mkdirSync(join(outside, 'sub'), { recursive: true });
  writeFileSync(join(outside, 'victim.txt'), `${SECRET}\r\n`);
  writeFileSync(join(outside, 'evil.ps1'), `'${EVIL}'\n`);
  writeFileSync(join(outside, 'sub', OUTSIDE_ONLY), SECRET);
  writeFileSync(join(root, 'inside.txt'), 'inside\r\n');
  symlinkSync(outside, join(root, 'out'));
  symlinkSync(join(outside, 'victim.txt'), join(root, 'filelink'));
  symlinkSync(join(outside, 'evil.ps1'), join(root, 'scriptlink.ps1'));
  symlinkSync(join(outside, 'missing.txt'), join(root, 'dangling'));
  symlinkSync(join(outside, 'missing.ps1'), join(root, 'dangling.ps1'));
  symlinkSync(outside, join(root, 'hop'));
  symlinkSync('hop', join(root, 'chain'));
  return { base, root, outside };
}

/** Names, kinds, sizes, contents and modification times of everything under a folder. */
function snapshot(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string, rel: string) => {
    const st = lstatSync(d);
    out.push(`${rel}/ ${st.mtimeMs}`);
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      const s = lstatSync(p);
      if (s.isDirectory()) walk(p, `${rel}/${name}`);
      else out.push(`${rel}/${name} ${s.size} ${s.mtimeMs} ${readFileSync(p, 'latin1')}`);
    }
  };
  walk(dir, '');
  return out;
}

/** Every regular file under the root (links not followed) holds no outside content. */
function rootContents(dir: string): string {
  let all = '';
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const s = lstatSync(p);
    if (s.isDirectory()) all += rootContents(p);
    else if (s.isFile()) all += readFileSync(p, 'latin1') + readFileSync(p, 'utf16le');
  }
  return all;
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function expectNoLeak(text: string, world: World): void {
  expect(text).not.toContain(SECRET);
  expect(text).not.toContain(EVIL);
  expect(text).not.toContain(OUTSIDE_ONLY);
  expect(text).not.toContain(OUTSIDE_NAME);
  expect(text).not.toContain(world.base);
  expect(text).not.toContain(realpathSync(world.base));
  expect(text).not.toMatch(/ENOENT|ENOTDIR|EACCES|ELOOP|EEXIST|\n\s+at /);
}

describe('commands and operators through links that leave the sandbox are refused', () => {
  let store: Store;
  beforeAll(() => {
    store = newStore();
  });

  for (const [scenarioName, scenario] of Object.entries(SCENARIOS) as [string, Scenario][]) {
    describe(`through ${scenarioName}`, () => {
      for (const command of COMMANDS) {
        const script = command.text.replace('{file}', scenario.file).replace('{dir}', scenario.dir).replace('{script}', scenario.script);
        it(`${command.access}: ${script}`, async () => {
          const world = makeWorld();
          const before = snapshot(world.outside);
          const r = await runPs(script, { store, workingDirectory: world.root });
          const shown = `${r.output}\n${r.errors}`;
          if (command.refusal === 'false') {
            expect(r.output.trim()).toBe('False');
            expect(r.errors).toBe('');
          } else {
            const placeholder = command.text.includes('{dir}') ? scenario.dir : command.text.includes('{script}') ? scenario.script : scenario.file;
            // The full PowerShell path, or (the Skype for Business cmdlets) the path as typed.
            expect(r.errors).toMatch(new RegExp(`Access to the path '(C:\\\\Users\\\\Administrator\\\\|\\.\\\\)${escapeRegex(placeholder)}[^']*' is denied\\.`));
          }
          expectNoLeak(shown, world);
          expect(snapshot(world.outside)).toEqual(before);
          expect(rootContents(world.root)).not.toContain(SECRET);
          expect(existsSync(join(world.outside, 'missing.txt'))).toBe(false);
        });
      }
    });
  }
});

describe('the access-denied error of each cmdlet is the one Windows PowerShell 5.1 shows', () => {
  const cases: [string, string][] = [
    ['Get-Content .\\out\\victim.txt', 'PermissionDenied: (C:\\Users\\Administrator\\out\\victim.txt:String) [Get-Content], UnauthorizedAccessException'],
    ['Get-Content .\\out\\victim.txt', 'GetContentReaderUnauthorizedAccessError,Microsoft.PowerShell.Commands.GetContentCommand'],
    ["Set-Content .\\out\\victim.txt 'x'", 'GetContentWriterUnauthorizedAccessError,Microsoft.PowerShell.Commands.SetContentCommand'],
    ["Add-Content .\\out\\victim.txt 'x'", 'GetContentWriterUnauthorizedAccessError,Microsoft.PowerShell.Commands.AddContentCommand'],
    ["'x' | Out-File .\\out\\victim.txt", 'OpenError: (:) [Out-File], UnauthorizedAccessException'],
    ["'x' | Out-File .\\out\\victim.txt", 'FileOpenFailure,Microsoft.PowerShell.Commands.OutFileCommand'],
    ["'x' > .\\out\\victim.txt", 'FileOpenFailure,Microsoft.PowerShell.Commands.OutFileCommand'],
    ['Import-Csv .\\out\\victim.txt', 'FileOpenFailure,Microsoft.PowerShell.Commands.ImportCsvCommand'],
    ['New-Item .\\out\\x.txt', 'NewItemUnauthorizedAccessError,Microsoft.PowerShell.Commands.NewItemCommand'],
    ['Remove-Item .\\out\\victim.txt', 'RemoveFileSystemItemUnAuthorizedAccess,Microsoft.PowerShell.Commands.RemoveItemCommand'],
    ['Get-ChildItem .\\out', 'ItemExistsUnauthorizedAccessError,Microsoft.PowerShell.Commands.GetChildItemCommand'],
    ['Get-ChildItem .\\out', "Cannot find path 'C:\\Users\\Administrator\\out' because it does not exist."],
    ['Set-Location .\\out', 'ItemExistsUnauthorizedAccessError,Microsoft.PowerShell.Commands.SetLocationCommand'],
    ['Select-String -Path .\\out\\victim.txt -Pattern x', "The file C:\\Users\\Administrator\\out\\victim.txt cannot be read: Access to the path"],
    ['Copy-Item .\\out\\victim.txt .\\c.txt', 'CopyFileInfoItemUnauthorizedAccessError,Microsoft.PowerShell.Commands.CopyItemCommand'],
    ['Start-Transcript -Path .\\out\\t.txt', 'Transcription cannot be started due to the error: Access to the path'],
    ['Export-CsConfiguration -FileName .\\out\\c.zip', 'PermissionDenied: (.\\out\\c.zip:String) [Export-CsConfiguration], UnauthorizedAccessException'],
    ['Test-Path .\\out\\victim.txt', 'ItemExistsUnauthorizedAccessError,Microsoft.PowerShell.Commands.TestPathCommand'],
    ["[IO.File]::ReadAllText('.\\out\\victim.txt')", 'Exception calling "ReadAllText" with "1" argument(s): "Access to the path'],
    ['& .\\out\\evil.ps1', 'CommandNotFoundException'],
  ];
  for (const [script, expected] of cases) {
    it(`${script} -> ${expected}`, async () => {
      const world = makeWorld();
      const r = await runPs(script, { workingDirectory: world.root });
      expect(r.errors).toContain(expected);
    });
  }
});

describe('links that stay inside the sandbox keep working', () => {
  function insideWorld(): World {
    const world = makeWorld();
    mkdirSync(join(world.root, 'data'));
    writeFileSync(join(world.root, 'data', 'a.txt'), 'alpha\r\n');
    writeFileSync(join(world.root, 'data', 'ok.ps1'), "'script ran'\n");
    symlinkSync('data', join(world.root, 'inlink'));
    symlinkSync(join(world.root, 'data'), join(world.root, 'absinlink'));
    return world;
  }

  it('reads, writes, lists, changes location and runs scripts through a link to an inside folder', async () => {
    const world = insideWorld();
    const r = await runPs(
      `Get-Content .\\inlink\\a.txt
       Set-Content .\\inlink\\b.txt 'beta'
       Get-Content .\\absinlink\\b.txt
       (Get-ChildItem .\\inlink -Name) -join ','
       & .\\inlink\\ok.ps1
       Set-Location .\\inlink
       (Get-Location).Path
       Get-Content a.txt`,
      { workingDirectory: world.root },
    );
    expect(r.errors).toBe('');
    expect(r.output.trim().split('\n')).toEqual(['alpha', 'beta', 'a.txt,b.txt,ok.ps1', 'script ran', 'C:\\Users\\Administrator\\inlink', 'alpha']);
    expect(readFileSync(join(world.root, 'data', 'b.txt'), 'latin1')).toBe('beta\r\n');
  });

  it('Remove-Item of a link to an inside folder removes the link, not the folder', async () => {
    const world = insideWorld();
    const r = await runPs('Remove-Item .\\inlink', { workingDirectory: world.root });
    expect(r.errors).toBe('');
    expect(existsSync(join(world.root, 'inlink'))).toBe(false);
    expect(readFileSync(join(world.root, 'data', 'a.txt'), 'latin1')).toBe('alpha\r\n');
  });

  it('a dangling link whose target lies inside the sandbox is written through to that target', async () => {
    const world = insideWorld();
    symlinkSync('data/later.txt', join(world.root, 'later'));
    const r = await runPs("Set-Content .\\later 'soon'; Get-Content .\\later", { workingDirectory: world.root });
    expect(r.errors).toBe('');
    expect(r.output.trim()).toBe('soon');
    expect(readFileSync(join(world.root, 'data', 'later.txt'), 'latin1')).toBe('soon\r\n');
  });

  it('a sandbox root reached through a linked folder still works', async () => {
    const world = insideWorld();
    symlinkSync(world.root, join(world.base, 'rootlink'));
    const r = await runPs("Set-Content .\\inlink\\c.txt 'gamma'; Get-Content C:\\data\\c.txt; Get-Content .\\out\\victim.txt", {
      workingDirectory: join(world.base, 'rootlink'),
    });
    expect(r.output.trim()).toBe('gamma');
    expect(r.errors).toContain("Access to the path 'C:\\Users\\Administrator\\out\\victim.txt' is denied.");
    expectNoLeak(r.errors, world);
  });

  it('Copy-Item -Recurse of a folder holding a link out is refused before anything is copied; Remove-Item -Recurse leaves the outside alone', async () => {
    const world = insideWorld();
    symlinkSync(world.outside, join(world.root, 'data', 'escape'));
    const before = snapshot(world.outside);
    const r = await runPs('Copy-Item .\\data .\\copy -Recurse; Remove-Item .\\data -Recurse -Force', { workingDirectory: world.root });
    expect(r.errors).toContain("Access to the path 'C:\\Users\\Administrator\\data\\escape' is denied.");
    expect(existsSync(join(world.root, 'copy'))).toBe(false);
    expect(snapshot(world.outside)).toEqual(before);
    expectNoLeak(`${r.output}\n${r.errors}`, world);
  });

  it('a wildcard matching a link out of the sandbox: that file is refused, the others are read; Get-ChildItem * lists the link', async () => {
    const world = insideWorld();
    writeFileSync(join(world.root, 'notes.txt'), 'kept\r\n');
    symlinkSync(join(world.outside, 'victim.txt'), join(world.root, 'zz.txt'));
    const r = await runPs('Get-Content *.txt; (Get-ChildItem *.txt | ForEach-Object { $_.Mode + " " + $_.Name }) -join ","', { workingDirectory: world.root });
    expect(r.output.trim().split('\n')).toEqual(['inside', 'kept', '-a---- inside.txt,-a---- notes.txt,-a---l zz.txt']);
    expect(r.errors).toContain("Get-Content : Access to the path 'C:\\Users\\Administrator\\zz.txt' is denied.");
    expectNoLeak(`${r.output}\n${r.errors}`, world);
  });

  it('Get-ChildItem lists links as 5.1 lists reparse points, never follows them out, and names no host path', async () => {
    const world = insideWorld();
    const before = snapshot(world.outside);
    const r = await runPs('Get-ChildItem; Get-ChildItem -Recurse | Out-String', { workingDirectory: world.root });
    expect(r.errors).toBe('');
    const lines = r.output.split('\n');
    expect(lines.find((l) => / dangling$/.test(l))).toMatch(/^-a---l /);
    expect(lines.find((l) => / out$/.test(l))).toMatch(/^[-d]----l |^-a---l /);
    expect(lines.find((l) => / inlink$/.test(l))).toMatch(/^d----l /);
    expect(lines.find((l) => / inside\.txt$/.test(l))).toMatch(/^-a---- /);
    expect(r.output).not.toContain('victim.txt');
    expectNoLeak(r.output, world);
    expect(snapshot(world.outside)).toEqual(before);
  });
});

describe('through the built CLI', () => {
  let world: World;
  beforeAll(() => {
    world = makeWorld();
    mkdirSync(join(world.root, 'data'));
    writeFileSync(join(world.root, 'data', 'ok.ps1'), "'script ran'\n");
    symlinkSync('data', join(world.root, 'inlink'));
  });

  it('csshell run .\\out\\evil.ps1 is refused and runs nothing', () => {
    for (const file of ['.\\out\\evil.ps1', './out/evil.ps1', './scriptlink.ps1', './chain/evil.ps1']) {
      const r = runCli(['run', file], { cwd: world.root });
      expect(r.stderr).toContain('Access to the path');
      expect(r.stderr).toContain('is denied.');
      expect(r.status).toBe(1);
      expectNoLeak(r.stdout + r.stderr, world);
    }
  });

  it('& .\\out\\evil.ps1, Get-Content and Get-ChildItem -Recurse in a batch run', () => {
    const r = runCli(['-c', "& .\\out\\evil.ps1; Get-Content .\\filelink; 'x' > .\\dangling; Get-ChildItem -Recurse"], { cwd: world.root });
    expect(r.stderr).toContain("Access to the path 'C:\\Users\\Administrator\\out\\evil.ps1' is denied.");
    expect(r.stderr).toContain("Access to the path 'C:\\Users\\Administrator\\filelink' is denied.");
    expect(r.stderr).toContain("Access to the path 'C:\\Users\\Administrator\\dangling' is denied.");
    expectNoLeak(r.stdout + r.stderr, world);
    expect(existsSync(join(world.outside, 'missing.txt'))).toBe(false);
  });

  it('a lab whose store is a link out of its folder is refused and creates nothing outside', () => {
    const lab = mkdtempSync(join(tmpdir(), 'csshell-lab-link-'));
    const outside = mkdtempSync(join(tmpdir(), 'csshell-lab-outside-'));
    symlinkSync(join(outside, 'stolen.db'), join(lab, 'lab.db'));
    for (const args of [['check'], ['start', '--no-shell']]) {
      const r = runCli(['lab', args[0]!, 'xmpp-federation', '--folder', lab, ...args.slice(1)], { cwd: lab });
      expect(r.stderr).toContain("Access to the path 'C:\\Users\\Administrator\\lab.db' is denied.");
      expect(r.status).not.toBe(0);
    }
    expect(readdirSync(outside)).toEqual([]);
  });

  it('csshell run through a link to an inside folder runs the script', () => {
    const r = runCli(['run', '.\\inlink\\ok.ps1'], { cwd: world.root });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('script ran\n');
    expect(statSync(join(world.root, 'data', 'ok.ps1')).isFile()).toBe(true);
  });
});
