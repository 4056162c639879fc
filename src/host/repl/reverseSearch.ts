// Ctrl+R incremental reverse history search (Ctrl+S forward), PSReadLine style: the status line shows
// `bck-i-search: <query>`, the input line shows the match. Enter runs it, Escape / Ctrl+G restores the
// line as it was, other movement keys keep the match for editing.

import type { PersistentHistory } from './history.js';
import type { KeyEvent } from './keys.js';
import { bufferOf, type EditBuffer } from './lineEditor.js';
import { INK_COLORS, type Segment } from './output.js';

export interface SearchOutcome {
  buffer?: EditBuffer;
  /** Key to handle normally after the search ended. */
  passKey?: KeyEvent;
}

export class ReverseSearch {
  active = false;
  private query = '';
  private direction: -1 | 1 = -1;
  private matchIndex = -1;
  private failed = false;
  private original: EditBuffer | null = null;

  constructor(private readonly history: PersistentHistory) {}

  start(current: EditBuffer, direction: -1 | 1): void {
    this.active = true;
    this.query = '';
    this.direction = direction;
    this.matchIndex = this.history.entries.length;
    this.failed = false;
    this.original = current;
  }

  private find(from: number): EditBuffer | undefined {
    const idx = this.direction === -1 ? this.history.searchBackward(this.query, from) : this.history.searchForward(this.query, from);
    if (idx < 0) {
      this.failed = true;
      return undefined;
    }
    this.failed = false;
    this.matchIndex = idx;
    const entry = this.history.entries[idx]!;
    const at = entry.toLowerCase().indexOf(this.query.toLowerCase());
    return bufferOf(entry, at < 0 ? entry.length : at);
  }

  handle(ev: KeyEvent, current: EditBuffer): SearchOutcome {
    if (ev.kind === 'text') {
      this.query += ev.text;
      return { buffer: this.find(this.direction === -1 ? this.matchIndex + 1 : this.matchIndex - 1) };
    }
    switch (ev.name) {
      case 'ctrl-r':
      case 'ctrl-s':
        this.direction = ev.name === 'ctrl-r' ? -1 : 1;
        return { buffer: this.find(this.matchIndex) };
      case 'backspace':
        this.query = this.query.slice(0, -1);
        this.matchIndex = this.history.entries.length;
        return this.query ? { buffer: this.find(this.matchIndex) } : { buffer: this.original ?? current };
      case 'escape':
      case 'ctrl-g':
      case 'ctrl-c': {
        const original = this.original ?? current;
        this.active = false;
        return { buffer: original };
      }
      case 'enter':
        this.active = false;
        return { passKey: ev };
      default:
        this.active = false;
        return { buffer: bufferOf(current.text, current.cursor), passKey: ev };
    }
  }

  statusLine(): Segment[] {
    const label = this.direction === -1 ? 'bck-i-search: ' : 'fwd-i-search: ';
    return [{ text: this.failed ? `failing ${label}` : label, color: this.failed ? INK_COLORS.Red : undefined }, { text: this.query }, { text: '_', inverse: false }];
  }
}
