// Turns raw terminal input into key events. ink's input parser already splits the stream at escape
// sequences; each chunk we get is either one escape sequence or a run of plain bytes (which may be
// several typed keys, or a paste). We decode ourselves because the shell needs distinctions ink's
// key object does not keep (Ctrl+Backspace vs Backspace, Ctrl+Space, bracketed paste).

export type KeyName =
  | 'enter'
  | 'tab'
  | 'shift-tab'
  | 'backspace'
  | 'ctrl-backspace'
  | 'delete'
  | 'ctrl-delete'
  | 'left'
  | 'right'
  | 'up'
  | 'down'
  | 'ctrl-left'
  | 'ctrl-right'
  | 'home'
  | 'end'
  | 'escape'
  | 'ctrl-a'
  | 'ctrl-c'
  | 'ctrl-d'
  | 'ctrl-e'
  | 'ctrl-g'
  | 'ctrl-k'
  | 'ctrl-l'
  | 'ctrl-r'
  | 'ctrl-s'
  | 'ctrl-u'
  | 'ctrl-w'
  | 'ctrl-y'
  | 'ctrl-z'
  | 'f8'
  | 'shift-f8'
  | 'ctrl-space'
  | 'page-up'
  | 'page-down';

export type KeyEvent = { kind: 'text'; text: string } | { kind: 'key'; name: KeyName };

const CONTROL_KEYS: Record<string, KeyName> = {
  '\r': 'enter',
  '\n': 'enter',
  '\t': 'tab',
  '\x7f': 'backspace',
  '\x08': 'ctrl-backspace',
  '\x00': 'ctrl-space',
  '\x01': 'ctrl-a',
  '\x03': 'ctrl-c',
  '\x04': 'ctrl-d',
  '\x05': 'ctrl-e',
  '\x07': 'ctrl-g',
  '\x0b': 'ctrl-k',
  '\x0c': 'ctrl-l',
  '\x12': 'ctrl-r',
  '\x13': 'ctrl-s',
  '\x15': 'ctrl-u',
  '\x17': 'ctrl-w',
  '\x19': 'ctrl-y',
  '\x1a': 'ctrl-z',
};

const ESCAPE_SEQUENCES: Record<string, KeyName> = {
  '\x1b': 'escape',
  '\x1b\x1b': 'escape',
  '\x1b[A': 'up',
  '\x1b[B': 'down',
  '\x1b[C': 'right',
  '\x1b[D': 'left',
  '\x1bOA': 'up',
  '\x1bOB': 'down',
  '\x1bOC': 'right',
  '\x1bOD': 'left',
  '\x1b[1;5C': 'ctrl-right',
  '\x1b[1;5D': 'ctrl-left',
  '\x1b[1;3C': 'ctrl-right',
  '\x1b[1;3D': 'ctrl-left',
  '\x1b[5C': 'ctrl-right',
  '\x1b[5D': 'ctrl-left',
  '\x1bf': 'ctrl-right',
  '\x1bb': 'ctrl-left',
  '\x1b[H': 'home',
  '\x1b[F': 'end',
  '\x1bOH': 'home',
  '\x1bOF': 'end',
  '\x1b[1~': 'home',
  '\x1b[4~': 'end',
  '\x1b[7~': 'home',
  '\x1b[8~': 'end',
  '\x1b[3~': 'delete',
  '\x1b[3;5~': 'ctrl-delete',
  '\x1bd': 'ctrl-delete',
  '\x1b\x7f': 'ctrl-backspace',
  '\x1b\x08': 'ctrl-backspace',
  '\x1b[Z': 'shift-tab',
  '\x1b[5~': 'page-up',
  '\x1b[6~': 'page-down',
  '\x1b[19~': 'f8',
  '\x1b[19;2~': 'shift-f8',
};

const PASTE_START = '\x1b[200~';
const PASTE_END = '\x1b[201~';

/** Stateful because a bracketed paste spans several chunks. */
export class KeyDecoder {
  private pasting = false;

  decode(chunk: string): KeyEvent[] {
    if (chunk === PASTE_START) {
      this.pasting = true;
      return [];
    }
    if (chunk === PASTE_END) {
      this.pasting = false;
      return [];
    }
    if (this.pasting) return [{ kind: 'text', text: normalizePaste(chunk) }];
    if (chunk.startsWith('\x1b')) {
      const name = ESCAPE_SEQUENCES[chunk];
      return name ? [{ kind: 'key', name }] : [];
    }
    return decodePlain(chunk);
  }
}

function normalizePaste(s: string): string {
  return s.replace(/\r\n?/g, '\n').replace(/\t/g, '    ');
}

/**
 * A run of plain bytes. A line break followed by more text is part of a paste (the lines become one
 * multi-line input); a final line break is the Enter key.
 */
function decodePlain(chunk: string): KeyEvent[] {
  const events: KeyEvent[] = [];
  let text = '';
  const flush = (): void => {
    if (text) events.push({ kind: 'text', text });
    text = '';
  };
  for (let i = 0; i < chunk.length; i++) {
    const c = chunk[i]!;
    if ((c === '\r' || c === '\n') && hasPrintableAfter(chunk, i + 1)) {
      if (c === '\r' && chunk[i + 1] === '\n') i++;
      text += '\n';
      continue;
    }
    const name = CONTROL_KEYS[c];
    if (name) {
      if (name === 'enter' && c === '\n' && chunk[i - 1] === '\r') continue;
      flush();
      events.push({ kind: 'key', name });
    } else if (c >= ' ') {
      text += c;
    }
  }
  flush();
  return events;
}

function hasPrintableAfter(s: string, from: number): boolean {
  for (let i = from; i < s.length; i++) {
    const c = s[i]!;
    if (c >= ' ' && c !== '\x7f') return true;
  }
  return false;
}
