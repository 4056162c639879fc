// Secrets typed at the shell stay out of what it writes down: the history file (0600, in a 0700
// folder), Get-History, transcripts, and the command lines echoed by error views (interactive,
// batch, scripts, parse errors, $Error records) — while the commands themselves still run.
import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { engineShell, tempHome, type EngineShellHarness } from '../repl/harness.js';
import { newEngine, newStore, runPs } from '../helpers/run.js';
import { checkScript } from '../../src/engine/check/scriptCheck.js';
import { builtins } from '../../src/cmdlets/index.js';

const SECRETS = {
  pfx: 'Pfx-Hist-1x',
  dialback: 'Dial-Hist-2x',
  variable: 'Var-Hist-3x',
  plain: 'Plain-Hist-4x',
  error: 'Err-Hist-5x',
  splat: 'Splat-Hist-6x',
};

let shell: EngineShellHarness | undefined;
afterEach(() => shell?.unmount());

function mode(path: string): number {
  return statSync(path).mode & 0o777;
}

function expectNoSecret(text: string, label: string): void {
  for (const [name, secret] of Object.entries(SECRETS)) expect(text.includes(secret), `${label} holds the ${name} secret:\n${text}`).toBe(false);
}

/** The lines an error view echoes (`+ <command line>`) on the screen. */
function echoedLines(screen: string): string {
  return screen
    .split('\n')
    .filter((l) => l.startsWith('+ '))
    .join('\n');
}

const TYPED = [
  `Import-CsCertificate -Path C:\\missing.pfx -Passw '${SECRETS.pfx}'`,
  `Set-CsXmppGatewayConfiguration -Dialback "${SECRETS.dialback}"`,
  `$x9 = '${SECRETS.variable}'`,
  'Import-CsCertificate -Path C:\\missing.pfx -Password $x9',
  `$ss = ConvertTo-SecureString '${SECRETS.plain}' -AsPlainText -Force`,
  `Import-CsCertificate -Password '${SECRETS.error}' -Path C:\\missing.pfx`,
  `$p = @{ Path = 'C:\\missing.pfx'; Password = '${SECRETS.splat}' }; Import-CsCertificate @p`,
  'Get-CsSite | Select-Object -First 1 -ExpandProperty Identity',
];

describe('the interactive shell', () => {
  it('writes the history file without secrets, 0600 in a 0700 folder; Get-History shows masked lines', async () => {
    const home = tempHome();
    const historyPath = join(home, '.csshell', 'history');
    shell = await engineShell({ historyPath, workingDirectory: home });
    for (const line of TYPED) await shell.run(line);
    const history = readFileSync(historyPath, 'utf8');
    expectNoSecret(history, 'the history file');
    expect(history).toContain("Import-CsCertificate -Path C:\\missing.pfx -Passw '********'");
    expect(history).toContain('Set-CsXmppGatewayConfiguration -Dialback "********"');
    expect(history).toContain("$x9 = '********'");
    expect(history).toContain('Get-CsSite | Select-Object -First 1 -ExpandProperty Identity');
    expect(mode(historyPath)).toBe(0o600);
    expect(mode(join(home, '.csshell'))).toBe(0o700);

    const screen = await shell.run('Get-History | Format-List CommandLine');
    const listed = screen.slice(screen.lastIndexOf('Get-History | Format-List CommandLine'));
    expectNoSecret(listed, 'Get-History');
    expect(listed).toContain("CommandLine : Import-CsCertificate -Path C:\\missing.pfx -Passw '********'");
    expectNoSecret(echoedLines(shell.screen()), 'the error views');
    expect(echoedLines(shell.screen())).toContain(`+ Import-CsCertificate -Password '********' -Path C:\\missing.pfx`);
  });

  it('records a transcript without secrets: typed lines, echoed values, error views', async () => {
    const home = tempHome();
    shell = await engineShell({ historyPath: null, workingDirectory: home });
    await shell.run('Start-Transcript -Path C:\\logs\\session.txt');
    for (const line of TYPED) await shell.run(line);
    await shell.run('$x9');
    await shell.run('Write-Output "the dialback secret is ' + SECRETS.dialback + '"');
    await shell.run('Stop-Transcript');
    const transcriptPath = join(home, 'logs', 'session.txt');
    expect(existsSync(transcriptPath)).toBe(true);
    const transcript = readFileSync(transcriptPath, 'utf8');
    expectNoSecret(transcript, 'the transcript');
    expect(transcript).toContain("PS C:\\Users\\Administrator> Import-CsCertificate -Path C:\\missing.pfx -Passw '********'");
    expect(transcript).toContain("+ Import-CsCertificate -Password '********' -Path C:\\missing.pfx");
    expect(transcript).toContain('Redmond');
  });
});

