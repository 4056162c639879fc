// The shell's state machine, free of React: keys in, a view snapshot out. The ink component only
// subscribes and draws; tests can drive this class directly or through ink-testing-library.
// Modes: editing a command line, running one (keys are kept as type-ahead, Ctrl+C stops it), or
// answering a host prompt (Read-Host, mandatory parameters, -Confirm).

import type { ExecuteResult } from '../../engine/engine.js';
import type { ProgressRecord } from '../../engine/host.js';
import { completeInput, type CompletionSession } from '../../engine/completion/index.js';
import { CompletionCycle } from './completionCycle.js';
import { applyEditKey } from './editing.js';
import { highlight } from './highlight.js';
import { PersistentHistory, SessionHistory, type ExecutionStatus } from './history.js';
import { KeyDecoder, type KeyEvent, type KeyName } from './keys.js';
import { bufferOf, emptyBuffer, insertText, moveLine, type EditBuffer } from './lineEditor.js';
import { PrefixSearch, UndoStack } from './lineHistoryKeys.js';
import { OutputBuffer, type Segment } from './output.js';
import { ReverseSearch } from './reverseSearch.js';
import { inputIsIncomplete } from './syntax.js';
import { inputBlock, inputLines, menuLines, progressLines, wrapSegments, type CursorPosition, type InputBlock } from './view.js';

export const PROMPT_LOCATION = 'C:\\Users\\Administrator';

/** Clears the screen and the scrollback, cursor home (what Clear-Host and Ctrl+L do in a console). */
const CLEAR_SCREEN = '\x1b[2J\x1b[3J\x1b[H';

export interface Executor {
  execute(text: string): Promise<ExecuteResult>;
  stop(): void;
}

export interface ControllerOptions {
  executor: Executor;
  history: PersistentHistory;
  sessionHistory: SessionHistory;
  /** What the engine's completion service reads (commands, variables, store, location). */
  completion: CompletionSession;
  /** The remote computer while inside Enter-PSSession. */
  remoteComputer: () => string | undefined;
  /** The session's current location for the prompt (Set-Location moves it); the home when absent. */
  location?: () => string;
  isCommand?: (name: string) => boolean;
  width?: number;
  onExit: (code: number) => void;
  onClear?: () => void;
}

export interface ReplView {
  mode: 'edit' | 'running' | 'ask' | 'exited';
  /** Screen rows below the printed output (already wrapped): progress, prompt/input, menus. */
  liveLines: Segment[][];
  /** Where the terminal cursor goes, relative to the first live row. */
  cursor?: CursorPosition;
}

interface AskState {
  label: string;
  secure: boolean;
  buffer: EditBuffer;
  resolve: (value: string | null) => void;
}

export class ReplController {
  readonly output = new OutputBuffer();
  private readonly decoder = new KeyDecoder();
  private buffer: EditBuffer = emptyBuffer;
  private running = false;
  private exited = false;
  private ask: AskState | null = null;
  private typeAhead: KeyEvent[] = [];
  /** Position while browsing history with Up/Down; null while editing a fresh line. */
  private historyIndex: number | null = null;
  private draft: EditBuffer = emptyBuffer;
  /** Lines ended so far (Enter or Ctrl+C): a new line starts a new undo history. */
  private lineCount = 0;
  private readonly undo = new UndoStack();
  private readonly prefixSearch = new PrefixSearch();
  private readonly cycle = new CompletionCycle();
  private readonly search: ReverseSearch;
  private readonly progress = new Map<number, ProgressRecord>();
  private listeners = new Set<() => void>();
  private view: ReplView;
  private notifyScheduled = false;
  private runningText = '';

  constructor(private readonly options: ControllerOptions) {
    this.search = new ReverseSearch(options.history);
    this.view = this.buildView();
  }

  private currentWidth: number | undefined;

  get width(): number {
    return this.currentWidth ?? this.options.width ?? 120;
  }

