// The rule table: every grammar rule, grouped by the module that installs it. A rule module reaches the
// parser's helpers and every other rule only through a `Grammar` (the one parser, seen through this
// table), so what a rule calls, and where that rule lives, can be read here.

import type {
  ConsumeMethodOpts, DSLMethodOpts, GrammarAction, IOrAlt, IRuleConfig, IToken, OrMethodOpts, ParserMethod, SubruleMethodOpts, TokenType,
} from 'chevrotain';
import type { Closer, ParserBase } from './parserBase.js';
import type {
  AssignmentAst, AttributeAst, CommandAst, CommandElementAst, CommandExpressionAst, ExpressionAst, HashtableAst, NamedBlockAst,
  ParamBlockAst, ParameterAst, PipelineAst, RedirectionAst, ScriptBlockAst, ScriptBlockExpressionAst, StatementAst, StatementBlockAst,
  SwitchAst,
} from '../src/lang/ast.js';

type Rule<ARGS extends unknown[], R> = ParserMethod<ARGS, R>;

/** A script block's parts, without its extent (scriptBlockBody). */
export type ScriptBody = Omit<ScriptBlockAst, 'extent' | 'kind'>;
/** The first element of a pipeline, or any later one. */
export type PipelineElement = CommandAst | CommandExpressionAst;
/** Error id and message reported by `condition` for one missing piece. */
export type ConditionError = [errorId: string, message: string];
export type LoopLabel = string | undefined;

export interface Rules {
  // expressionRules.ts: operators by precedence, unary operators and casts, postfix parts, primaries
  expression: Rule<[], ExpressionAst>;
  arrayLiteralExpr: Rule<[], ExpressionAst>;
  unaryExpr: Rule<[], ExpressionAst>;
  postfixExpr: Rule<[], ExpressionAst>;
  postfixTail: Rule<[ExpressionAst], ExpressionAst>;
  memberAccess: Rule<[ExpressionAst], ExpressionAst>;
  methodArguments: Rule<[], ExpressionAst[]>;
  primary: Rule<[], ExpressionAst>;

  // literalRules.ts: strings, ( ), $( ), @( ), hashtables, script block expressions
  stringLiteral: Rule<[], ExpressionAst>;
  parenExpr: Rule<[], ExpressionAst>;
  subExpression: Rule<[], ExpressionAst>;
  hashtable: Rule<[], HashtableAst>;
  hashEntry: Rule<[], HashtableAst['entries'][number] | undefined>;
  scriptBlockExpr: Rule<[], ScriptBlockExpressionAst>;

  // commandRules.ts: pipelines, commands, arguments, redirections, assignments
  pipelineStatement: Rule<[], StatementAst>;
  pipelineElement: Rule<[isFirst: boolean], PipelineElement>;
  assignmentTail: Rule<[head: CommandExpressionAst], AssignmentAst>;
  command: Rule<[], CommandAst>;
  commandParameter: Rule<[], CommandElementAst>;
  commandArgument: Rule<[], ExpressionAst>;
  argumentPrimary: Rule<[], ExpressionAst>;
  redirections: Rule<[], RedirectionAst[]>;
  redirection: Rule<[], RedirectionAst>;

  // blockRules.ts: statement blocks and the `( condition )` of if, while, do
  statementBlock: Rule<[], StatementBlockAst>;
  blockOrError: Rule<[errorId: string, message: string], StatementBlockAst | undefined>;
  condition: Rule<[keyword: IToken, missingOpen: ConditionError, missingCond: ConditionError, missingClose: ConditionError], PipelineAst | undefined>;

  // loopRules.ts: foreach, for, while, do, switch
  foreachStatement: Rule<[label: LoopLabel], StatementAst>;
  forStatement: Rule<[label: LoopLabel], StatementAst>;
  whileStatement: Rule<[label: LoopLabel], StatementAst>;
  doStatement: Rule<[label: LoopLabel], StatementAst>;
  switchStatement: Rule<[label: LoopLabel], StatementAst>;
  switchBody: Rule<[open: IToken], Pick<SwitchAst, 'clauses' | 'defaultBody'>>;

