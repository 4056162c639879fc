// `csshell lab hint`: a nudge, then the cmdlet, then the full command, one level per request, recorded
// in the lab folder; `lab check` shows only what was already revealed.

import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { startedLab } from './startedLab.js';

/** A started lab whose `lab` gives its text with the line wrapping undone. */
function hintedLab(name: string) {
  const l = startedLab(name);
  return {
    ...l,
    lab: (...args: string[]) => {
      const r = l.lab(...args);
      return { ...r, stdout: r.stdout.replace(/\s+/g, ' ') };
    },
  };
}

describe('csshell lab hint', () => {
  it('gives a nudge, then the cmdlet, then the full command for the first task not done', () => {
    const l = hintedLab('xmpp-federation');
    const fresh = l.lab('check', 'xmpp-federation').stdout;
    expect(fresh).not.toContain('New-CsExternalAccessPolicy');
    expect(fresh).toContain('csshell lab hint xmpp-federation');
    const first = l.lab('hint', 'xmpp-federation');
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('Task 1: Create a per-user external access policy');
    expect(first.stdout).toContain('hint 1 of 3 (a nudge):');
    expect(first.stdout).not.toContain('New-CsExternalAccessPolicy');
    const second = l.lab('hint', 'xmpp-federation').stdout;
    expect(second).toContain('hint 2 of 3 (the cmdlet): New-CsExternalAccessPolicy');
    expect(second).not.toContain('-EnableXmppAccess $true');
    const third = l.lab('hint', 'xmpp-federation').stdout;
    expect(third).toContain('hint 3 of 3 (the command): New-CsExternalAccessPolicy -Identity XmppUsers -EnableFederationAccess $true -EnableXmppAccess $true');
    const fourth = l.lab('hint', 'xmpp-federation').stdout;
    expect(fourth).toContain('hint 3 of 3 (the command)');
    expect(fourth).toContain('no more hints');
    const check = l.lab('check', 'xmpp-federation').stdout;
    expect(check).toContain('hint 3 of 3 (the command): New-CsExternalAccessPolicy -Identity XmppUsers');
    expect(check).not.toContain('Grant-CsExternalAccessPolicy -Identity');
    expect(JSON.parse(readFileSync(join(l.folder, 'hints.json'), 'utf8'))).toEqual({ policy: 3 });
  });

  it('a named task gets its own level; a done task shows the hints it needed', () => {
    const l = hintedLab('google-talk-repair');
    expect(l.lab('hint', 'google-talk-repair', '2').stdout).toContain('Task 2: Route Redmond');
    expect(l.lab('hint', 'google-talk-repair').stdout).toMatch(/Task 1: Give gmail\.com[^[]* hint 1 of 3/);
    const check = l.lab('check', 'google-talk-repair').stdout;
    expect(check).toContain('hint 1 of 3 (a nudge)');
    expect(check).not.toContain('Set-CsSite');
    l.run('Set-CsXmppAllowedPartner -Identity gmail.com -TlsNegotiation NotSupported -SupportDialbackNegotiation $true -EnableKeepAlive $false');
    expect(l.lab('hint', 'google-talk-repair').stdout).toContain('Task 2: Route Redmond');
    expect(l.lab('hint', 'google-talk-repair').stdout).toContain('hint 3 of 3 (the command): Set-CsSite -Identity Redmond');
    expect(l.lab('check', 'google-talk-repair').stdout).toMatch(/\[x\] Give gmail\.com[^[]*\(done with hint 1 of 3\) \[ \]/);
    expect(JSON.parse(readFileSync(join(l.folder, 'hints.json'), 'utf8'))).toEqual({ negotiation: 1, route: 3 });
  });

  it('refuses a task number that is not one of the lab\'s, and a folder where the lab was not started', () => {
    const l = hintedLab('google-talk-repair');
    for (const bad of ['0', '4', 'two']) {
      const r = l.lab('hint', 'google-talk-repair', bad);
      expect(r.status).toBe(2);
      expect(r.stderr).toBe(`csshell lab: '${bad}' is not a task number of google-talk-repair (1 to 3).\n`);
    }
    const elsewhere = mkdtempSync(join(tmpdir(), 'csshell-labh-'));
    const r = runCli(['lab', 'hint', 'google-talk-repair', '--folder', elsewhere], { cwd: elsewhere });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('is not a lab folder');
    expect(readdirSync(elsewhere)).toEqual([]);
  });

  it('says so when every task is done', () => {
    const l = hintedLab('google-talk-repair');
    l.run(
      [
        'Set-CsXmppAllowedPartner -Identity gmail.com -TlsNegotiation NotSupported -SupportDialbackNegotiation $true -EnableKeepAlive $false',
        'Set-CsSite -Identity Redmond -XmppFederationRoute EdgeServer:edge01.contoso.com',
        'Set-CsAccessEdgeConfiguration -AllowFederatedUsers $true',
      ].join('\n'),
    );
    const r = l.lab('hint', 'google-talk-repair');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Every task of google-talk-repair is done');
  });

  it('a damaged hint record is reported and left as it is', () => {
    const l = hintedLab('google-talk-repair');
    writeFileSync(join(l.folder, 'hints.json'), '{not json');
    const r = l.lab('hint', 'google-talk-repair');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('hints.json');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(join(l.folder, 'hints.json'), 'utf8')).toBe('{not json');
  });
});

describe('the full command hint', () => {
  it('stands whole on its own line, never wrapped, so it can be copied', () => {
    const l = startedLab('xmpp-federation');
    const command = 'New-CsExternalAccessPolicy -Identity XmppUsers -EnableFederationAccess $true -EnableXmppAccess $true';
    for (let i = 0; i < 3; i++) l.lab('hint', 'xmpp-federation');
    const last = l.lab('hint', 'xmpp-federation').stdout.split('\n');
    expect(last).toContain('hint 3 of 3 (the command):');
    expect(last).toContain(`      ${command}`);
    expect(l.lab('check', 'xmpp-federation').stdout.split('\n')).toContain(`      ${command}`);
  });
});
