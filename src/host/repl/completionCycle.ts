// Tab / Shift+Tab cycling through completion candidates, and the Ctrl+Space menu.
// Each step re-applies a candidate to the buffer as it was before completion started, so cycling
// never accumulates edits.

import type { CompletionResult } from '../../engine/completion/index.js';
import type { KeyEvent } from './keys.js';
import { replaceRange, type EditBuffer } from './lineEditor.js';

type Completer = (b: EditBuffer) => CompletionResult;

export interface MenuOutcome {
  buffer?: EditBuffer;
  /** A key that closes the menu and then acts normally. */
  passKey?: KeyEvent;
}

export class CompletionCycle {
  private original: EditBuffer | null = null;
  private result: CompletionResult | null = null;
  private index = -1;
  /** The buffer as the last step left it; any other edit ends the cycle. */
  private applied: EditBuffer | null = null;
  private menu = false;

  reset(): void {
    this.original = this.result = this.applied = null;
    this.index = -1;
    this.menu = false;
  }

  private begin(b: EditBuffer, completer: Completer): boolean {
    if (this.result && this.applied && this.applied.text === b.text && this.applied.cursor === b.cursor) return true;
    this.reset();
    const result = completer(b);
    if (!result.candidates.length) return false;
    this.original = b;
    this.result = result;
    return true;
  }

  private apply(i: number): EditBuffer {
    const r = this.result!;
    const n = r.candidates.length;
    this.index = ((i % n) + n) % n;
    this.applied = replaceRange(this.original!, r.replacementStart, r.replacementLength, r.candidates[this.index]!.text);
    return this.applied;
  }

  /** Tab (+1) / Shift+Tab (-1). */
  step(b: EditBuffer, delta: 1 | -1, completer: Completer): EditBuffer {
    if (!this.begin(b, completer)) return b;
    return this.apply(this.index === -1 ? (delta === 1 ? 0 : -1) : this.index + delta);
  }

  /** Ctrl+Space: one candidate completes at once; several open the menu on the first. */
  openMenu(b: EditBuffer, completer: Completer): EditBuffer {
    this.reset();
    if (!this.begin(b, completer)) return b;
    const applied = this.apply(0);
    this.menu = this.result!.candidates.length > 1;
    if (!this.menu) this.reset();
    return applied;
  }

  get menuActive(): boolean {
    return this.menu;
  }

  get menuCandidates() {
    return this.result?.candidates ?? [];
  }

  get menuSelected(): number {
    return this.index;
  }

  handleMenuKey(ev: KeyEvent): MenuOutcome {
    if (ev.kind === 'key') {
      switch (ev.name) {
        case 'tab':
        case 'right':
        case 'down':
          return { buffer: this.apply(this.index + 1) };
        case 'shift-tab':
        case 'left':
        case 'up':
          return { buffer: this.apply(this.index - 1) };
        case 'enter':
          this.reset();
          return {};
        case 'escape':
        case 'ctrl-c':
        case 'ctrl-g': {
          const original = this.original!;
          this.reset();
          return { buffer: original };
        }
      }
    }
    this.reset();
    return { passKey: ev };
  }
}