  /** The terminal was resized. */
  setWidth(width: number): void {
    this.currentWidth = width;
    this.changed();
  }

  // ---- subscription (useSyncExternalStore) ----------------------------------------------------

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getView = (): ReplView => this.view;

  /** Rebuilds the view now (keystrokes: the screen must follow within a frame). */
  private changed(): void {
    this.view = this.buildView();
    for (const l of this.listeners) l();
  }

  /** Coalesces bursts of output into one re-render per turn of the event loop. */
  scheduleChange(): void {
    if (this.notifyScheduled) return;
    this.notifyScheduled = true;
    setImmediate(() => {
      this.notifyScheduled = false;
      this.changed();
    });
  }

  // ---- prompt text --------------------------------------------------------------------------

  promptText(): string {
    const remote = this.options.remoteComputer();
    return `${remote ? `[${remote}]: ` : ''}PS ${this.options.location?.() ?? PROMPT_LOCATION}> `;
  }

  // ---- input ----------------------------------------------------------------------------------

  /** Raw terminal input (one chunk from ink's input parser). */
  feed(chunk: string): void {
    for (const ev of this.decoder.decode(chunk)) this.handle(ev);
    this.changed();
  }

  private handle(ev: KeyEvent): void {
    if (this.exited) return;
    if (this.ask) return this.handleAsk(this.ask, ev);
    if (this.running) {
      if (ev.kind === 'key' && ev.name === 'ctrl-c') {
        this.options.executor.stop();
        this.output.discardQueued();
      } else this.typeAhead.push(ev);
      return;
    }
    const before = this.buffer;
    const line = this.lineCount;
    this.handleEdit(ev);
    const key = ev.kind === 'key' ? ev.name : undefined;
    if (key !== 'f8' && key !== 'shift-f8') this.prefixSearch.reset();
    if (this.lineCount !== line) this.undo.reset();
    else if (key !== 'ctrl-z' && key !== 'ctrl-y') this.undo.record(before, this.buffer, ev.kind === 'text');
  }

  private handleEdit(ev: KeyEvent): void {
    if (this.search.active) {
      const out = this.search.handle(ev, this.buffer);
      if (out.buffer) this.buffer = out.buffer;
      if (out.passKey) this.handleEdit(out.passKey);
      return;
    }
    if (this.cycle.menuActive) {
      const out = this.cycle.handleMenuKey(ev);
      if (out.buffer) this.buffer = out.buffer;
      if (!out.passKey) return;
      ev = out.passKey;
    }
    if (ev.kind === 'text') {
      this.cycle.reset();
      this.buffer = insertText(this.buffer, ev.text);
      return;
    }
    if (ev.name !== 'tab' && ev.name !== 'shift-tab') this.cycle.reset();
    this.handleEditKey(ev.name);
  }

  private handleEditKey(key: KeyName): void {
    switch (key) {
      case 'enter':
        return this.submit();
      case 'tab':
      case 'shift-tab':
        this.buffer = this.cycle.step(this.buffer, key === 'tab' ? 1 : -1, (b) => completeInput(b.text, b.cursor, this.options.completion));
        return;
      case 'ctrl-space':
        this.buffer = this.cycle.openMenu(this.buffer, (b) => completeInput(b.text, b.cursor, this.options.completion));
        return;
      case 'up':
      case 'down': {
        // While browsing history Up/Down keep walking it; in a line being written they move between its lines.
        const moved = this.historyIndex === null ? moveLine(this.buffer, key === 'up' ? -1 : 1) : undefined;
        if (moved) this.buffer = moved;
        else this.historyMove(key === 'up' ? -1 : 1);
        return;
      }
      case 'ctrl-r':
      case 'ctrl-s':
        this.search.start(this.buffer, key === 'ctrl-r' ? -1 : 1);
        return;
      case 'ctrl-c':
        return this.cancelLine();
      case 'ctrl-d':
        if (this.buffer.text === '') return this.exit(0);
        this.buffer = applyEditKey(this.buffer, 'delete')!;
        return;
      case 'ctrl-l':
        return this.clearScreen();
      case 'ctrl-z':
      case 'ctrl-y':
        this.buffer = (key === 'ctrl-z' ? this.undo.undo(this.buffer) : this.undo.redo(this.buffer)) ?? this.buffer;
        return;
      case 'f8':
      case 'shift-f8':
        this.buffer = this.prefixSearch.step(this.options.history.entries, this.buffer, key === 'f8' ? -1 : 1) ?? this.buffer;
        return;
      default: {
        const next = applyEditKey(this.buffer, key);
        if (next) this.buffer = next;
      }
    }
  }

