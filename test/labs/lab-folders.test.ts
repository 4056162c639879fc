// `csshell lab`: a lab's folder is never created or resumed by surprise, and the options are documented.

import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'csshell-labf-'));

describe('csshell lab folders', () => {
  it('check outside a lab folder says so and creates nothing', () => {
    const cwd = tmp();
    const before = readdirSync(cwd);
    const r = runCli(['lab', 'check', 'xmpp-federation'], { cwd });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(join(cwd, 'csshell-labs', 'xmpp-federation'));
    expect(r.stderr).toContain('csshell lab start xmpp-federation');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(readdirSync(cwd)).toEqual(before);
  });

  it('check with --folder naming an empty folder creates nothing in it', () => {
    const cwd = tmp();
    const folder = tmp();
    const r = runCli(['lab', 'check', 'google-talk-repair', '--folder', folder], { cwd });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`csshell lab start google-talk-repair --folder ${folder}`);
    expect(readdirSync(folder)).toEqual([]);
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('start on an existing lab needs --resume or --reset', () => {
    const cwd = tmp();
    expect(runCli(['lab', 'start', 'xmpp-federation', '--no-shell'], { cwd }).status).toBe(0);
    expect(runCli(['-c', 'Set-CsAccessEdgeConfiguration -AllowFederatedUsers $true'], { cwd, env: { CSSHELL_STORE: join(cwd, 'csshell-labs', 'xmpp-federation', 'lab.db') } }).status).toBe(0);
    const again = runCli(['lab', 'start', 'xmpp-federation', '--no-shell'], { cwd });
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('--resume');
    expect(again.stderr).toContain('--reset');
    expect(again.stdout).toBe('');
    expect(runCli(['lab', 'start', 'xmpp-federation', '--no-shell', '--resume'], { cwd }).status).toBe(0);
    expect(runCli(['lab', 'check', 'xmpp-federation'], { cwd }).stdout).toContain('[x] Allow federated users on the Access Edge');
    expect(runCli(['lab', 'start', 'xmpp-federation', '--no-shell', '--reset'], { cwd }).status).toBe(0);
    expect(runCli(['lab', 'check', 'xmpp-federation'], { cwd }).stdout).toContain('0 of 6 tasks done.');
  });

  it('every lab option is in csshell lab --help', () => {
    const r = runCli(['lab', '--help'], { cwd: tmp() });
    expect(r.status).toBe(0);
    for (const o of ['--folder', '--reset', '--resume', '--no-shell', 'hint']) expect(r.stdout).toContain(o);
  });

  it('wraps the lab text to 80 columns when not a terminal', () => {
    const r = runCli(['lab', 'start', 'xmpp-federation', '--no-shell'], { cwd: tmp() });
    const long = r.stdout.split('\n').filter((l) => l.length > 80);
    expect(long).toEqual([]);
    expect(r.stdout).toContain('Test-CsXmppIM');
  });
});
