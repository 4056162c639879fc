// The abstract syntax tree of the PowerShell subset csshell runs.
// Nodes are plain data with a `kind` tag and a source extent. The parser (grammar/ + src/lang/parser.ts)
// produces them; the evaluator (src/engine/) walks them. Nothing else should depend on the CST.

/** The text a script was parsed from. Shared by every extent of one parse. */
export interface Source {
  text: string;
  /** Path of the script file, or undefined for interactive input / -c commands. */
  file?: string;
}

/** A span of source text. Offsets are 0-based; lines and columns are 1-based (columns count UTF-16 units). */
export interface Extent {
  source: Source;
  start: number;
  end: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

interface NodeBase {
  extent: Extent;
}

// ---------------------------------------------------------------------------------------------
// Script blocks, param blocks, attributes

export interface ScriptBlockAst extends NodeBase {
  kind: 'ScriptBlock';
  /** Attributes before `param(...)`, e.g. [CmdletBinding()]. */
  attributes: AttributeAst[];
  param?: ParamBlockAst;
  begin?: NamedBlockAst;
  process?: NamedBlockAst;
  /** Statements outside named blocks are put here, as PowerShell does. */
  end?: NamedBlockAst;
}

export interface NamedBlockAst extends NodeBase {
  kind: 'NamedBlock';
  name: 'begin' | 'process' | 'end';
  statements: StatementAst[];
}

export interface ParamBlockAst extends NodeBase {
  kind: 'ParamBlock';
  attributes: AttributeAst[];
  parameters: ParameterAst[];
}

export interface ParameterAst extends NodeBase {
  kind: 'Parameter';
  /** Variable name without `$`. */
  name: string;
  /** [Parameter(...)], [ValidateSet(...)], [Alias(...)] and type constraints like [string] / [switch], in source order. */
  attributes: (AttributeAst | TypeConstraintAst)[];
  defaultValue?: ExpressionAst;
}

export interface AttributeAst extends NodeBase {
  kind: 'Attribute';
  typeName: string;
  positionalArguments: ExpressionAst[];
  /** `Mandatory` alone has no value (means $true); `Mandatory = $false` has one. */
  namedArguments: { name: string; value?: ExpressionAst; extent: Extent }[];
}

export interface TypeConstraintAst extends NodeBase {
  kind: 'TypeConstraint';
  typeName: TypeName;
}

/** A type as written: `string`, `System.Collections.ArrayList`, `string[]`, `System.Collections.Generic.List[string]`. */
export interface TypeName {
  /** Full text between the brackets, e.g. `System.Collections.Generic.List[string]`. */
  text: string;
  /** Name without array or generic arguments, e.g. `System.Collections.Generic.List`. */
  name: string;
  genericArguments: TypeName[];
  isArray: boolean;
}

// ---------------------------------------------------------------------------------------------
// Statements

export type StatementAst =
  | PipelineAst
  | AssignmentAst
  | IfAst
  | SwitchAst
  | ForeachAst
  | ForAst
  | WhileAst
  | DoLoopAst
  | FunctionDefinitionAst
  | TryAst
  | TrapAst
  | ThrowAst
  | ReturnAst
  | BreakAst
  | ContinueAst
  | ExitAst
  | StatementBlockAst;

export interface StatementBlockAst extends NodeBase {
  kind: 'StatementBlock';
  statements: StatementAst[];
}

/** `a | b | c`. A single-element pipeline whose element is a CommandExpression is an expression statement. */
export interface PipelineAst extends NodeBase {
  kind: 'Pipeline';
  elements: (CommandAst | CommandExpressionAst)[];
}

export type AssignmentOperator = '=' | '+=' | '-=' | '*=' | '/=' | '%=';

export interface AssignmentAst extends NodeBase {
  kind: 'Assignment';
  /** A VariableExpression, Member, Index, Convert ([int]$x = ...) or ArrayLiteral of those ($a, $b = ...). */
  target: ExpressionAst;
  operator: AssignmentOperator;
  /** The right-hand side: a pipeline, or another statement (`$x = if (...) {...}`, `$x = foreach ...`). */
  value: StatementAst;
}

export interface IfAst extends NodeBase {
  kind: 'If';
  clauses: { condition: PipelineAst; body: StatementBlockAst }[];
  elseBody?: StatementBlockAst;
}

export interface SwitchAst extends NodeBase {
  kind: 'Switch';
  label?: string;
  flags: { regex: boolean; wildcard: boolean; exact: boolean; caseSensitive: boolean; file: boolean };
  /** The value(s) switched on: `switch ($x)`; with -File, the path expression. */
  condition: PipelineAst;
  /** Each clause's test is a constant/expression or a ScriptBlockExpression (evaluated with $_ set). */
  clauses: { test: ExpressionAst; body: StatementBlockAst }[];
  defaultBody?: StatementBlockAst;
}

export interface ForeachAst extends NodeBase {
  kind: 'Foreach';
  label?: string;
  variable: VariableExpressionAst;
  iterable: PipelineAst;
  body: StatementBlockAst;
}

export interface ForAst extends NodeBase {
  kind: 'For';
  label?: string;
  initializer?: StatementAst;
  condition?: PipelineAst;
  iterator?: StatementAst;
  body: StatementBlockAst;
}

export interface WhileAst extends NodeBase {
  kind: 'While';
  label?: string;
  condition: PipelineAst;
  body: StatementBlockAst;
}

export interface DoLoopAst extends NodeBase {
  kind: 'DoLoop';
  label?: string;
  /** `do {} while (...)` loops while true; `do {} until (...)` loops while false. */
  until: boolean;
  condition: PipelineAst;
  body: StatementBlockAst;
}

export interface FunctionDefinitionAst extends NodeBase {
  kind: 'FunctionDefinition';
  name: string;
  isFilter: boolean;
  /** Parameters written after the name: `function f($a, $b) { }`. Empty when a param() block is used. */
  parameters: ParameterAst[];
  body: ScriptBlockAst;
}

export interface TryAst extends NodeBase {
  kind: 'Try';
  body: StatementBlockAst;
  /** `types` empty = catch-all. Type names as written, e.g. `System.Management.Automation.RuntimeException`. */
  catches: { types: TypeName[]; body: StatementBlockAst; extent: Extent }[];
  finallyBody?: StatementBlockAst;
}

/** `trap [Type] { … }`: handles terminating errors of the statements of the scope it is written in. */
export interface TrapAst extends NodeBase {
  kind: 'Trap';
  /** Empty = every error. */
  types: TypeName[];
  body: StatementBlockAst;
}

export interface ThrowAst extends NodeBase {
  kind: 'Throw';
  value?: PipelineAst;
}

export interface ReturnAst extends NodeBase {
  kind: 'Return';
  value?: PipelineAst;
}

export interface BreakAst extends NodeBase {
  kind: 'Break';
  label?: string;
}

export interface ContinueAst extends NodeBase {
  kind: 'Continue';
  label?: string;
}

export interface ExitAst extends NodeBase {
  kind: 'Exit';
  value?: PipelineAst;
}

// ---------------------------------------------------------------------------------------------
// Commands

export type RedirectionStream = 'Output' | 'Error' | 'Warning' | 'Verbose' | 'Debug' | 'Information' | 'All';

export type RedirectionAst =
  | { kind: 'FileRedirection'; from: RedirectionStream; append: boolean; target: ExpressionAst; extent: Extent }
  /** `2>&1`: merge a stream into Output. */
  | { kind: 'MergingRedirection'; from: RedirectionStream; to: 'Output'; extent: Extent };

export interface CommandAst extends NodeBase {
  kind: 'Command';
  /** `&` call operator, `.` dot-source, or none. */
  invocationOperator?: '&' | '.';
  /** The command name: a bareword StringConstant (`Get-CsUser`), or any expression after & / . (`& $sb`). */
  name: ExpressionAst;
  /** Parameters and arguments after the name, in source order. */
  elements: CommandElementAst[];
  redirections: RedirectionAst[];
}

export type CommandElementAst = CommandParameterAst | ExpressionAst;

/** `-Name`, or `-Name:value` (argument set), as written in the command. */
export interface CommandParameterAst extends NodeBase {
  kind: 'CommandParameter';
  /** Name without the dash, as typed (may be a prefix or an alias). */
  name: string;
  /** Only for the colon form `-Name:value`. */
  argument?: ExpressionAst;
}

/** An expression used as a pipeline element: `$x`, `1 + 2`, `@{...}`, `"text"`. */
export interface CommandExpressionAst extends NodeBase {
  kind: 'CommandExpression';
  expression: ExpressionAst;
  redirections: RedirectionAst[];
}

// ---------------------------------------------------------------------------------------------
// Expressions

export type ExpressionAst =
  | ConstantAst
  | StringConstantAst
  | ExpandableStringAst
  | VariableExpressionAst
  | ArrayLiteralAst
  | ArrayExpressionAst
  | HashtableAst
  | ScriptBlockExpressionAst
  | ParenExpressionAst
  | SubExpressionAst
  | UnaryExpressionAst
  | BinaryExpressionAst
  | ConvertExpressionAst
  | TypeExpressionAst
  | MemberExpressionAst
  | InvokeMemberExpressionAst
  | IndexExpressionAst;

/** Numbers. `isInteger` distinguishes 2 from 2.0 (PowerShell keeps Int32/Int64 vs Double). */
export interface ConstantAst extends NodeBase {
  kind: 'Constant';
  value: number;
  isInteger: boolean;
  /** The token as written, e.g. `0x10`, `1kb`, `5269`. */
  text: string;
}

export interface StringConstantAst extends NodeBase {
  kind: 'StringConstant';
  value: string;
  /** `bare` = an unquoted command-mode word (`site:Redmond`, `Get-CsUser`, `C:\certs\edge.pfx`). */
  quote: 'bare' | 'single' | 'double' | 'singleHere' | 'doubleHere';
}

/** A double-quoted string with `$var`, `${var}`, `$(...)`: parts are literal text or embedded expressions. */
export interface ExpandableStringAst extends NodeBase {
  kind: 'ExpandableString';
  /** The string after escape processing, before expansion (what `$ExecutionContext...` would show). */
  value: string;
  parts: (string | ExpressionAst)[];
  quote: 'double' | 'doubleHere' | 'bare';
}

export interface VariableExpressionAst extends NodeBase {
  kind: 'Variable';
  /** Name without `$` and without scope: `_`, `true`, `users`, `ErrorActionPreference`. */
  name: string;
  /** `global`, `script`, `local`, `private`, `env`, `using`, `variable`, or undefined. Lower-cased. */
  scope?: string;
  /** `@params` (splatting) instead of `$params`. */
  splatted: boolean;
  /** Written `${...}`. */
  braced: boolean;
}

/** The comma operator: `a, b, c` (and the unary `,x`, which has one element). */
export interface ArrayLiteralAst extends NodeBase {
  kind: 'ArrayLiteral';
  elements: ExpressionAst[];
}

/** `@( ... )` */
export interface ArrayExpressionAst extends NodeBase {
  kind: 'ArrayExpression';
  statements: StatementAst[];
}

export interface HashtableAst extends NodeBase {
  kind: 'Hashtable';
  entries: { key: ExpressionAst; value: StatementAst; extent: Extent }[];
}

export interface ScriptBlockExpressionAst extends NodeBase {
  kind: 'ScriptBlockExpression';
  scriptBlock: ScriptBlockAst;
  /** The source text between the braces (what `$sb.ToString()` returns). */
  text: string;
}

/** `( pipeline )` */
export interface ParenExpressionAst extends NodeBase {
  kind: 'Paren';
  pipeline: StatementAst;
}

/** `$( statements )` */
export interface SubExpressionAst extends NodeBase {
  kind: 'SubExpression';
  statements: StatementAst[];
}

export type UnaryOperator =
  | '-not'
  | '!'
  | '-'
  | '+'
  | '-bnot'
  | ','
  | '-split'
  | '-join'
  | '++'
  | '--'
  | 'post++'
  | 'post--';

export interface UnaryExpressionAst extends NodeBase {
  kind: 'Unary';
  operator: UnaryOperator;
  operand: ExpressionAst;
}

/**
 * Binary operators, lower-cased and canonical: '+', '-', '*', '/', '%', '..', '-f', '-and', '-or', '-xor',
 * '-band', '-bor', '-bxor', '-shl', '-shr', comparison operators with their case prefix as written
 * ('-eq', '-ieq', '-ceq', '-like', '-cnotmatch', '-replace', '-creplace', '-split', '-join', '-contains',
 * '-in', '-notin', '-is', '-isnot', '-as', ...).
 */
export interface BinaryExpressionAst extends NodeBase {
  kind: 'Binary';
  operator: string;
  left: ExpressionAst;
  right: ExpressionAst;
  /** Extent of the operator token (for error positions). */
  operatorExtent: Extent;
}

/** `[int]$x`, `[pscustomobject]@{...}`, `[ordered]@{...}`, `[void]$list.Add(1)`. */
export interface ConvertExpressionAst extends NodeBase {
  kind: 'Convert';
  typeName: TypeName;
  operand: ExpressionAst;
}

/** A type literal used as a value: `[string]`, `[math]` in `[math]::Round(...)`. */
export interface TypeExpressionAst extends NodeBase {
  kind: 'TypeExpression';
  typeName: TypeName;
}

/** `$x.Name`, `$x.$prop`, `[datetime]::Now` (static). */
export interface MemberExpressionAst extends NodeBase {
  kind: 'Member';
  target: ExpressionAst;
  /** A StringConstant (bare) for `.Name`; any expression for `.$name` or `.("name")`. */
  member: ExpressionAst;
  static: boolean;
}

/** `$s.ToUpper()`, `[math]::Round(1.5, 0)`. */
export interface InvokeMemberExpressionAst extends NodeBase {
  kind: 'InvokeMember';
  target: ExpressionAst;
  member: ExpressionAst;
  arguments: ExpressionAst[];
  static: boolean;
}

/** `$a[0]`, `$a[-1]`, `$a[1..3]`, `$h['key']`. */
export interface IndexExpressionAst extends NodeBase {
  kind: 'Index';
  target: ExpressionAst;
  index: ExpressionAst;
}

export type Ast =
  | ScriptBlockAst
  | NamedBlockAst
  | ParamBlockAst
  | ParameterAst
  | AttributeAst
  | TypeConstraintAst
  | StatementAst
  | CommandAst
  | CommandParameterAst
  | CommandExpressionAst
  | ExpressionAst;

// ---------------------------------------------------------------------------------------------
// Parse results

export interface ParseError {
  /** PowerShell's error id, e.g. `MissingEndCurlyBrace`, `UnexpectedToken`, `ExpectedValueExpression`. */
  errorId: string;
  message: string;
  extent: Extent;
}

export interface ParseResult {
  ast: ScriptBlockAst;
  errors: ParseError[];
}
