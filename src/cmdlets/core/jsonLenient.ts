// What Windows PowerShell 5.1's ConvertFrom-Json (JavaScriptSerializer) accepts beyond strict JSON:
// property names without quotes (`{name: 1}`). The text is rewritten to strict JSON before parsing.

const BARE_NAME = /[A-Za-z_$][\w$]*/y;

/** Puts double quotes around property names written bare; text inside strings is left alone. */
export function quoteBareNames(text: string): string {
  let out = '';
  let i = 0;
  let expectName = false;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"') {
      const end = stringEnd(text, i);
      out += text.slice(i, end);
      i = end;
      expectName = false;
      continue;
    }
    if (expectName) {
      BARE_NAME.lastIndex = i;
      const m = BARE_NAME.exec(text);
      if (m && /^\s*:/.test(text.slice(i + m[0].length))) {
        out += `"${m[0]}"`;
        i += m[0].length;
        expectName = false;
        continue;
      }
    }
    if (c === '{' || c === ',') expectName = true;
    else if (!/\s/.test(c)) expectName = false;
    out += c;
    i++;
  }
  return out;
}

/** Index just past the string starting at `start` (a `"`), honouring backslash escapes. */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
  return Math.min(i + 1, text.length);
}
