// PowerShell wildcard patterns have one matcher (src/engine/runtime/wildcard.ts), used by -like, switch -Wildcard,
// the utility cmdlets, -Filter and the Skype cmdlets' -Name: same rules everywhere, any length of text.

import { describe, expect, it } from 'vitest';
import { wildcardMatcher } from '../../src/engine/runtime/wildcard.js';
import { runPs } from '../helpers/run.js';

describe('wildcard patterns', () => {
  it.each([
    ['*', '', true],
    ['*', 'anything', true],
    ['a*', 'ABC', true],
    ['a?c', 'abc', true],
    ['a?c', 'ac', false],
    ['*.org', 'jabber.org', true],
    ['*.org', 'jabber.org.uk', false],
    ['[fg]*', 'gmail.com', true],
    ['[a-c]x', 'Bx', true],
    ['[a-c]x', 'dx', false],
    ['a`*b', 'a*b', true],
    ['a`*b', 'axb', false],
    ['a[b', 'a[b', true],
    ['*a*b*c*', 'xxaxxbxxcxx', true],
    ['*a*b*c*', 'xxaxxcxxbxx', false],
    ['a.b', 'aXb', false],
    ['(x)+', '(x)+', true],
    ['line*', 'line1\nline2', true],
  ])('%s against %j is %s', (pattern, text, expected) => {
    expect(wildcardMatcher(pattern)(text)).toBe(expected);
  });

  it('is case-sensitive only when asked (-clike)', () => {
    expect(wildcardMatcher('ABC', true)('abc')).toBe(false);
    expect(wildcardMatcher('A[b]C', true)('AbC')).toBe(true);
  });

  it('matches patterns and texts of any length, quickly', () => {
    const long = 'x'.repeat(100_000);
    const started = Date.now();
    expect(wildcardMatcher(long)(long)).toBe(true);
    expect(wildcardMatcher(`${long}*`)(`${long}y`)).toBe(true);
    expect(wildcardMatcher(`*${long}`)(`y${long}`)).toBe(true);
    expect(wildcardMatcher(long)(`${long}y`)).toBe(false);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('-like and the Skype cmdlets take a 100,000-character pattern without an engine error', async () => {
    const r = await runPs("$p = 'x' * 100000\n$p -like $p\nStart-CsWindowsService -Name $p\nGet-CsXmppAllowedPartner -Filter $p");
    expect(r.output).toBe('True\n');
    expect(r.errors).not.toMatch(/regular expression|Invalid|System\.Exception/i);
    expect(r.errors).toContain('Start-CsWindowsService : ');
  });
});
