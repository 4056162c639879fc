// The words .NET's regex parser uses for a bad pattern (`parsing "(" - Not enough )'s.`), found from
// what JavaScript reports for the same pattern. Used where 5.1 lets .NET's ArgumentException through.

const NOTHING_TO_REPEAT = 'Nothing to repeat';

const REASONS: [js: string, dotNet: string][] = [
  ['Unterminated group', "Not enough )'s."],
  ["Unmatched ')'", "Too many )'s."],
  ['Unterminated character class', 'Unterminated [] set.'],
  ['\\ at end of pattern', 'Illegal \\ at end of pattern.'],
  ['Invalid group', 'Unrecognized grouping construct.'],
  ['numbers out of order in {} quantifier', 'Illegal {x,y} with x > y.'],
  ['Range out of order in character class', '[x-y] range in reverse order.'],
];

/** A quantifier right after another one is "nested"; one with nothing before it follows nothing. */
function quantifierReason(pattern: string): string {
  const nested = /(?:^|[^\\])[*+?}]([*+])/.exec(pattern);
  if (nested && !/^[*+?]|[(|][*+?]/.test(pattern)) return `Nested quantifier ${nested[1]}.`;
  return 'Quantifier {x,y} following nothing.';
}

/** .NET's reason for refusing `pattern`, or undefined when the JavaScript message has no known match. */
export function dotNetRegexReason(pattern: string, jsMessage: string): string | undefined {
  if (jsMessage.endsWith(NOTHING_TO_REPEAT)) return quantifierReason(pattern);
  return REASONS.find(([js]) => jsMessage.endsWith(js))?.[1];
}
