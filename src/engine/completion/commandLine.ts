// A small, forgiving reading of the command being typed, for tab completion: which pipeline element the
// cursor is in, its words (quotes respected), and which word the cursor is on. Unlike the parser this
// never fails: the line is usually incomplete while someone types it.

export interface Word {
  /** Text as typed, quotes included. */
  text: string;
  /** Text with surrounding quotes removed. */
  value: string;
  start: number;
  end: number;
  quoted: boolean;
}

export interface CommandAtCursor {
  /** Words of the pipeline element that holds the cursor, up to and including the word at the cursor. */
  words: Word[];
  /** The word the cursor is in or right after (empty word at the cursor after a blank). */
  current: Word;
  /** Index of `current` in `words`. */
  index: number;
}

const ELEMENT_BREAKS = new Set(['|', ';', '{', '}', '(', ')', '\n']);

/** Offset where the pipeline element holding `cursor` starts (after the last unquoted break before it). */
function elementStart(line: string, cursor: number): number {
  let start = 0;
  let quote: string | null = null;
  for (let i = 0; i < cursor; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === quote) quote = null;
      else if (c === '`' && quote === '"') i++;
      continue;
    }
    if (c === '`') {
      i++;
      continue;
    }
    if (c === "'" || c === '"') quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(line[i - 1]!))) return cursor + 1;
    else if (ELEMENT_BREAKS.has(c)) start = i + 1;
  }
  return start;
}

function unquote(text: string): string {
  if (text.length >= 2 && (text[0] === "'" || text[0] === '"') && text[text.length - 1] === text[0]) return text.slice(1, -1);
  if (text[0] === "'" || text[0] === '"') return text.slice(1);
  return text;
}

function splitWords(line: string, from: number, to: number): Word[] {
  const words: Word[] = [];
  let i = from;
  while (i < to) {
    while (i < to && /\s/.test(line[i]!)) i++;
    if (i >= to) break;
    const start = i;
    let quote: string | null = null;
    while (i < to) {
      const c = line[i]!;
      if (quote) {
        if (c === quote) quote = null;
        i++;
        continue;
      }
      if (/\s/.test(c)) break;
      if (c === "'" || c === '"') quote = c;
      i++;
    }
    const text = line.slice(start, i);
    words.push({ text, value: unquote(text), start, end: i, quoted: text[0] === "'" || text[0] === '"' });
  }
  return words;
}

/** Reads the pipeline element around `cursor`. The current word extends past the cursor to its end. */
export function commandAtCursor(line: string, cursor: number): CommandAtCursor | null {
  const start = elementStart(line, cursor);
  if (start > cursor) return null;
  let end = cursor;
  while (end < line.length && !/\s/.test(line[end]!) && !ELEMENT_BREAKS.has(line[end]!)) end++;
  const words = splitWords(line, start, end);
  const last = words[words.length - 1];
  if (last && last.end >= cursor && last.start < cursor) {
    return { words, current: last, index: words.length - 1 };
  }
  const empty: Word = { text: '', value: '', start: cursor, end: cursor, quoted: false };
  const before = words.filter((w) => w.end <= cursor);
  return { words: [...before, empty], current: empty, index: before.length };
}