describe('error views in batch runs', () => {
  it('mask the echoed command line, keeping the underline under the same text', async () => {
    const r = await runPs(`Import-CsCertificate -Password '${SECRETS.error}' -Path C:\\m.pfx`);
    expectNoSecret(r.errors, 'the error output');
    expect(r.errors).toContain(`+ Import-CsCertificate -Password '********' -Path C:\\m.pfx\n+ ${'~'.repeat(56)}\n`);
    // An error after the secret is underlined where its text now stands.
    const after = await runPs(`Import-CsCertificate -Password '${SECRETS.error}' -Bogus 1`);
    expectNoSecret(after.errors, 'the binding error output');
    expect(after.errors).toContain(`+ Import-CsCertificate -Password '********' -Bogus 1\n+ ${' '.repeat(42)}~~~~~~\n`);
  });

  it('mask parse errors, script files, $Error records and binding messages', async () => {
    const parseError = await runPs(`Import-CsCertificate -Password '${SECRETS.error}' -Path (`);
    expect(parseError.parseErrors).toBe(true);
    expectNoSecret(parseError.errors, 'the parse error view');
    expect(parseError.errors).toContain("+ Import-CsCertificate -Password '********' -Path (");

    const script = await runPs(`Get-CsSite | Out-Null\nImport-CsCertificate -Path C:\\missing.pfx -Passw '${SECRETS.pfx}'`, { file: 'C:\\scripts\\deploy.ps1' });
    expectNoSecret(script.errors, 'the script error view');
    expect(script.errors).toContain('At C:\\scripts\\deploy.ps1:2 char:1');

    const record = await runPs(`try { Import-CsCertificate -Path C:\\missing.pfx -Password '${SECRETS.error}' -ErrorAction Stop } catch { }\n$Error[0]`);
    expectNoSecret(record.text, 'the $Error record');
    expect(record.output).toContain("-Password '********'");

    const binding = await runPs(`ConvertFrom-SecureString -SecureString '${SECRETS.plain}'`);
    expect(binding.errors).toContain('ConvertFrom-SecureString');
    expectNoSecret(binding.errors, 'the binding error');
  });
});

describe('other places a secret could show', () => {
  it('$Error records give their line masked (InvocationInfo.Line, PositionMessage)', async () => {
    const r = await runPs(
      `Import-CsCertificate -Path C:\\missing.pfx -Password '${SECRETS.error}' 2>$null\n$Error[0].InvocationInfo.Line\n$Error[0].InvocationInfo.PositionMessage`,
    );
    expectNoSecret(r.output, 'the InvocationInfo');
    expect(r.output).toContain("Import-CsCertificate -Path C:\\missing.pfx -Password '********' 2>$null");
  });

  it('a passphrase set in an earlier session and shown by Get- stays out of the transcript', async () => {
    const store = newStore();
    await runPs(`Set-CsXmppGatewayConfiguration -DialbackPassphrase '${SECRETS.dialback}'`, { store });
    const dir = tempHome();
    const { engine, host } = newEngine({ store, workingDirectory: dir });
    for (const line of ['Start-Transcript -Path C:\\t.txt | Out-Null', 'Get-CsXmppGatewayConfiguration | Format-List DialbackPassphrase', 'Stop-Transcript | Out-Null']) {
      await engine.execute(line);
    }
    // The console shows the setting (as Get- does); the file written down does not.
    expect(host.output).toContain(SECRETS.dialback);
    expectNoSecret(readFileSync(join(dir, 't.txt'), 'utf8'), 'the transcript');
  });

  it('csshell check does not repeat a secret in its findings', async () => {
    const findings = await checkScript(`ConvertFrom-SecureString -SecureString '${SECRETS.plain}'`, undefined, { cmdlets: builtins().cmdlets });
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('Cannot bind parameter');
    expectNoSecret(findings[0]!.message, 'the finding');
  });
});
