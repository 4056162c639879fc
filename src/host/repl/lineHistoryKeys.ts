// Two PSReadLine editing features of the line being typed: Undo/Redo (Ctrl+Z / Ctrl+Y) and history
// search by prefix (F8 back, Shift+F8 forward). Both keep their own small state beside the buffer.

import { bufferOf, type EditBuffer } from './lineEditor.js';

/**
 * The line's edits, newest last. [I] A run of typed text is one step (as a word typed is undone at
 * once); a key that moves the cursor without changing the text ends the run.
 */
export class UndoStack {
  private undos: EditBuffer[] = [];
  private redos: EditBuffer[] = [];
  private typing = false;

  /** Records one key's effect: `before` and `after` the key, `typed` for plain text. */
  record(before: EditBuffer, after: EditBuffer, typed: boolean): void {
    if (before.text === after.text) {
      if (before.cursor !== after.cursor) this.typing = false;
      return;
    }
    if (!(typed && this.typing)) this.undos.push(before);
    this.typing = typed;
    this.redos = [];
  }

  undo(current: EditBuffer): EditBuffer | undefined {
    return this.step(this.undos, this.redos, current);
  }

  redo(current: EditBuffer): EditBuffer | undefined {
    return this.step(this.redos, this.undos, current);
  }

  private step(from: EditBuffer[], to: EditBuffer[], current: EditBuffer): EditBuffer | undefined {
    const target = from.pop();
    if (!target) return undefined;
    to.push(current);
    this.typing = false;
    return target;
  }

  /** A new line begins (after Enter or Ctrl+C). */
  reset(): void {
    this.undos = [];
    this.redos = [];
    this.typing = false;
  }
}

/**
 * F8 / Shift+F8: the previous (next) history entry that starts with the text before the cursor, case
 * ignored. The prefix is kept while the keys are pressed one after another; [I] the cursor goes to the
 * end of the entry found.
 */
export class PrefixSearch {
  private state: { prefix: string; index: number } | null = null;

  /** The entry found, or undefined when there is none further in that direction. */
  step(entries: readonly string[], buffer: EditBuffer, direction: -1 | 1): EditBuffer | undefined {
    const state = this.state ?? { prefix: buffer.text.slice(0, buffer.cursor), index: entries.length };
    this.state = state;
    const prefix = state.prefix.toLowerCase();
    for (let i = state.index + direction; i >= 0 && i < entries.length; i += direction) {
      const entry = entries[i]!;
      if (entry.toLowerCase().startsWith(prefix) && entry !== buffer.text) {
        state.index = i;
        return bufferOf(entry);
      }
    }
    return undefined;
  }

  /** Any other key ends the search. */
  reset(): void {
    this.state = null;
  }
}
