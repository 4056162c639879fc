// `csshell check` through the built CLI: output formats, --store, and --help on every subcommand.

import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { subcommandHelp } from '../../src/host/subcommandHelp.js';

const dir = mkdtempSync(join(tmpdir(), 'csshell-check-cli-'));
const script = join(dir, 'rollout.ps1');
writeFileSync(script, 'New-CsXmppAllowedPartner -Identity a.org -TlsNegotiation Requried -SaslNegotiaton Required\nGet-ADUser -Identity ken\n');

describe('csshell check --format', () => {
  it('json lists every finding with its place, rule, severity and hints', () => {
    const r = runCli(['check', '--format', 'json', script]);
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.findings.map((f: { line: number; column: number; rule: string; severity: string }) => `${f.line}:${f.column} ${f.rule} ${f.severity}`)).toEqual([
      '1:58 CannotConvertArgumentNoMessage error',
      '1:67 NamedParameterNotFound error',
      '2:1 CommandNotEmulated warning',
    ]);
    expect(report.findings[1].suggestions).toEqual(['SaslNegotiation']);
    expect(report.findings[0].file).toBe(script);
    expect([report.errors, report.warnings]).toEqual([2, 1]);
  });

  it('exits 0 when there are only warnings', () => {
    const file = join(dir, 'ad.ps1');
    writeFileSync(file, 'Import-Module ActiveDirectory\nGet-ADUser -Filter *\n');
    const r = runCli(['check', file]);
    expect(r.stdout).toContain(`${file}:2:1: warning: Get-ADUser:`);
    expect(r.stderr).toBe('1 problem found (1 warning)\n');
    expect(r.status).toBe(0);
  });

  it('refuses an unknown format and a store that does not exist, with exit 2', () => {
    expect(runCli(['check', '--format', 'xml', script]).status).toBe(2);
    const r = runCli(['check', '--store', join(dir, 'nope.db'), script]);
    expect(r.stderr).toContain("the store '");
    expect(r.status).toBe(2);
    const notes = join(dir, 'notes.txt');
    writeFileSync(notes, 'not a store\n');
    const foreign = runCli(['check', '--store', notes, script]);
    expect(foreign.stderr).toMatch(/^csshell check: cannot open the store '.*notes\.txt': /);
    expect(foreign.status).toBe(2);
    expect(readFileSync(notes, 'utf8')).toBe('not a store\n');
  });
});

describe('csshell check --store', () => {
  it('reports a policy the deployment does not have', () => {
    const file = join(dir, 'grant.ps1');
    writeFileSync(file, 'Grant-CsExternalAccessPolicy -Identity "Ken Myer" -PolicyName XmppUsers\n');
    const r = runCli(['check', '--store', ':memory:', file]);
    expect(r.stdout).toContain('[IdentityNotFound]');
    expect(r.status).toBe(1);
  });
});

describe('csshell check --store, the store itself', () => {
  it('is only read: its file keeps its bytes and no -wal or -shm file is left beside it', () => {
    const db = join(dir, 'deployment.db');
    expect(runCli(['--store', db, '-c', 'Get-CsSite | Out-Null']).status).toBe(0);
    const before = createHash('sha256').update(readFileSync(db)).digest('hex');
    const listing = readdirSync(dir).sort();
    const file = join(dir, 'partner.ps1');
    writeFileSync(file, 'Set-CsXmppAllowedPartner -Identity jabber.org -TlsNegotiation Required\n');
    expect(runCli(['check', '--store', db, file]).stdout).toContain('[IdentityNotFound]');
    expect(createHash('sha256').update(readFileSync(db)).digest('hex')).toBe(before);
    expect(readdirSync(dir).sort()).toEqual([...listing, 'partner.ps1'].sort());
  });
});

describe('csshell <subcommand> --help', () => {
  for (const sub of ['check', 'parse', 'run', 'diff', 'lab', 'fixture']) {
    it(`${sub} has a usage that names it`, () => {
      expect(subcommandHelp(sub, ['--help'])).toMatch(new RegExp(`csshell .*${sub}`, 'i'));
      expect(subcommandHelp(sub, ['x', '-h'])).toBe(sub === 'run' ? undefined : subcommandHelp(sub, ['--help']));
    });
  }

  it('prints the usage on stdout with exit 0 through the CLI', () => {
    const r = runCli(['lab', '--help']);
    expect([r.stdout, r.stderr, r.status]).toEqual([subcommandHelp('lab', ['--help']), '', 0]);
  });

  it('leaves --help after a script file to the script', () => {
    const file = join(dir, 'args.ps1');
    writeFileSync(file, '"args: $args"\n');
    const r = runCli(['run', file, '--help'], { cwd: dir });
    expect(r.stdout).toBe('args: --help\n');
  });
});
