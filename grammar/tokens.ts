// The token vocabulary of the PowerShell subset. Tokens are produced by the hand-written, mode-aware
// scanner in lexer.ts (PowerShell decides between command-argument and expression lexing from context,
// which a table-driven lexer cannot see), so every token type here has no pattern of its own.

import { createToken, Lexer, type TokenType } from 'chevrotain';

const all: TokenType[] = [];

/** Every token is also an `AnyToken`, which lets error-recovery alternatives match whatever comes next. */
export const AnyToken = createToken({ name: 'AnyToken', pattern: Lexer.NA });
all.push(AnyToken);

function tok(name: string, categories: TokenType[] = []): TokenType {
  const t = createToken({ name, pattern: Lexer.NA, categories: [AnyToken, ...categories] });
  all.push(t);
  return t;
}

// Categories used by the grammar to accept a family of tokens in one place.
export const Terminator = createToken({ name: 'Terminator', pattern: Lexer.NA });
export const KeywordCat = createToken({ name: 'Keyword', pattern: Lexer.NA });
export const UnsupportedKeyword = createToken({ name: 'UnsupportedKeyword', pattern: Lexer.NA, categories: [KeywordCat] });
export const AssignOp = createToken({ name: 'AssignOp', pattern: Lexer.NA });
all.push(Terminator, KeywordCat, UnsupportedKeyword, AssignOp);

export const NewLine = tok('NewLine', [Terminator]);
export const Semi = tok('Semi', [Terminator]);
export const Pipe = tok('Pipe');
export const Comma = tok('Comma');
export const LParen = tok('LParen');
export const RParen = tok('RParen');
export const LCurly = tok('LCurly');
export const RCurly = tok('RCurly');
/** `[` directly after an operand: indexing. */
export const LBracket = tok('LBracket');
export const RBracket = tok('RBracket');
export const DollarParen = tok('DollarParen');
export const AtParen = tok('AtParen');
export const AtCurly = tok('AtCurly');

export const Variable = tok('Variable');
export const SplatVariable = tok('SplatVariable');
export const NumberLit = tok('Number');
export const StringLit = tok('String');
export const ExpandableStringLit = tok('ExpandableString');
/** The bareword naming a command at the start of a pipeline element (`Get-CsUser`, `.\x.ps1`). */
export const CommandName = tok('CommandName');
/** A bareword argument (`site:Redmond`, `C:\certs\a.pfx`), a hashtable key, a function name, a label, ... */
export const Bareword = tok('Bareword');
export const Parameter = tok('Parameter');
/** `.` directly after an operand, followed by a member name. */
export const Dot = tok('Dot');
export const ColonColon = tok('ColonColon');
export const MemberName = tok('MemberName');
/** `[string]`, `[System.Collections.Generic.List[string]]`: the whole literal, parsed. */
export const TypeLiteral = tok('TypeLiteral');
/** `[Parameter` when followed by `(`: the start of an attribute. */
export const AttributeStart = tok('AttributeStart');
export const Label = tok('Label');
export const Redirection = tok('Redirection');
/** `&` call operator and `.` dot-source operator at the start of a pipeline element. */
export const Ampersand = tok('Ampersand');
export const DotSource = tok('DotSource');

export const Plus = tok('Plus');
export const Minus = tok('Minus');
export const Star = tok('Star');
export const Slash = tok('Slash');
export const Percent = tok('Percent');
export const DotDot = tok('DotDot');
export const Exclaim = tok('Exclaim');
export const PlusPlus = tok('PlusPlus');
export const MinusMinus = tok('MinusMinus');
export const Equals = tok('Equals', [AssignOp]);
export const CompoundAssign = tok('CompoundAssign', [AssignOp]);
/** Dash operators by precedence level. The token's payload holds the canonical lower-case name. */
export const DashLogical = tok('DashLogical');
export const DashBitwise = tok('DashBitwise');
export const DashComparison = tok('DashComparison');
export const DashSplitJoin = tok('DashSplitJoin');
export const DashFormat = tok('DashFormat');
export const DashNot = tok('DashNot');
/** PowerShell 7 operators and other syntax csshell does not run: `&&`, `||`, `?.`, `??`, `?`. */
export const UnsupportedOperator = tok('UnsupportedOperator');
/** Text the scanner could not make sense of; the parser reports it. */
export const ErrorToken = tok('ErrorToken');

function kw(name: string, unsupported = false): TokenType {
  return tok(name, [unsupported ? UnsupportedKeyword : KeywordCat]);
}

export const If = kw('If');
export const ElseIf = kw('ElseIf');
export const Else = kw('Else');
export const Switch = kw('Switch');
export const Foreach = kw('Foreach');
export const For = kw('For');
export const While = kw('While');
export const Until = kw('Until');
export const Do = kw('Do');
export const In = kw('In');
export const Function = kw('Function');
export const Filter = kw('Filter');
export const Param = kw('Param');
export const Begin = kw('Begin');
export const Process = kw('Process');
export const End = kw('End');
export const Try = kw('Try');
export const Catch = kw('Catch');
export const Finally = kw('Finally');
export const Throw = kw('Throw');
export const Return = kw('Return');
export const Exit = kw('Exit');
export const Break = kw('Break');
export const Continue = kw('Continue');
export const UnsupportedStatement = kw('UnsupportedStatement', true);

export const allTokens: TokenType[] = all;

/** Statement keywords by their lower-case spelling. */
export const keywordTokens: Record<string, TokenType> = {
  if: If,
  elseif: ElseIf,
  else: Else,
  switch: Switch,
  foreach: Foreach,
  for: For,
  while: While,
  until: Until,
  do: Do,
  function: Function,
  filter: Filter,
  param: Param,
  begin: Begin,
  process: Process,
  end: End,
  try: Try,
  catch: Catch,
  finally: Finally,
  throw: Throw,
  return: Return,
  exit: Exit,
  break: Break,
  continue: Continue,
};

/** Valid PowerShell 5.1 keywords that start constructs csshell does not support. */
export const unsupportedKeywords = new Set([
  'class',
  'enum',
  'using',
  'trap',
  'workflow',
  'configuration',
  'data',
  'dynamicparam',
  'inlinescript',
  'parallel',
  'sequence',
]);
