import { afterEach, describe, expect, it } from 'vitest';
import { KEY, PROMPT, PrintedLines, startShell, type ShellHarness } from './harness.js';
import { INK_COLORS, OutputBuffer, PRINT_LINES_PER_TURN } from '../../src/host/repl/output.js';

let shell: ShellHarness;
afterEach(() => shell?.unmount());

const colorOf = (s: ShellHarness, text: string): string | undefined => {
  for (const line of s.printed.lines) for (const seg of line) if (seg.text.includes(text)) return seg.color;
  for (const line of s.controller.getView().liveLines) for (const seg of line) if (seg.text.includes(text)) return seg.color;
  return 'not found';
};

describe('output streams', () => {
  it('colours errors red, warnings and verbose lines yellow (the 5.1 console host) and Write-Host colours as asked', async () => {
    shell = startShell({
      run: (_t, host) => {
        host.write('output', 'Identity : Global');
        host.write('error', 'Get-CsUser : Management object not found for identity "x".');
        host.write('warning', 'WARNING: Object was not changed.');
        host.write('verbose', 'VERBOSE: Reading policy.');
        host.write('host', 'Done', { foregroundColor: 'Green' });
      },
    });
    await shell.press('Get-CsUser x', KEY.enter);
    const screen = await shell.waitFor((s) => s.includes('Done'));
    expect(screen).toContain('Identity : Global\nGet-CsUser : Management object not found for identity "x".\nWARNING: Object was not changed.\nVERBOSE: Reading policy.\nDone');
    expect(colorOf(shell, 'Identity : Global')).toBeUndefined();
    expect(colorOf(shell, 'Management object')).toBe(INK_COLORS.Red);
    expect(colorOf(shell, 'WARNING')).toBe(INK_COLORS.Yellow);
    expect(colorOf(shell, 'VERBOSE')).toBe(INK_COLORS.Yellow);
    expect(colorOf(shell, 'Done')).toBe(INK_COLORS.Green);
  });

  it('joins Write-Host -NoNewline pieces into one line', async () => {
    shell = startShell({
      run: (_t, host) => {
        host.write('host', 'Checking ', { noNewline: true });
        host.write('host', 'jabber.org', { noNewline: true, foregroundColor: 'Cyan' });
        host.write('host', ' ok');
      },
    });
    await shell.press('x', KEY.enter);
    const screen = await shell.waitFor((s) => s.includes(' ok'));
    expect(screen).toContain('Checking jabber.org ok');
  });

  it('streams output while the command runs', async () => {
    let finish!: () => void;
    shell = startShell({
      run: async (_t, host) => {
        host.write('output', 'first record');
        await new Promise<void>((r) => (finish = r));
        host.write('output', 'second record');
      },
    });
    await shell.press('Get-CsUser', KEY.enter);
    await shell.waitFor((s) => s.includes('first record'));
    expect(shell.screen()).not.toContain('second record');
    finish();
    await shell.waitFor((s) => s.includes('second record'));
  });

  it('prints thousands of lines once each, in batches, and keeps none of them in the view', async () => {
    shell = startShell({
      run: async (_t, host) => {
        for (let i = 0; i < 3000; i++) {
          host.write('output', `line ${i}`);
          if (i % 300 === 299) await new Promise((r) => setTimeout(r, 2));
        }
      },
    });
    await shell.press('Get-CsUser', KEY.enter);
    const screen = await shell.waitFor((s) => s.includes('line 2999') && !shell.controller.isRunning);
    expect(screen.match(/^line 1500$/m)?.length).toBe(1);
    expect(shell.printed.batches).toBeLessThan(100);
    expect(shell.controller.getView().liveLines.map((l) => l.map((x) => x.text).join(''))).toEqual([PROMPT]);
  });
});

describe('syntax highlighting', () => {
  it('colours command, parameter, string, variable and number while typing', async () => {
    shell = startShell();
    await shell.press(`New-CsXmppAllowedPartner -Identity 'jabber.org' -ConnectionLimit 20 -Description $desc # note`);
    expect(colorOf(shell, 'New-CsXmppAllowedPartner')).toBe(INK_COLORS.Yellow);
    expect(colorOf(shell, '-ConnectionLimit')).toBe(INK_COLORS.DarkGray);
    expect(colorOf(shell, "'jabber.org'")).toBe(INK_COLORS.DarkCyan);
    expect(colorOf(shell, '$desc')).toBe(INK_COLORS.Green);
    expect(colorOf(shell, '20')).toBe(INK_COLORS.White);
    expect(colorOf(shell, '# note')).toBe(INK_COLORS.DarkGreen);
  });

  it('marks unknown commands and parse errors, but not a string still being typed', async () => {
    shell = startShell();
    await shell.press(`Get-CsBogus | Get-CsUser -Identity "ken`);
    expect(colorOf(shell, 'Get-CsBogus')).toBe(INK_COLORS.Red);
    expect(colorOf(shell, 'Get-CsUser')).toBe(INK_COLORS.Yellow);
    expect(colorOf(shell, '"ken')).toBe(INK_COLORS.DarkCyan);
    await shell.press(KEY.ctrlU, 'Get-CsUser )');
    const err = shell.controller.getView().liveLines.flat().find((s) => s.text === ')');
    expect(err?.color).toBe(INK_COLORS.Red);
    expect(err?.underline).toBe(true);
  });
});

