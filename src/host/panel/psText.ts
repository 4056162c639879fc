// The PowerShell text of a command the panel runs: every value the browser sent becomes a quoted
// literal, so what was typed in a form can never become code.

/** A parameter value: text, a boolean, a list of texts, $null, or a switch that is present. */
export type PsValue = string | boolean | readonly string[] | null | typeof SWITCH;

/** A switch parameter given without a value (`-UseDnsSrvRouting`). */
export const SWITCH = Symbol('switch');

/**
 * A single-quoted PowerShell string. Inside one, only quote characters are special; PowerShell also
 * takes the typographic single quotes (U+2018-U+201B) as quotes, so every one of them is doubled.
 */
export function psQuote(text: string): string {
  return `'${text.replace(/['\u2018\u2019\u201A\u201B]/g, (q) => q + q)}'`;
}

export function psValue(value: Exclude<PsValue, typeof SWITCH>): string {
  if (value === null) return '$null';
  if (typeof value === 'boolean') return value ? '$true' : '$false';
  if (typeof value === 'string') return psQuote(value);
  return value.length ? `@(${value.map(psQuote).join(', ')})` : '@()';
}

/** `Verb-Noun -Name value …`; parameters whose value is undefined are left out. */
export function psCommand(cmdlet: string, params: Record<string, PsValue | undefined>): string {
  if (!/^[A-Za-z]+-[A-Za-z]+$/.test(cmdlet)) throw new Error(`not a cmdlet name: ${cmdlet}`);
  const parts = [cmdlet];
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined) continue;
    if (!/^[A-Za-z]+$/.test(name)) throw new Error(`not a parameter name: ${name}`);
    parts.push(value === SWITCH ? `-${name}` : `-${name} ${psValue(value)}`);
  }
  return parts.join(' ');
}