  // statementRules.ts: statement lists, the statement choice, if, try, trap, flow control, labels, stray tokens
  statementList: Rule<[closer: Closer], StatementAst[]>;
  statement: Rule<[], StatementAst>;
  strayToken: Rule<[], StatementAst>;
  unsupportedStatement: Rule<[], StatementAst>;
  ifStatement: Rule<[], StatementAst>;
  labeledStatement: Rule<[], StatementAst>;
  tryStatement: Rule<[], StatementAst>;
  trapStatement: Rule<[], StatementAst>;
  flowStatement: Rule<[], StatementAst>;

  // scriptBlockRules.ts: whole scripts, script block bodies, begin/process/end
  script: Rule<[], ScriptBlockAst>;
  subStatements: Rule<[], StatementAst[]>;
  scriptBlockBody: Rule<[closer: Closer], ScriptBody>;
  namedBlock: Rule<[], NamedBlockAst>;

  // functionRules.ts: functions, param blocks, parameters, attributes
  functionDefinition: Rule<[], StatementAst>;
  attributeList: Rule<[], AttributeAst[]>;
  paramBlock: Rule<[], ParamBlockAst>;
  parameterList: Rule<[], ParameterAst[]>;
  parameter: Rule<[], ParameterAst>;
  attribute: Rule<[], AttributeAst>;
}

type Options<OUT> = GrammarAction<OUT> | DSLMethodOpts<OUT>;
type Alternatives<T> = IOrAlt<T>[] | OrMethodOpts<T>;

/**
 * chevrotain's parsing DSL as the rule modules use it. The numbered forms tell apart two uses of one
 * method in a rule (lookaheadData.ts is keyed by rule, method and number).
 */
export interface GrammarDsl {
  RULE<F extends (...args: any[]) => any>(name: string, implementation: F, config?: IRuleConfig<ReturnType<F>>): ParserMethod<Parameters<F>, ReturnType<F>>;
  ACTION<T>(impl: () => T): T;
  LA(howMuch: number): IToken;
  SKIP_TOKEN(): IToken;
  CONSUME(tokType: TokenType, options?: ConsumeMethodOpts): IToken;
  CONSUME2(tokType: TokenType, options?: ConsumeMethodOpts): IToken;
  CONSUME3(tokType: TokenType, options?: ConsumeMethodOpts): IToken;
  CONSUME4(tokType: TokenType, options?: ConsumeMethodOpts): IToken;
  consume(idx: number, tokType: TokenType, options?: ConsumeMethodOpts): IToken;
  SUBRULE<ARGS extends unknown[], R>(rule: ParserMethod<ARGS, R>, options?: SubruleMethodOpts<ARGS>): R;
  SUBRULE2<ARGS extends unknown[], R>(rule: ParserMethod<ARGS, R>, options?: SubruleMethodOpts<ARGS>): R;
  SUBRULE3<ARGS extends unknown[], R>(rule: ParserMethod<ARGS, R>, options?: SubruleMethodOpts<ARGS>): R;
  subrule<ARGS extends unknown[], R>(idx: number, rule: ParserMethod<ARGS, R>, options?: SubruleMethodOpts<ARGS>): R;
  OPTION<OUT>(def: Options<OUT>): OUT | undefined;
  OPTION2<OUT>(def: Options<OUT>): OUT | undefined;
  OPTION3<OUT>(def: Options<OUT>): OUT | undefined;
  OPTION4<OUT>(def: Options<OUT>): OUT | undefined;
  OPTION5<OUT>(def: Options<OUT>): OUT | undefined;
  option<OUT>(idx: number, def: Options<OUT>): OUT | undefined;
  MANY(def: Options<unknown>): void;
  MANY2(def: Options<unknown>): void;
  MANY3(def: Options<unknown>): void;
  MANY4(def: Options<unknown>): void;
  MANY5(def: Options<unknown>): void;
  many(idx: number, def: Options<unknown>): void;
  OR<T>(alts: Alternatives<T>): T;
  OR2<T>(alts: Alternatives<T>): T;
  OR3<T>(alts: Alternatives<T>): T;
  or<T>(idx: number, alts: Alternatives<T>): T;
}

/** The parser as a rule module sees it: its public state and helpers, the DSL, and every rule. */
export type Grammar = Pick<ParserBase, keyof ParserBase> & GrammarDsl & Rules;