describe('multi-line input', () => {
  it('continues with >> after an open brace, and runs once it is closed', async () => {
    shell = startShell();
    await shell.press('Get-CsUser | ForEach-Object {', KEY.enter);
    expect(shell.ran).toEqual([]);
    expect(shell.screen()).toContain(`${PROMPT}Get-CsUser | ForEach-Object {\n>>`);
    await shell.press('  $_.SipAddress', KEY.enter, '}', KEY.enter);
    await shell.waitFor(() => shell.ran.length === 1);
    expect(shell.ran[0]).toBe('Get-CsUser | ForEach-Object {\n  $_.SipAddress\n}');
  });

  it('continues after a trailing pipe, a backtick, an open quote and a here-string', async () => {
    shell = startShell();
    for (const start of ['Get-CsUser |', 'Get-CsUser `', 'Write-Host "a', "@'"]) {
      await shell.press(start, KEY.enter);
      expect(shell.ran).toEqual([]);
      expect(shell.live()).toContain('>> ');
      await shell.press(KEY.ctrlC);
    }
  });

  it('Ctrl+C abandons a multi-line input', async () => {
    shell = startShell();
    await shell.press('if ($true) {', KEY.enter, 'Get-CsSite', KEY.ctrlC);
    expect(shell.ran).toEqual([]);
    expect(shell.controller.currentInput).toBe('');
    expect(shell.live()).not.toContain('>>');
  });
});

describe('progress', () => {
  it('draws a bar for Write-Progress and removes it when completed', async () => {
    let finish!: () => void;
    shell = startShell({
      run: async (_t, host) => {
        host.progress({ activityId: 1, activity: 'Granting policy', status: '250 of 1000 users', percentComplete: 25 });
        await new Promise<void>((r) => (finish = r));
        host.progress({ activityId: 1, activity: 'Granting policy', status: 'done', percentComplete: 100, completed: true });
      },
    });
    await shell.press('Get-CsUser | Grant-CsExternalAccessPolicy -PolicyName XmppUsers', KEY.enter);
    const screen = await shell.waitFor((s) => s.includes('Granting policy'));
    expect(screen).toContain('250 of 1000 users');
    expect(screen).toMatch(/\[o+ +\] +25%/);
    finish();
    await shell.waitFor((s) => !s.includes('Granting policy'));
  });
});

describe('very long output', () => {
  it('prints a 5,000-line write over several frames, in order, before the prompt returns', async () => {
    shell = startShell({
      run: (_t, host) => host.write('output', Array.from({ length: 5000 }, (_, i) => `row ${i}`).join('\n')),
    });
    await shell.press('Get-CsUser', KEY.enter);
    await shell.waitFor(() => !shell.controller.isRunning, 60000);
    const screen = shell.screen();
    expect(screen).toMatch(/^row 0\nrow 1\n/m);
    expect(screen).toMatch(/^row 4999\nPS C:\\Users\\Administrator>$/m);
    expect(screen.match(/^row 2345$/gm)?.length).toBe(1);
    expect(shell.printed.batches).toBeGreaterThanOrEqual(Math.ceil(5000 / PRINT_LINES_PER_TURN));
  }, 90000);

  it('Ctrl+C drops output not yet printed', async () => {
    const output = new OutputBuffer();
    const printed = new PrintedLines();
    output.attach(printed.printer);
    output.write('output', Array.from({ length: 3 * PRINT_LINES_PER_TURN }, (_, i) => `row ${i}`).join('\n'));
    await new Promise((r) => setImmediate(r));
    expect(printed.lines).toHaveLength(PRINT_LINES_PER_TURN);
    output.discardQueued();
    await output.whenDrained();
    for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
    expect(printed.lines).toHaveLength(PRINT_LINES_PER_TURN);
  });
});