  private historyMove(delta: -1 | 1): void {
    const entries = this.options.history.entries;
    const current = this.historyIndex ?? entries.length;
    const target = current + delta;
    if (target < 0 || target > entries.length) return;
    if (this.historyIndex === null) this.draft = this.buffer;
    this.historyIndex = target === entries.length ? null : target;
    this.buffer = this.historyIndex === null ? this.draft : bufferOf(entries[target]!);
  }

  /** Ctrl+C at the prompt: the line (or unfinished multi-line input) is abandoned. */
  private cancelLine(): void {
    this.lineCount++;
    this.echoInput(this.buffer.text, true);
    this.buffer = emptyBuffer;
    this.historyIndex = null;
  }

  private echoInput(text: string, cancelled = false): void {
    const lines = inputLines([{ text: this.promptText() }], highlight(text, this.options.isCommand));
    if (cancelled) lines[lines.length - 1]!.push({ text: '^C', color: 'gray' });
    this.output.flushPartial();
    this.output.appendLines(lines);
  }

  private submit(): void {
    const text = this.buffer.text;
    if (inputIsIncomplete(text)) {
      this.buffer = insertText(bufferOf(text), '\n');
      return;
    }
    this.lineCount++;
    this.echoInput(text);
    this.buffer = emptyBuffer;
    this.draft = emptyBuffer;
    if (text.trim()) this.options.history.add(text);
    this.historyIndex = null;
    if (text.trim()) void this.run(text);
  }

  private async run(text: string): Promise<void> {
    this.running = true;
    this.runningText = text;
    const start = new Date();
    let status: ExecutionStatus = 'Completed';
    let exitCode: number | undefined;
    try {
      const result = await this.options.executor.execute(text);
      exitCode = result.exitCode;
      if (result.terminatingError || result.parseErrors || !result.success) status = 'Failed';
    } catch (err) {
      status = 'Failed';
      this.output.write('error', `csshell: internal error: ${err instanceof Error ? err.message : String(err)}`);
    }
    this.options.sessionHistory.record(text, status, start, new Date());
    // The prompt comes back once the output has reached the screen (a long listing takes some frames).
    this.scheduleChange();
    await this.output.whenDrained();
    this.running = false;
    this.runningText = '';
    this.progress.clear();
    if (exitCode !== undefined && this.options.remoteComputer() && /^\s*exit\s*$/i.test(text)) {
      // As in an interactive remote session, `exit` leaves the session rather than the shell.
      await this.options.executor.execute('Exit-PSSession');
    } else if (exitCode !== undefined) return this.exit(exitCode);
    const pending = this.typeAhead;
    this.typeAhead = [];
    for (const ev of pending) this.handle(ev);
    this.changed();
  }

  private exit(code: number): void {
    if (this.exited) return;
    this.exited = true;
    this.changed();
    this.options.onExit(code);
  }

  // ---- host services --------------------------------------------------------------------------

  /** Asks for one line (Read-Host, a mandatory parameter, a -Confirm answer); null after Ctrl+C. */
  askLine(label: string, secure = false): Promise<string | null> {
    return new Promise((resolve) => {
      this.ask = { label, secure, buffer: emptyBuffer, resolve };
      this.changed();
    });
  }

