// `csshell panel` and `csshell lab start --panel` as users start them: the printed address, option
// errors, and a clean stop on SIGTERM.

import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliPath, runCli } from '../helpers/cli.js';

/** Starts the CLI, waits for the start address, fetches it, stops the CLI with SIGTERM. */
function serveOnce(args: string[], cwd: string): Promise<{ url: string; status: number; location?: string; code: number | null; out: string }> {
  const child = spawn(process.execPath, [cliPath, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let asked = false;
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{64}/.exec(out);
      if (!m || asked) return;
      asked = true;
      get(m[0], (res) => {
        res.resume();
        child.kill('SIGTERM');
        child.on('exit', (code) => resolve({ url: m[0], status: res.statusCode ?? 0, location: res.headers.location, code, out }));
      }).on('error', reject);
    });
    child.on('error', reject);
  });
}

describe('csshell panel (CLI)', () => {
  it('prints its address with a one-time token, answers it, and stops cleanly on SIGTERM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'csshell-panel-cli-'));
    const r = await serveOnce(['panel', '--store', join(dir, 'x.db'), '--port', '0', '--open'], dir);
    expect(r.status).toBe(303);
    expect(r.location).toBe('/');
    expect(r.out).toMatch(/no browser is started/);
    expect(r.code).toBe(0);
  });

  it('refuses a bad port and unknown options, and has a usage', () => {
    expect(runCli(['panel', '--port', 'x']).stderr).toMatch(/--port needs a port number/);
    const unknown = runCli(['panel', '--bogus']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/unknown option '--bogus'/);
    expect(runCli(['panel', '--help']).stdout).toMatch(/^usage: csshell panel/);
  });

  it('lab start --panel serves the lab store', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'csshell-panel-lab-'));
    const r = await serveOnce(['lab', 'start', 'xmpp-federation', '--panel'], dir);
    expect(r.out).toContain(join(dir, 'csshell-labs', 'xmpp-federation'));
    expect(r.status).toBe(303);
    expect(r.code).toBe(0);
  });
});
