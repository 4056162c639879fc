import { describe, expect, it } from 'vitest';
import { KeyDecoder } from '../../src/host/repl/keys.js';
import { inputIsIncomplete } from '../../src/host/repl/syntax.js';
import { bufferOf, deleteWordBack, nextWordStart, previousWordStart } from '../../src/host/repl/lineEditor.js';

describe('key decoding', () => {
  it('splits typed text from control keys in one chunk', () => {
    expect(new KeyDecoder().decode('New-CsXmpp\t')).toEqual([
      { kind: 'text', text: 'New-CsXmpp' },
      { kind: 'key', name: 'tab' },
    ]);
    expect(new KeyDecoder().decode('exit\r')).toEqual([
      { kind: 'text', text: 'exit' },
      { kind: 'key', name: 'enter' },
    ]);
  });

  it('treats line breaks inside a chunk as a pasted multi-line input', () => {
    expect(new KeyDecoder().decode('a\r\nb\r')).toEqual([
      { kind: 'text', text: 'a\nb' },
      { kind: 'key', name: 'enter' },
    ]);
  });

  it('tells Ctrl+Backspace (^H) from Backspace (DEL) and reads modified arrows', () => {
    const d = new KeyDecoder();
    expect(d.decode('\x08')).toEqual([{ kind: 'key', name: 'ctrl-backspace' }]);
    expect(d.decode('\x7f')).toEqual([{ kind: 'key', name: 'backspace' }]);
    expect(d.decode('\x1b[1;5D')).toEqual([{ kind: 'key', name: 'ctrl-left' }]);
    expect(d.decode('\x1b[Z')).toEqual([{ kind: 'key', name: 'shift-tab' }]);
    expect(d.decode('\x00')).toEqual([{ kind: 'key', name: 'ctrl-space' }]);
  });

  it('keeps a bracketed paste as text, newlines included', () => {
    const d = new KeyDecoder();
    expect(d.decode('\x1b[200~')).toEqual([]);
    expect(d.decode('Get-CsSite\r\nGet-CsPool\r')).toEqual([{ kind: 'text', text: 'Get-CsSite\nGet-CsPool\n' }]);
    expect(d.decode('\x1b[201~')).toEqual([]);
    expect(d.decode('\r')).toEqual([{ kind: 'key', name: 'enter' }]);
  });
});

describe('word motion', () => {
  it('finds word starts around the cursor', () => {
    const t = 'Get-CsUser -Identity  ken';
    expect(previousWordStart(t, t.length)).toBe(22);
    expect(previousWordStart(t, 22)).toBe(11);
    expect(nextWordStart(t, 0)).toBe(11);
    expect(deleteWordBack(bufferOf(t, 21)).text).toBe('Get-CsUser  ken');
  });
});

describe('incomplete input', () => {
  it.each([
    ['Get-CsUser |', true],
    ['Get-CsUser `', true],
    ['if ($true) {', true],
    ["'abc", true],
    ['"abc', true],
    ["@'\nline", true],
    ["@'\nline\n'@", false],
    ['Get-CsUser # { not code', false],
    ["'it''s'", false],
    ['Get-CsUser', false],
  ])('%j -> %s', (text, expected) => {
    expect(inputIsIncomplete(text)).toBe(expected);
  });
});
