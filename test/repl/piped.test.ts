// `csshell` with commands piped to stdin (no terminal): each input is echoed after the prompt and run.
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliPath, runCli } from '../helpers/cli.js';

describe('csshell reading commands from a pipe', () => {
  beforeAll(() => {
    if (!existsSync(cliPath)) throw new Error(`${cliPath} is missing: run npm run build first`);
  });

  it('echoes and runs each input, multi-line ones whole, and stops at exit', () => {
    const r = runCli(['--store', ':memory:'], {
      input: 'Get-CsSite -Identity Redmond | Select-Object -ExpandProperty Identity\n1..2 | ForEach-Object {\n  "n$_"\n}\nexit 4\nGet-CsPool\n',
    });
    expect(r.stdout).toContain('PS C:\\Users\\Administrator> Get-CsSite -Identity Redmond | Select-Object -ExpandProperty Identity\nSite:Redmond\n');
    expect(r.stdout).toContain('PS C:\\Users\\Administrator> 1..2 | ForEach-Object {\n  "n$_"\n}\nn1\nn2\n');
    expect(r.stdout).not.toContain('Get-CsPool');
    expect(r.status).toBe(4);
  });

  it('shows the current location in the prompt, as the prompt function of 5.1 does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'csshell-prompt-'));
    mkdirSync(join(dir, 'certs'));
    const r = runCli(['--store', ':memory:'], { input: 'Set-Location C:\\\nSet-Location certs\ncd ~\n', cwd: dir });
    expect(r.stdout).toContain('PS C:\\Users\\Administrator> Set-Location C:\\\nPS C:\\> Set-Location certs\nPS C:\\certs> cd ~\n');
  });
});

