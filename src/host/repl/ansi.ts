// Printed lines as terminal text: each coloured segment wrapped in SGR escape sequences (the colour
// names are those ink uses, so printed and live lines look alike).

import type { Segment } from './output.js';

const BASE: Record<string, number> = { black: 30, red: 31, green: 32, yellow: 33, blue: 34, magenta: 35, cyan: 36, white: 37, gray: 90, grey: 90 };

/** SGR foreground code of an ink colour name (`red`, `redBright`, `gray`); undefined when unknown. */
function foreground(name: string): number | undefined {
  const bright = /^(\w+?)Bright$/.exec(name);
  if (bright) {
    const base = BASE[bright[1]!];
    return base !== undefined && base < 90 ? base + 60 : undefined;
  }
  return BASE[name];
}

function styled(s: Segment): string {
  const codes: number[] = [];
  const fg = s.color ? foreground(s.color) : undefined;
  const bg = s.backgroundColor ? foreground(s.backgroundColor) : undefined;
  if (fg !== undefined) codes.push(fg);
  if (bg !== undefined) codes.push(bg + 10);
  if (s.underline) codes.push(4);
  if (s.inverse) codes.push(7);
  return codes.length ? `\x1b[${codes.join(';')}m${s.text}\x1b[0m` : s.text;
}

/** The lines as one piece of terminal text, each ended by a newline. */
export function ansiLines(lines: Segment[][]): string {
  let out = '';
  for (const line of lines) out += `${line.map(styled).join('')}\n`;
  return out;
}