  private handleAsk(ask: AskState, ev: KeyEvent): void {
    if (ev.kind === 'text') {
      ask.buffer = insertText(ask.buffer, ev.text.replace(/\n/g, ' '));
      return;
    }
    if (ev.name === 'enter' || ev.name === 'ctrl-c') {
      const value = ev.name === 'enter' ? ask.buffer.text : null;
      const shown = ask.secure ? '*'.repeat(ask.buffer.text.length) : ask.buffer.text;
      this.output.flushPartial();
      this.output.appendLines([[{ text: ask.label }, { text: shown }, ...(value === null ? [{ text: '^C', color: 'gray' }] : [])]]);
      this.ask = null;
      if (value === null && this.running) this.options.executor.stop();
      ask.resolve(value);
      return;
    }
    const next = applyEditKey(ask.buffer, ev.name);
    if (next) ask.buffer = next;
  }

  /**
   * Clears the terminal through ink's own writer (set by the view), which erases the live area first
   * and draws it again after the sequence: the prompt and the line being typed come back at once.
   */
  clearScreen(): void {
    if (this.terminalWrite) this.terminalWrite(CLEAR_SCREEN);
    else this.options.onClear?.();
  }

  /** Ink's writer to the real terminal; undefined under a test renderer. */
  private terminalWrite: ((data: string) => void) | undefined;

  attachTerminal(write: ((data: string) => void) | undefined): void {
    this.terminalWrite = write;
  }

  progressUpdate(record: ProgressRecord): void {
    if (record.completed) this.progress.delete(record.activityId);
    else this.progress.set(record.activityId, record);
    this.scheduleChange();
  }

  // ---- view -----------------------------------------------------------------------------------

  private buildView(): ReplView {
    const width = this.width;
    const live: Segment[][] = [];
    const addRows = (rows: Segment[][]): void => {
      for (const r of rows) live.push(...wrapSegments(r, width));
    };
    const partial = this.output.partialLine;
    if (this.progress.size) addRows(progressLines([...this.progress.values()], width));
    const mode: ReplView['mode'] = this.exited ? 'exited' : this.ask ? 'ask' : this.running ? 'running' : 'edit';
    let cursor: CursorPosition | undefined;
    const addInput = (block: InputBlock): void => {
      if (block.cursor) cursor = { x: block.cursor.x, y: block.cursor.y + live.length };
      live.push(...block.rows);
    };
    if (mode === 'ask') {
      const a = this.ask!;
      const shown = a.secure ? '*'.repeat(a.buffer.text.length) : a.buffer.text;
      addInput(inputBlock([...partial, { text: a.label }], [{ text: shown }], shown, a.buffer.cursor, width));
    } else if (mode === 'edit') {
      if (partial.length) addRows([partial]);
      const text = this.buffer.text;
      addInput(inputBlock([{ text: this.promptText() }], this.highlighted(text), text, this.buffer.cursor, width));
      if (this.search.active) addRows([this.search.statusLine()]);
      if (this.cycle.menuActive) addRows(menuLines(this.cycle.menuCandidates, this.cycle.menuSelected, width));
    } else if (partial.length) addRows([partial]);
    return { mode, liveLines: live, cursor };
  }

  /** Highlighting of the input, remembered while only the cursor moves. */
  private lastHighlight: { text: string; segments: Segment[] } | null = null;

  private highlighted(text: string): Segment[] {
    if (this.lastHighlight?.text !== text) this.lastHighlight = { text, segments: highlight(text, this.options.isCommand) };
    return this.lastHighlight.segments;
  }

  get isRunning(): boolean {
    return this.running;
  }

  get currentInput(): string {
    return this.buffer.text;
  }

  get runningCommand(): string {
    return this.runningText;
  }
}
