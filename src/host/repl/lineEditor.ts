// The edit buffer of the prompt: text plus a cursor offset. Pure functions, so every editing key can be
// tested without a terminal. The buffer may hold several lines (multi-line input, pasted scripts);
// Home/End act on the cursor's line.

export interface EditBuffer {
  readonly text: string;
  /** Offset into `text`, 0..text.length. */
  readonly cursor: number;
}

export const emptyBuffer: EditBuffer = { text: '', cursor: 0 };

export function bufferOf(text: string, cursor = text.length): EditBuffer {
  return { text, cursor: Math.max(0, Math.min(cursor, text.length)) };
}

export function insertText(b: EditBuffer, s: string): EditBuffer {
  return { text: b.text.slice(0, b.cursor) + s + b.text.slice(b.cursor), cursor: b.cursor + s.length };
}

export function moveLeft(b: EditBuffer): EditBuffer {
  return bufferOf(b.text, b.cursor - 1);
}

export function moveRight(b: EditBuffer): EditBuffer {
  return bufferOf(b.text, b.cursor + 1);
}

export function moveHome(b: EditBuffer): EditBuffer {
  const lineStart = b.text.lastIndexOf('\n', b.cursor - 1) + 1;
  return bufferOf(b.text, lineStart);
}

export function moveEnd(b: EditBuffer): EditBuffer {
  const nl = b.text.indexOf('\n', b.cursor);
  return bufferOf(b.text, nl === -1 ? b.text.length : nl);
}

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\n';

/** Start of the word before the cursor (skipping the blanks right before it). */
export function previousWordStart(text: string, cursor: number): number {
  let i = cursor;
  while (i > 0 && isSpace(text[i - 1])) i--;
  while (i > 0 && !isSpace(text[i - 1])) i--;
  return i;
}

/** Start of the next word after the cursor (PowerShell's Ctrl+Right lands on the next word's start, or the end). */
export function nextWordStart(text: string, cursor: number): number {
  let i = cursor;
  while (i < text.length && !isSpace(text[i])) i++;
  while (i < text.length && isSpace(text[i])) i++;
  return i;
}

export function wordLeft(b: EditBuffer): EditBuffer {
  return bufferOf(b.text, previousWordStart(b.text, b.cursor));
}

export function wordRight(b: EditBuffer): EditBuffer {
  return bufferOf(b.text, nextWordStart(b.text, b.cursor));
}

export function backspace(b: EditBuffer): EditBuffer {
  if (b.cursor === 0) return b;
  return { text: b.text.slice(0, b.cursor - 1) + b.text.slice(b.cursor), cursor: b.cursor - 1 };
}

export function deleteForward(b: EditBuffer): EditBuffer {
  if (b.cursor >= b.text.length) return b;
  return { text: b.text.slice(0, b.cursor) + b.text.slice(b.cursor + 1), cursor: b.cursor };
}

/** Ctrl+Backspace / Ctrl+W: deletes back to the start of the previous word. */
export function deleteWordBack(b: EditBuffer): EditBuffer {
  const start = previousWordStart(b.text, b.cursor);
  return { text: b.text.slice(0, start) + b.text.slice(b.cursor), cursor: start };
}

/** Ctrl+Delete: deletes forward to the start of the next word. */
export function deleteWordForward(b: EditBuffer): EditBuffer {
  const end = nextWordStart(b.text, b.cursor);
  return { text: b.text.slice(0, b.cursor) + b.text.slice(end), cursor: b.cursor };
}

/** Ctrl+U: deletes from the start of the input to the cursor. */
export function deleteToStart(b: EditBuffer): EditBuffer {
  return { text: b.text.slice(b.cursor), cursor: 0 };
}

/** Ctrl+K: deletes from the cursor to the end of the input. */
export function deleteToEnd(b: EditBuffer): EditBuffer {
  return { text: b.text.slice(0, b.cursor), cursor: b.cursor };
}

/** Replaces `length` characters at `start` with `s` and puts the cursor after it. */
export function replaceRange(b: EditBuffer, start: number, length: number, s: string): EditBuffer {
  return { text: b.text.slice(0, start) + s + b.text.slice(start + length), cursor: start + s.length };
}

/** Up/Down inside a multi-line input: the same column on the line above/below, or undefined at the edge. */
export function moveLine(b: EditBuffer, delta: -1 | 1): EditBuffer | undefined {
  const lineStart = b.text.lastIndexOf('\n', b.cursor - 1) + 1;
  const column = b.cursor - lineStart;
  if (delta === -1) {
    if (lineStart === 0) return undefined;
    const prevStart = b.text.lastIndexOf('\n', lineStart - 2) + 1;
    return bufferOf(b.text, Math.min(prevStart + column, lineStart - 1));
  }
  const nextNl = b.text.indexOf('\n', b.cursor);
  if (nextNl < 0) return undefined;
  const nextEnd = b.text.indexOf('\n', nextNl + 1);
  return bufferOf(b.text, Math.min(nextNl + 1 + column, nextEnd < 0 ? b.text.length : nextEnd));
}
