// What a regex search yields: System.Text.RegularExpressions.Match, Group and Capture. A match keeps
// its regex and input, so NextMatch() goes on from where it ended. .NET numbers the unnamed groups
// first and the named ones after them; JavaScript numbers them in pattern order: the groups are put
// in .NET's order here, so `Groups[1]` and `Groups['name']` read what they read on Windows.

import { TimeSpan } from '../runtime/values.js';

/** One capture: the text a group matched and where. */
export class RegexCapture {
  readonly typeName: string = 'System.Text.RegularExpressions.Capture';
  constructor(
    readonly value: string,
    readonly index: number,
  ) {}

  get length(): number {
    return this.value.length;
  }

  toString(): string {
    return this.value;
  }
}

/** A group of a match: named by its number or its name; a group that did not take part fails. */
export class RegexGroup extends RegexCapture {
  override readonly typeName: string = 'System.Text.RegularExpressions.Group';
  constructor(
    readonly name: string,
    readonly success: boolean,
    value: string,
    index: number,
  ) {
    super(value, index);
  }

  /** JavaScript keeps only a group's last capture, so a group has one capture (none when it failed). [I] */
  get captures(): RegexCapture[] {
    return this.success ? [new RegexCapture(this.value, this.index)] : [];
  }
}

/** A match: group 0 is the match itself. */
export class RegexMatch extends RegexGroup {
  override readonly typeName: string = 'System.Text.RegularExpressions.Match';
  constructor(
    readonly groups: RegexGroup[],
    private readonly re: RegExp,
    private readonly input: string,
  ) {
    const whole = groups[0]!;
    super('0', whole.success, whole.value, whole.index);
  }

  /** The match after this one in the same input (an empty match moves on one character). */
  nextMatch(): RegexMatch {
    if (!this.success) return this;
    return searchFrom(this.re, this.input, this.index + Math.max(this.length, 1));
  }
}

/** JavaScript's number of each capturing group in pattern order, with its name when it has one. */
function groupNamesInPatternOrder(source: string): (string | undefined)[] {
  const names: (string | undefined)[] = [];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') {
      const named = /^\(\?<([A-Za-z_]\w*)>/.exec(source.slice(i));
      if (named) names.push(named[1]);
      else if (source[i + 1] !== '?') names.push(undefined);
    }
  }
  return names;
}

/** The order .NET gives the groups: each entry is [.NET name, JavaScript group number]. */
function dotNetGroupOrder(source: string): [string, number][] {
  const names = groupNamesInPatternOrder(source);
  const unnamed = names.flatMap((n, i) => (n === undefined ? [i + 1] : []));
  const named = names.flatMap((n, i): [string, number][] => (n === undefined ? [] : [[n, i + 1]]));
  return [['0', 0], ...unnamed.map((js, k): [string, number] => [String(k + 1), js]), ...named];
}

/** The group names of a regex in .NET's order (`GetGroupNames()`). */
export function groupNames(re: RegExp): string[] {
  return dotNetGroupOrder(re.source).map(([name]) => name);
}

/** A copy that searches from lastIndex and reports each group's position (the cached regexes are shared). */
function searching(re: RegExp): RegExp {
  return new RegExp(re.source, [...new Set([...re.flags, 'g', 'd'])].join(''));
}

function toMatch(re: RegExp, input: string, m: RegExpExecArray | null): RegexMatch {
  const order = dotNetGroupOrder(re.source);
  const groups = order.map(([name, js]) => {
    const value = m?.[js];
    const at = m?.indices?.[js];
    return new RegexGroup(name, value !== undefined, value ?? '', at ? at[0] : 0);
  });
  return new RegexMatch(groups, re, input);
}

/** The first match at or after `start` (a failed Match when there is none). */
export function searchFrom(re: RegExp, input: string, start = 0): RegexMatch {
  const s = searching(re);
  s.lastIndex = start;
  return toMatch(re, input, start <= input.length ? s.exec(input) : null);
}

/** Every match from `start` on, as Regex.Matches finds them. */
export function allMatches(re: RegExp, input: string, start = 0): RegexMatch[] {
  const out: RegexMatch[] = [];
  for (let m = searchFrom(re, input, start); m.success; m = m.nextMatch()) out.push(m);
  return out;
}

/** Regex.InfiniteMatchTimeout, the MatchTimeout of a regex made without one: minus one millisecond. */
export const INFINITE_MATCH_TIMEOUT = new TimeSpan(-10_000);
