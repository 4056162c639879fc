// Deterministic mutations of the fixture scripts for the fuzz test and the parser benchmark: tokens and
// characters deleted, duplicated and swapped, so every kind of broken input reaches the parser.

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readScriptFile } from '../../src/host/scriptFile.js';
import { tokenize } from '../../src/lang/highlight.js';
import { seededRandom } from '../../src/store/seededRandom.js';

const fallback = [
  'Set-CsAccessEdgeConfiguration -AllowFederatedUsers $true -EnableXmppDiscovery:$false\nGet-CsUser | Where-Object { $_.Enabled } | Select-Object DisplayName, SipAddress',
  'param([Parameter(Mandatory)][string]$Path)\n$rows = Import-Csv $Path\nforeach ($r in $rows) { try { New-CsXmppAllowedPartner $r.Domain -TlsNegotiation Required } catch { Write-Warning "Failed: $($r.Domain) $_" } }',
];

export function fixtureScripts(dir = 'fixtures/scripts'): string[] {
  try {
    const files = readdirSync(dir).filter((f) => f.endsWith('.ps1')).sort();
    const texts = files.map((f) => readScriptFile(join(dir, f)));
    return texts.length ? texts : fallback;
  } catch {
    return fallback;
  }
}

interface Span {
  start: number;
  end: number;
}

function significant(text: string): Span[] {
  return tokenize(text).filter((t) => t.kind !== 'whitespace');
}

/** One mutation of `text`: delete, duplicate or swap a token or a character (chosen by `rand`). */
export function mutate(text: string, tokens: Span[], rand: () => number): string {
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)];
  const op = Math.floor(rand() * 6);
  if (text.length === 0) return text;
  if (op < 3 && tokens.length > 1) {
    const a = pick(tokens);
    if (op === 0) return text.slice(0, a.start) + text.slice(a.end);
    if (op === 1) return text.slice(0, a.end) + text.slice(a.start, a.end) + text.slice(a.end);
    const b = pick(tokens);
    const [x, y] = a.start < b.start ? [a, b] : [b, a];
    if (x.end > y.start) return text;
    return text.slice(0, x.start) + text.slice(y.start, y.end) + text.slice(x.end, y.start) + text.slice(x.start, x.end) + text.slice(y.end);
  }
  const i = Math.floor(rand() * text.length);
  if (op === 3) return text.slice(0, i) + text.slice(i + 1);
  if (op === 4) return text.slice(0, i) + text[i] + text.slice(i);
  const j = Math.floor(rand() * text.length);
  const [x, y] = i < j ? [i, j] : [j, i];
  return text.slice(0, x) + text[y] + text.slice(x + 1, y) + text[x] + text.slice(y + 1);
}

/** `count` mutated inputs (1 to 3 mutations each), the same for the same seed. */
export function* fuzzInputs(count: number, seed = 20261126): Generator<string> {
  const scripts = fixtureScripts();
  const tokenLists = scripts.map(significant);
  const rand = seededRandom(seed);
  for (let n = 0; n < count; n++) {
    const k = Math.floor(rand() * scripts.length);
    let text = scripts[k];
    const times = 1 + Math.floor(rand() * 3);
    for (let m = 0; m < times; m++) text = mutate(text, m === 0 ? tokenLists[k] : significant(text), rand);
    yield text;
  }
}
