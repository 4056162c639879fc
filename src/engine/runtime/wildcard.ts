// PowerShell wildcard patterns (WildcardPattern): `*` any run of characters, `?` exactly one, `[abc]` and
// `[a-z]` one of a set, a backtick escapes the next character, an unclosed `[` is a literal bracket.
// Matched directly rather than through a RegExp, so a pattern of any length works (V8 refuses to run
// very large expressions) and nothing in the pattern can act as regular-expression syntax.

type Token = { kind: 'char'; ch: string } | { kind: 'one' } | { kind: 'any' } | { kind: 'set'; items: string[] };

function parse(pattern: string, fold: (s: string) => string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '`' && i + 1 < pattern.length) out.push({ kind: 'char', ch: fold(pattern[++i]!) });
    else if (c === '*') {
      if (out[out.length - 1]?.kind !== 'any') out.push({ kind: 'any' });
    } else if (c === '?') out.push({ kind: 'one' });
    else if (c === '[' && pattern.indexOf(']', i + 1) > i) {
      const close = pattern.indexOf(']', i + 1);
      out.push({ kind: 'set', items: setItems(pattern.slice(i + 1, close), fold) });
      i = close;
    } else out.push({ kind: 'char', ch: fold(c) });
  }
  return out;
}

/** `a-cx` → ['a-c', 'x']: ranges as three-character items, single characters as one. */
function setItems(body: string, fold: (s: string) => string): string[] {
  const items: string[] = [];
  for (let i = 0; i < body.length; i++) {
    if (i + 2 < body.length && body[i + 1] === '-') {
      items.push(fold(body[i]!) + '-' + fold(body[i + 2]!));
      i += 2;
    } else items.push(fold(body[i]!));
  }
  return items;
}

function inSet(items: string[], ch: string): boolean {
  return items.some((item) => (item.length === 3 ? ch >= item[0]! && ch <= item[2]! : ch === item));
}

function matchesOne(token: Token, ch: string): boolean {
  if (token.kind === 'one') return true;
  if (token.kind === 'char') return token.ch === ch;
  if (token.kind === 'set') return inSet(token.items, ch);
  return false;
}

/**
 * Glob matching with backtracking to the last `*` only: linear for patterns without stars, and never
 * worse than pattern length × text length.
 */
function matchTokens(tokens: Token[], text: string): boolean {
  let t = 0;
  let p = 0;
  let starP = -1;
  let starT = 0;
  while (t < text.length) {
    const token = tokens[p];
    if (token && token.kind !== 'any' && matchesOne(token, text[t]!)) {
      p++;
      t++;
    } else if (token?.kind === 'any') {
      starP = p++;
      starT = t;
    } else if (starP >= 0) {
      p = starP + 1;
      t = ++starT;
    } else return false;
  }
  while (tokens[p]?.kind === 'any') p++;
  return p === tokens.length;
}

const cache = new Map<string, (text: string) => boolean>();

/** A test for the pattern (case-insensitive unless asked), cached per pattern. */
export function wildcardMatcher(pattern: string, caseSensitive = false): (text: string) => boolean {
  const key = (caseSensitive ? 'c' : 'i') + pattern;
  const hit = cache.get(key);
  if (hit) return hit;
  const fold = caseSensitive ? (s: string) => s : (s: string) => s.toLowerCase();
  const tokens = parse(pattern, fold);
  const test = (text: string) => matchTokens(tokens, fold(text));
  if (cache.size > 2000) cache.clear();
  cache.set(key, test);
  return test;
}

export function hasWildcardCharacters(text: string): boolean {
  return /[*?[]/.test(text);
}

/** Whether `text` matches the wildcard `pattern` (`*`, `?`, `[a-z]`, backtick escapes), case-insensitive, whole string. */
export function wildcardMatch(pattern: string, text: string): boolean {
  return wildcardMatcher(pattern)(text);
}
