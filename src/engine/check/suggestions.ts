// "Did you mean …?" for `csshell check`: the nearest names by edit distance (insertions, deletions,
// substitutions and swaps of two neighbouring letters, ignoring case).

/** Optimal-string-alignment distance between two names, case-insensitive. */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  const rows: number[][] = [];
  for (let i = 0; i <= s.length; i++) {
    rows.push([i]);
    for (let j = 1; j <= t.length; j++) {
      if (i === 0) {
        rows[0]!.push(j);
        continue;
      }
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]!.push(d);
    }
  }
  return rows[s.length]![t.length]!;
}

/** [I] How far a name may be from what was typed to be suggested: 1 for short names, 2 from 6 letters, 3 from 15. */
function tolerance(typed: string): number {
  return typed.length >= 15 ? 3 : typed.length >= 6 ? 2 : 1;
}

/** The closest candidates (at most three, nearest first, then alphabetical), or none when nothing is close. */
export function closestNames(typed: string, candidates: Iterable<string>): string[] {
  const limit = tolerance(typed);
  const scored: { name: string; d: number }[] = [];
  const seen = new Set<string>();
  for (const name of candidates) {
    const key = name.toLowerCase();
    if (seen.has(key) || key === typed.toLowerCase()) continue;
    seen.add(key);
    const d = editDistance(typed, name);
    if (d <= limit) scored.push({ name, d });
  }
  scored.sort((x, y) => x.d - y.d || x.name.localeCompare(y.name));
  const best = scored[0]?.d;
  return scored.filter((x) => x.d === best).slice(0, 3).map((x) => x.name);
}
