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
/** Binary operators of every precedence level (the parser orders them). */
export const BinaryOp = createToken({ name: 'BinaryOp', pattern: Lexer.NA });
/** Tokens that can begin an operand of an expression. */
export const OperandStart = createToken({ name: 'OperandStart', pattern: Lexer.NA });
/** Tokens that end a pipeline (besides end of input). */
export const StatementEnd = createToken({ name: 'StatementEnd', pattern: Lexer.NA });
/** Tokens that cannot begin a statement: reported as unexpected where one is expected. */
export const Stray = createToken({ name: 'Stray', pattern: Lexer.NA });
/** Tokens that can follow an operand directly: `.`, `::`, `[`, `++`, `--`. */
export const PostfixStart = createToken({ name: 'PostfixStart', pattern: Lexer.NA });
all.push(Terminator, KeywordCat, UnsupportedKeyword, AssignOp, BinaryOp, OperandStart, StatementEnd, Stray, PostfixStart);
const B = BinaryOp, O = OperandStart, E = StatementEnd, S = Stray, P = PostfixStart;

export const NewLine = tok('NewLine', [Terminator, E]);
export const Semi = tok('Semi', [Terminator, E]);
export const Pipe = tok('Pipe', [S]);
export const Comma = tok('Comma', [O]);
export const LParen = tok('LParen', [O]);
export const RParen = tok('RParen', [E, S]);
export const LCurly = tok('LCurly', [O]);
export const RCurly = tok('RCurly', [E, S]);
/** `[` directly after an operand: indexing. */
export const LBracket = tok('LBracket', [P, S]);
export const RBracket = tok('RBracket', [E, S]);
export const DollarParen = tok('DollarParen', [O]);
export const AtParen = tok('AtParen', [O]);
export const AtCurly = tok('AtCurly', [O]);

export const Variable = tok('Variable', [O]);
export const SplatVariable = tok('SplatVariable', [O]);
export const NumberLit = tok('Number', [O]);
export const StringLit = tok('String', [O]);
export const ExpandableStringLit = tok('ExpandableString', [O]);
/** The bareword naming a command at the start of a pipeline element (`Get-CsUser`, `.\x.ps1`). */
export const CommandName = tok('CommandName');
/** A bareword argument (`site:Redmond`, `C:\certs\a.pfx`), a hashtable key, a function name, a label, ... */
export const Bareword = tok('Bareword', [S]);
export const Parameter = tok('Parameter', [S]);
/** `.` directly after an operand, followed by a member name. */
export const Dot = tok('Dot', [S, P]);
export const ColonColon = tok('ColonColon', [S, P]);
export const MemberName = tok('MemberName', [S]);
/** `[string]`, `[System.Collections.Generic.List[string]]`: the whole literal, parsed. */
export const TypeLiteral = tok('TypeLiteral', [O]);
/** `[Parameter` when followed by `(`: the start of an attribute. */
export const AttributeStart = tok('AttributeStart', [S]);
export const Label = tok('Label');
export const Redirection = tok('Redirection', [S]);
/** `&` call operator and `.` dot-source operator at the start of a pipeline element. */
export const Ampersand = tok('Ampersand');
export const DotSource = tok('DotSource');

export const Plus = tok('Plus', [B, O]);
export const Minus = tok('Minus', [B, O]);
export const Star = tok('Star', [B, S]);
export const Slash = tok('Slash', [B, S]);
export const Percent = tok('Percent', [B, S]);
export const DotDot = tok('DotDot', [B, S]);
export const Exclaim = tok('Exclaim', [O]);
export const PlusPlus = tok('PlusPlus', [O, P]);
export const MinusMinus = tok('MinusMinus', [O, P]);
export const Equals = tok('Equals', [AssignOp, S]);
export const CompoundAssign = tok('CompoundAssign', [AssignOp, S]);
/** Dash operators by precedence level. The token's payload holds the canonical lower-case name. */
export const DashLogical = tok('DashLogical', [B, S]);
export const DashBitwise = tok('DashBitwise', [B, S]);
export const DashComparison = tok('DashComparison', [B, S]);
export const DashSplitJoin = tok('DashSplitJoin', [B, O]);
export const DashFormat = tok('DashFormat', [B, S]);
export const DashNot = tok('DashNot', [O]);
/** PowerShell 7 operators and other syntax csshell does not run: `&&`, `||`, `?.`, `??`, `?`. */
export const UnsupportedOperator = tok('UnsupportedOperator', [S]);
/** Text the scanner could not make sense of; the parser reports it. */
export const ErrorToken = tok('ErrorToken', [S]);

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
export const Trap = kw('Trap');
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
  trap: Trap,
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
  'workflow',
  'configuration',
  'data',
  'dynamicparam',
  'inlinescript',
  'parallel',
  'sequence',
]);

/** The longest keyword, supported or not: a longer word (a cmdlet name) needs no keyword lookup. */
export const longestKeyword = Math.max(...Object.keys(keywordTokens).map((k) => k.length), ...[...unsupportedKeywords].map((k) => k.length));
