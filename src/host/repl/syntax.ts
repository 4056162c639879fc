// What the shell needs from the language: highlight tokens and "is this input unfinished?".

export type HighlightKind =
  | 'command'
  | 'parameter'
  | 'string'
  | 'variable'
  | 'number'
  | 'operator'
  | 'keyword'
  | 'comment'
  | 'type'
  | 'member'
  | 'argument'
  | 'error'
  | 'unknownCommand'
  | 'text';

export interface HighlightSpan {
  kind: HighlightKind;
  start: number;
  end: number;
}

const KEYWORDS = new Set([
  'if', 'else', 'elseif', 'foreach', 'for', 'while', 'do', 'until', 'switch', 'function', 'filter', 'param', 'begin',
  'process', 'end', 'return', 'break', 'continue', 'try', 'catch', 'finally', 'throw', 'trap', 'in', 'exit',
]);

/** Splits `text` into highlight spans covering it completely (gaps are 'text'). */
export function highlightSpans(text: string): HighlightSpan[] {
  const spans: HighlightSpan[] = [];
  let i = 0;
  let expectCommand = true;
  const push = (kind: HighlightKind, end: number): void => {
    spans.push({ kind, start: i, end });
    i = end;
  };
  while (i < text.length) {
    const c = text[i]!;
    const rest = text.slice(i);
    if (/\s/.test(c)) {
      const m = /^\s+/.exec(rest)!;
      if (m[0].includes('\n')) expectCommand = true;
      push('text', i + m[0].length);
    } else if (rest.startsWith('<#')) {
      const close = text.indexOf('#>', i + 2);
      push('comment', close < 0 ? text.length : close + 2);
    } else if (c === '#') {
      const nl = text.indexOf('\n', i);
      push('comment', nl < 0 ? text.length : nl);
    } else if (rest.startsWith("@'") || rest.startsWith('@"')) {
      const close = text.indexOf(`\n${rest[1]}@`, i + 2);
      push(close < 0 ? 'error' : 'string', close < 0 ? text.length : close + 3);
      expectCommand = false;
    } else if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < text.length && !(text[j] === c && text[j + 1] !== c)) j += text[j] === c || (c === '"' && text[j] === '`') ? 2 : 1;
      push(j < text.length ? 'string' : 'error', Math.min(j + 1, text.length));
      expectCommand = false;
    } else if (c === '$') {
      const m = /^\$(\{[^}]*\}?|[\w:?^$]*)/.exec(rest)!;
      push('variable', i + Math.max(1, m[0].length));
      expectCommand = false;
    } else if ('|;{}()'.includes(c)) {
      expectCommand = c !== ')' && c !== '}';
      push('operator', i + 1);
    } else if (c === '[' && /^\[[\w.]+\]/.test(rest)) {
      push('type', i + /^\[[\w.]+\]/.exec(rest)![0].length);
    } else if (/^(=|\+=|-=|,|\.\.|!)/.test(rest)) {
      push('operator', i + /^(=|\+=|-=|,|\.\.|!)/.exec(rest)![0].length);
      if (c === '=') expectCommand = true;
    } else {
      const word = /^[^\s|;{}()'"$,=]+/.exec(rest)![0];
      if (expectCommand) {
        push(KEYWORDS.has(word.toLowerCase()) ? 'keyword' : 'command', i + word.length);
        expectCommand = KEYWORDS.has(word.toLowerCase());
      } else if (/^-[A-Za-z]/.test(word)) push(/^-(eq|ne|gt|ge|lt|le|like|notlike|match|notmatch|and|or|not|contains|in|notin|f|join|split|replace)$/i.test(word) ? 'operator' : 'parameter', i + word.length);
      else if (/^-?\d+(\.\d+)?([kmgtp]b)?$/i.test(word)) push('number', i + word.length);
      else if (word.startsWith('.')) push('member', i + word.length);
      else push('argument', i + word.length);
    }
  }
  return spans;
}

/** True when the input cannot end here: open brace/paren, unterminated string or here-string, trailing pipe or backtick. */
export function inputIsIncomplete(text: string): boolean {
  const trimmed = text.replace(/[ \t]+$/, '');
  if (trimmed.endsWith('`') || /\|\s*$/.test(trimmed)) return true;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      const nl = text.indexOf('\n', i);
      if (nl < 0) break;
      i = nl;
    } else if ((c === '@' && (text[i + 1] === "'" || text[i + 1] === '"')) && /\r?\n/.test(text.slice(i + 2, i + 4))) {
      const close = text.indexOf(`\n${text[i + 1]}@`, i + 2);
      if (close < 0) return true;
      i = close + 2;
    } else if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < text.length && !(text[j] === c && text[j + 1] !== c)) j += text[j] === c || (c === '"' && text[j] === '`') ? 2 : 1;
      if (j >= text.length) return true;
      i = j;
    } else if (c === '`') i++;
    else if ('{(['.includes(c)) depth++;
    else if ('})]'.includes(c)) depth--;
  }
  return depth > 0;
}
