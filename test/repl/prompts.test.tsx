import { afterEach, describe, expect, it } from 'vitest';
import { KEY, PROMPT, startShell, type ShellHarness } from './harness.js';
import { choiceLine } from '../../src/host/repl/inkHost.js';
import type { ChoiceDescription } from '../../src/engine/host.js';

let shell: ShellHarness;
afterEach(() => shell?.unmount());

const CONFIRM: ChoiceDescription[] = [
  { label: '&Yes', help: 'Continue with only the next step of the operation.' },
  { label: 'Yes to &All', help: 'Continue with all the steps of the operation.' },
  { label: '&No', help: 'Skip this operation and proceed with the next operation.' },
  { label: 'No to A&ll', help: 'Skip this operation and all subsequent operations.' },
  { label: '&Suspend', help: 'Pause the current pipeline and return to the command prompt. Type "exit" to resume the pipeline.' },
];

describe('mandatory-parameter prompts', () => {
  it('shows caption, message and `Identity: `, and returns what is typed', async () => {
    let answer: unknown;
    shell = startShell({
      run: async (_t, host) => {
        answer = await host.prompt('cmdlet New-CsExternalAccessPolicy at command pipeline position 1', 'Supply values for the following parameters:', [
          { name: 'Identity', typeName: 'System.String' },
        ]);
      },
    });
    await shell.press('New-CsExternalAccessPolicy', KEY.enter);
    await shell.waitFor((s) => s.includes('Identity:'));
    expect(shell.screen()).toContain('cmdlet New-CsExternalAccessPolicy at command pipeline position 1\nSupply values for the following parameters:\nIdentity:');
    await shell.press('XmppUsers', KEY.enter);
    await shell.waitFor(() => !shell.controller.isRunning);
    expect(answer).toEqual({ Identity: 'XmppUsers' });
    expect(shell.screen()).toContain('Identity: XmppUsers');
  });

  it('asks array fields element by element until an empty line', async () => {
    let answer: unknown;
    shell = startShell({ run: async (_t, host) => void (answer = await host.prompt('', '', [{ name: 'Type', typeName: 'System.String[]' }])) });
    await shell.press('Request-CsCertificate', KEY.enter);
    await shell.waitFor((s) => s.includes('Type[0]:'));
    await shell.press('Default', KEY.enter);
    await shell.waitFor((s) => s.includes('Type[1]:'));
    await shell.press('XmppServer', KEY.enter);
    await shell.waitFor((s) => s.includes('Type[2]:'));
    await shell.press(KEY.enter);
    await shell.waitFor(() => !shell.controller.isRunning);
    expect(answer).toEqual({ Type: ['Default', 'XmppServer'] });
  });

  it('Ctrl+C cancels the prompt (null) and stops the pipeline', async () => {
    let answer: unknown = 'unset';
    shell = startShell({ run: async (_t, host) => void (answer = await host.prompt('c', 'm', [{ name: 'Identity', typeName: 'System.String' }])) });
    await shell.press('New-CsExternalAccessPolicy', KEY.enter);
    await shell.waitFor((s) => s.includes('Identity:'));
    await shell.press('Xm', KEY.ctrlC);
    await shell.waitFor(() => !shell.controller.isRunning);
    expect(answer).toBeNull();
    expect(shell.stopped()).toBe(1);
  });
});

describe('-Confirm choices', () => {
  it('renders the choice line the console host prints', () => {
    expect(choiceLine(CONFIRM, 0)).toBe('[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help (default is "Y"):');
  });

  it('shows help on ?, asks again, and takes a hot key', async () => {
    let chosen = -1;
    shell = startShell({
      run: async (_t, host) => {
        chosen = await host.promptForChoice('Confirm', 'Are you sure you want to perform this action?', CONFIRM, 0);
      },
    });
    await shell.press('Remove-CsXmppAllowedPartner jabber.org -Confirm', KEY.enter);
    await shell.waitFor((s) => s.includes('(default is "Y"):'));
    expect(shell.screen()).toContain('-Confirm\n\nConfirm\nAre you sure you want to perform this action?\n[Y] Yes  [A] Yes to All');
    await shell.press('?', KEY.enter);
    await shell.waitFor((s) => s.includes('Y - Continue with only the next step of the operation.'));
    expect(shell.screen()).toContain('L - Skip this operation and all subsequent operations.');
    await shell.press('n', KEY.enter);
    await shell.waitFor(() => !shell.controller.isRunning);
    expect(chosen).toBe(2);
  });

  it('Enter alone takes the default', async () => {
    let chosen = -1;
    shell = startShell({ run: async (_t, host) => void (chosen = await host.promptForChoice('Confirm', 'q', CONFIRM, 0)) });
    await shell.press('x', KEY.enter);
    await shell.waitFor((s) => s.includes('(default is "Y"):'));
    await shell.press(KEY.enter);
    await shell.waitFor(() => !shell.controller.isRunning);
    expect(chosen).toBe(0);
  });
});

describe('Read-Host', () => {
  it('reads a line after `Prompt: `', async () => {
    let line: unknown;
    shell = startShell({ run: async (_t, host) => void (line = await host.readLine('Partner domain')) });
    await shell.press('Read-Host "Partner domain"', KEY.enter);
    await shell.waitFor((s) => s.includes('Partner domain:'));
    await shell.press('jabber.org', KEY.enter);
    await shell.waitFor(() => !shell.controller.isRunning);
    expect(line).toBe('jabber.org');
  });

  it('masks secure input on screen', async () => {
    let line: unknown;
    shell = startShell({ run: async (_t, host) => void (line = await host.readLine('Password', { secure: true })) });
    await shell.press('Read-Host -AsSecureString Password', KEY.enter);
    await shell.waitFor((s) => s.includes('Password:'));
    await shell.press('S3cret!');
    expect(shell.screen()).toContain('Password: *******');
    expect(shell.screen()).not.toContain('S3cret');
    await shell.press(KEY.enter);
    await shell.waitFor(() => !shell.controller.isRunning);
    expect(line).toBe('S3cret!');
    expect(shell.screen()).not.toContain('S3cret');
    expect(shell.screen()).toContain(PROMPT.trimEnd());
  });
});
