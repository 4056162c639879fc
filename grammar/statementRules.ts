// Statement lists and the statements that are not functions: if, switch, loops, try, flow control.

import { isRecognitionException, type IToken, type TokenType } from 'chevrotain';
import * as T from './tokens.js';
import { CommandRules } from './commandRules.js';
import type { Closer } from './parserBase.js';
import type { PsToken } from './tokenInfo.js';
import type { ExpressionAst, IfAst, PipelineAst, StatementAst, StatementBlockAst, SwitchAst } from '../src/lang/ast.js';

export abstract class StatementRules extends CommandRules {
  override statementList = this.RULE('statementList', (closer: Closer): StatementAst[] => {
    const statements: StatementAst[] = [];
    this.MANY({
      GATE: () => !this.atListEnd(closer),
      DEF: () => {
        const before = this.errorCount();
        const startTok = this.LA(1);
        const s = this.OR((this.listAlts ??= [{ ALT: () => void this.CONSUME(T.Terminator) }, { ALT: () => this.guardedStatement() }]));
        this.ACTION(() => {
          if (!s) return;
          statements.push(s);
          if (this.atStatementEnd() || this.atListEnd(closer)) return;
          if (this.errorCount() === before) {
            this.unexpected();
            this.skipStatement();
          } else if (this.LA(1) === startTok) this.SKIP_TOKEN();
          // Otherwise the statement reported its own error and parsing resumes at the current token, as
          // PowerShell does, so later errors are found too.
        });
      },
    });
    return statements;
  });

  private listAlts?: { ALT: () => StatementAst | undefined }[];

  /** One statement; a recognition error inside it is reported (once) and parsing goes on after it. */
  private guardedStatement(): StatementAst | undefined {
    const before = this.errorCount();
    try {
      return this.SUBRULE(this.statement);
    } catch (e) {
      if (!(e instanceof Error) || !isRecognitionException(e)) throw e;
      if (this.errorCount() === before) this.unexpected((e as Error & { token: IToken }).token);
      return undefined;
    }
  }

  private atListEnd(closer: Closer): boolean {
    if (this.atEof()) return true;
    return (closer === 'curly' && this.next(T.RCurly)) || (closer === 'paren' && this.next(T.RParen));
  }

  /** Error recovery: drop tokens to the end of the statement, keeping brackets balanced. */
  protected skipStatement(): void {
    let depth = 0;
    while (!this.atEof()) {
      const t = this.LA(1);
      if (depth === 0 && this.is(t, T.NewLine, T.Semi)) return;
      if (this.is(t, T.LCurly, T.LParen, T.AtCurly, T.AtParen, T.DollarParen, T.LBracket)) depth++;
      else if (this.is(t, T.RCurly, T.RParen, T.RBracket)) {
        if (depth === 0) return;
        depth--;
      }
      this.SKIP_TOKEN();
    }
  }

  override statement = this.RULE('statement', (): StatementAst =>
    this.OR((this.statementAlts ??= [
      { ALT: () => this.SUBRULE(this.ifStatement) },
      { ALT: () => this.SUBRULE(this.switchStatement, { ARGS: [undefined] }) },
      { ALT: () => this.SUBRULE(this.foreachStatement, { ARGS: [undefined] }) },
      { ALT: () => this.SUBRULE(this.forStatement, { ARGS: [undefined] }) },
      { ALT: () => this.SUBRULE(this.whileStatement, { ARGS: [undefined] }) },
      { ALT: () => this.SUBRULE(this.doStatement, { ARGS: [undefined] }) },
      { ALT: () => this.SUBRULE(this.labeledStatement) },
      { ALT: () => this.SUBRULE(this.functionDefinition) },
      { ALT: () => this.SUBRULE(this.tryStatement) },
      { ALT: () => this.SUBRULE(this.flowStatement) },
      { ALT: () => this.SUBRULE(this.unsupportedStatement) },
      { ALT: () => this.SUBRULE(this.strayToken) },
      { ALT: () => this.SUBRULE(this.pipelineStatement) },
    ])),
  );

  private statementAlts?: { ALT: () => StatementAst }[];

  declare functionDefinition: (typeof this)['statement'];

  strayToken = this.RULE('strayToken', (): StatementAst => {
    const tok = this.OR([
      { ALT: () => this.CONSUME(T.Stray) },
      ...[T.Else, T.ElseIf, T.Catch, T.Finally, T.Until, T.In, T.Param, T.Begin, T.Process, T.End].map((t) => ({ ALT: () => this.CONSUME(t) })),
    ]);
    this.ACTION(() => {
      if (tok.tokenType === T.Pipe) this.report('EmptyPipeElement', 'An empty pipe element is not allowed.', this.extentOfToken(tok));
      else if (tok.tokenType === T.AttributeStart) {
        this.report('UnexpectedAttribute', `Unexpected attribute '${tok.image.slice(1).trim()}'.`, this.extentOfToken(tok));
      }
      else if (this.is(tok, T.Begin, T.Process, T.End) && !this.next(T.LCurly)) {
        this.report('MissingNamedStatementBlock', `Missing statement block after '${tok.image}'.`, this.after(tok));
      } else this.unexpected(tok);
      this.skipStatement();
    });
    return this.ACTION(() => this.missingPipeline(this.extentOfToken(tok)));
  });

  unsupportedStatement = this.RULE('unsupportedStatement', (): StatementAst => {
    const tok = this.CONSUME(T.UnsupportedStatement);
    this.ACTION(() => {
      this.report('UnsupportedFeature', `The '${tok.image.toLowerCase()}' keyword is not supported by csshell. csshell runs the part of PowerShell that administration scripts use.`, this.extentOfToken(tok));
      this.skipStatement();
    });
    return this.ACTION(() => this.missingPipeline(this.extentOfToken(tok)));
  });

  override statementBlock = this.RULE('statementBlock', (): StatementBlockAst => {
    const open = this.CONSUME(T.LCurly);
    const saved = this.enterNested();
    const statements = this.SUBRULE(this.statementList, { ARGS: ['curly'] });
    this.leaveNested(saved);
    const close = this.OPTION(() => this.CONSUME(T.RCurly));
    return this.ACTION(() => {
      if (!close) this.report('MissingEndCurlyBrace', "Missing closing '}' in statement block or type definition.", this.extentOfToken(open));
      return { kind: 'StatementBlock', statements, extent: this.span(open) };
    });
  });

  /** Newlines, then a statement block; reports `errorId` after the previous token when the `{` is missing. */
  blockOrError = this.RULE('blockOrError', (errorId: string, message: string): StatementBlockAst | undefined => {
    const prev = this.LA(0);
    this.MANY({ GATE: () => this.peekPastNewlines().tokenType === T.LCurly, DEF: () => this.CONSUME(T.NewLine) });
    const block = this.OPTION(() => this.SUBRULE(this.statementBlock));
    if (!this.RECORDING_PHASE && !block) this.report(errorId, message, this.after(prev));
    return block;
  });

  /** `( pipeline )` of if/while/switch/do; `undefined` when an error was reported. */
  condition = this.RULE('condition', (keyword: IToken, missingOpen: [string, string], missingCond: [string, string], missingClose: [string, string]) => {
    const open = this.OPTION(() => this.CONSUME(T.LParen));
    if (!this.RECORDING_PHASE && !open) {
      this.report(missingOpen[0], missingOpen[1], this.after(keyword));
      return undefined;
    }
    const saved = this.enterNested();
    this.MANY(() => this.CONSUME(T.NewLine));
    const cond = this.OPTION2({ GATE: () => !this.atStatementEnd(), DEF: () => this.SUBRULE(this.pipelineStatement) });
    this.MANY2(() => this.CONSUME2(T.NewLine));
    this.leaveNested(saved);
    if (!this.RECORDING_PHASE && !cond) {
      this.report(missingCond[0], missingCond[1], this.after(open));
      if (this.next(T.RParen)) this.SKIP_TOKEN();
      return undefined;
    }
    const close = this.OPTION3(() => this.CONSUME(T.RParen));
    if (!this.RECORDING_PHASE && !close) {
      this.report(missingClose[0], missingClose[1], this.extentOfToken(this.LA(1)));
      return undefined;
    }
    return this.ACTION(() => this.asPipeline(cond, this.after(open)));
  });

  ifStatement = this.RULE('ifStatement', (): StatementAst => {
    const first = this.LA(1);
    const clauses: IfAst['clauses'] = [];
    let elseBody: StatementBlockAst | undefined;
    let failed = false;
    const clause = (kw: IToken, idx: number) => {
      const cond = this.subrule(idx, this.condition, {
        ARGS: [
          kw,
          ['MissingOpenParenthesisInIfStatement', `Missing '(' after '${kw.image}' in if statement.`],
          ['IfStatementMissingCondition', `Missing condition in if statement after '${kw.image} ('.`],
          ['MissingEndParenthesisAfterStatement', `Missing closing ')' after expression in '${kw.image}' statement.`],
        ],
      });
      if (!this.RECORDING_PHASE && !cond) return void (failed = true);
      const body = this.subrule(idx, this.blockOrError, { ARGS: ['MissingStatementBlock', `Missing statement block after ${kw.image} ( condition ).`] });
      if (!this.RECORDING_PHASE && !body) return void (failed = true);
      this.ACTION(() => clauses.push({ condition: cond!, body: body! }));
    };
    clause(this.CONSUME(T.If), 1);
    this.MANY({
      GATE: () => !failed && this.peekPastNewlines().tokenType === T.ElseIf,
      DEF: () => {
        this.MANY2(() => this.CONSUME(T.NewLine));
        clause(this.CONSUME(T.ElseIf), 2);
      },
    });
    this.OPTION({
      GATE: () => !failed && this.peekPastNewlines().tokenType === T.Else,
      DEF: () => {
        this.MANY3(() => this.CONSUME2(T.NewLine));
        this.CONSUME(T.Else);
        elseBody = this.subrule(3, this.blockOrError, { ARGS: ['MissingStatementBlockAfterElse', "Missing statement block after 'else' keyword."] });
      },
    });
    return this.ACTION(() => ({ kind: 'If', clauses, elseBody, extent: this.span(first) }) as IfAst);
  });

  labeledStatement = this.RULE('labeledStatement', (): StatementAst => {
    const labelTok = this.CONSUME(T.Label) as PsToken;
    const label = this.ACTION(() => (labelTok.payload as { name: string }).name);
    return this.OR([
      { ALT: () => this.SUBRULE(this.switchStatement, { ARGS: [label] }) },
      { ALT: () => this.SUBRULE(this.foreachStatement, { ARGS: [label] }) },
      { ALT: () => this.SUBRULE(this.forStatement, { ARGS: [label] }) },
      { ALT: () => this.SUBRULE(this.whileStatement, { ARGS: [label] }) },
      { ALT: () => this.SUBRULE(this.doStatement, { ARGS: [label] }) },
      { GATE: () => this.atStatementEnd(), ALT: () => this.ACTION(() => this.missingPipeline(this.extentOfToken(labelTok))) },
      { ALT: () => this.SUBRULE(this.statement) },
    ]);
  });

  foreachStatement = this.RULE('foreachStatement', (label: string | undefined): StatementAst => {
    const kw = this.CONSUME(T.Foreach);
    const form = '\nThe correct form is: foreach ($a in $b) {...}';
    this.MANY(() => {
      const flag = this.CONSUME(T.Parameter);
      this.report('InvalidForeachFlag', `The parameter ${flag.image} is not valid for the foreach statement.`, this.extentOfToken(flag));
    });
    const open = this.OPTION(() => this.CONSUME(T.LParen));
    if (!this.RECORDING_PHASE && !open) return this.fail('MissingOpenParenthesisAfterKeyword', "Missing opening '(' after keyword 'foreach'.", kw);
    this.MANY2(() => this.CONSUME(T.NewLine));
    const variable = this.OPTION2(() => this.variableOf(this.CONSUME(T.Variable)));
    if (!this.RECORDING_PHASE && !variable) {
      if (this.next(T.SplatVariable)) return this.fail('SplattingNotPermitted', `The splatting operator '@' cannot be used to reference variables in an expression. '${this.LA(1).image}' can be used only as an argument to a command. To reference variables in an expression use '$${this.LA(1).image.slice(1)}'.`, kw, this.extentOfToken(this.LA(1)));
      return this.fail('MissingVariableNameAfterForeach', 'Missing variable name after foreach.' + form, kw);
    }
    this.MANY3(() => this.CONSUME2(T.NewLine));
    const inTok = this.OPTION3(() => this.CONSUME(T.In));
    if (!this.RECORDING_PHASE && !inTok) return this.fail('MissingInInForeach', "Missing 'in' after variable in foreach loop." + form, kw);
    this.MANY4(() => this.CONSUME3(T.NewLine));
    const iterable = this.OPTION4({ GATE: () => !this.atStatementEnd(), DEF: () => this.SUBRULE(this.pipelineStatement) });
    if (!this.RECORDING_PHASE && !iterable) return this.fail('MissingForeachExpression', 'Missing expression in foreach loop.' + form, kw);
    this.MANY5(() => this.CONSUME4(T.NewLine));
    const close = this.OPTION5(() => this.CONSUME(T.RParen));
    if (!this.RECORDING_PHASE && !close) return this.fail('MissingEndParenthesisAfterForeach', "Missing closing ')' after expression part of foreach loop." + form, kw);
    const body = this.SUBRULE(this.blockOrError, { ARGS: ['MissingForeachStatement', 'Missing statement body in foreach loop.' + form] });
    return this.ACTION(() => ({
      kind: 'Foreach', label, variable: variable as never, iterable: this.asPipeline(iterable, this.after(inTok!)), body: body ?? this.emptyBlock(this.after()), extent: this.span(kw),
    }) as StatementAst);
  });

  /** Reports an error after the last consumed token and returns an empty statement spanning from `first`. */
  protected fail(errorId: string, message: string, first: IToken, at = this.after()): StatementAst {
    this.report(errorId, message, at);
    return this.missingPipeline(this.span(first));
  }

  forStatement = this.RULE('forStatement', (label: string | undefined): StatementAst => {
    const kw = this.CONSUME(T.For);
    const open = this.OPTION(() => this.CONSUME(T.LParen));
    if (!this.RECORDING_PHASE && !open) return this.fail('MissingOpenParenthesisAfterKeyword', "Missing opening '(' after keyword 'for'.", kw);
    const saved = this.enterNested();
    const parts: (StatementAst | undefined)[] = [];
    const separators = [T.Semi, T.NewLine];
    const part = (idx: number, last: boolean) => {
      this.many(idx, () => this.consume(idx, T.NewLine));
      const s = this.option(idx, { GATE: () => !this.atStatementEnd(), DEF: () => this.subrule(idx, this.pipelineStatement) });
      this.ACTION(() => parts.push(s));
      if (!last) this.option(idx + 10, () => this.or(idx, separators.map((t: TokenType) => ({ ALT: () => this.consume(idx + 10, t) }))));
    };
    part(101, false);
    part(102, false);
    part(103, true);
    this.MANY(() => this.CONSUME(T.NewLine));
    this.leaveNested(saved);
    const close = this.OPTION2(() => this.CONSUME(T.RParen));
    if (!this.RECORDING_PHASE && !close) return this.fail('MissingEndParenthesisAfterStatement', "Missing closing ')' after expression in 'for' statement.", kw);
    const body = this.SUBRULE(this.blockOrError, { ARGS: ['MissingLoopStatement', 'Missing statement body in for loop.'] });
    return this.ACTION(() => ({
      kind: 'For', label, initializer: parts[0], condition: parts[1] ? this.asPipeline(parts[1], parts[1].extent) : undefined, iterator: parts[2],
      body: body ?? this.emptyBlock(this.after()), extent: this.span(kw),
    }) as StatementAst);
  });

  whileStatement = this.RULE('whileStatement', (label: string | undefined): StatementAst => {
    const kw = this.CONSUME(T.While);
    const cond = this.SUBRULE(this.condition, { ARGS: this.loopConditionErrors(kw) });
    if (!this.RECORDING_PHASE && !cond) return this.missingPipeline(this.span(kw));
    const body = this.SUBRULE(this.blockOrError, { ARGS: ['MissingLoopStatement', 'Missing statement body in while loop.'] });
    return this.ACTION(() => ({ kind: 'While', label, condition: cond!, body: body ?? this.emptyBlock(this.after()), extent: this.span(kw) }) as StatementAst);
  });

  private loopConditionErrors(kw: IToken): [IToken, [string, string], [string, string], [string, string]] {
    const word = kw.image?.toLowerCase?.() ?? '';
    return [
      kw,
      ['MissingOpenParenthesisAfterKeyword', `Missing opening '(' after keyword '${word}'.`],
      ['MissingExpressionAfterKeyword', `Missing expression after '${word}' in loop.`],
      ['MissingEndParenthesisAfterStatement', `Missing closing ')' after expression in '${word}' statement.`],
    ];
  }

  doStatement = this.RULE('doStatement', (label: string | undefined): StatementAst => {
    const kw = this.CONSUME(T.Do);
    const body = this.SUBRULE(this.blockOrError, { ARGS: ['MissingLoopStatement', 'Missing statement body in do loop.'] });
    if (!this.RECORDING_PHASE && !body) return this.missingPipeline(this.span(kw));
    this.MANY({ GATE: () => this.is(this.peekPastNewlines(), T.While, T.Until), DEF: () => this.CONSUME(T.NewLine) });
    const which = this.OPTION(() => this.OR([{ ALT: () => this.CONSUME(T.While) }, { ALT: () => this.CONSUME(T.Until) }]));
    if (!this.RECORDING_PHASE && !which) return this.fail('MissingWhileOrUntilInDoWhile', 'Missing while or until keyword in do loop.', kw);
    const cond = this.SUBRULE(this.condition, { ARGS: this.ACTION(() => this.loopConditionErrors(which!)) ?? [kw, ['', ''], ['', ''], ['', '']] });
    if (!this.RECORDING_PHASE && !cond) return this.missingPipeline(this.span(kw));
    return this.ACTION(() => ({
      kind: 'DoLoop', label, until: which!.tokenType === T.Until, condition: cond!, body: body!, extent: this.span(kw),
    }) as StatementAst);
  });

  switchStatement = this.RULE('switchStatement', (label: string | undefined): StatementAst => {
    const kw = this.CONSUME(T.Switch);
    const flags: SwitchAst['flags'] = { regex: false, wildcard: false, exact: false, caseSensitive: false, file: false };
    let fileArg: ExpressionAst | undefined;
    this.MANY(() => {
      const flag = this.CONSUME(T.Parameter) as PsToken;
      this.ACTION(() => {
        const name = (flag.payload as { name: string }).name.toLowerCase();
        const key = (['regex', 'wildcard', 'exact', 'casesensitive', 'file'] as const).find((k) => k.startsWith(name) && name.length > 0);
        if (!key) this.report('InvalidSwitchFlag', `The parameter ${flag.image} is not valid for the switch statement.`, this.extentOfToken(flag));
        else if (key === 'casesensitive') flags.caseSensitive = true;
        else flags[key] = true;
      });
      this.OPTION({
        GATE: () => flags.file && !fileArg && !this.next(T.LCurly, T.LParen) && !this.atStatementEnd(),
        DEF: () => (fileArg = this.SUBRULE(this.argumentPrimary)),
      });
    });
    let condition: PipelineAst | undefined;
    this.OR([
      {
        GATE: () => !flags.file || !fileArg,
        ALT: () => {
          const open = this.OPTION2(() => this.CONSUME(T.LParen));
          const saved = this.enterNested();
          this.MANY2(() => this.CONSUME(T.NewLine));
          const cond = this.OPTION3({ GATE: () => !!open && !this.atStatementEnd(), DEF: () => this.SUBRULE(this.pipelineStatement) });
          this.MANY3(() => this.CONSUME2(T.NewLine));
          this.leaveNested(saved);
          const close = this.OPTION4({ GATE: () => !!open, DEF: () => this.CONSUME(T.RParen) });
          this.ACTION(() => {
            if (!cond) this.report('PipelineValueRequired', "A switch statement must have one of the following:  '-file file_name' or '( expression )'.", this.after(open ?? this.LA(0)));
            else if (!close) this.report('MissingEndParenthesisInSwitchStatement', "Missing ')' after expression in switch statement.", this.after());
            else condition = this.asPipeline(cond, cond.extent);
          });
        },
      },
      { ALT: () => this.ACTION(() => (condition = this.asPipeline(undefined, fileArg!.extent))) },
    ]);
    if (!this.RECORDING_PHASE && !condition) return this.missingPipeline(this.span(kw));
    this.MANY4({ GATE: () => this.peekPastNewlines().tokenType === T.LCurly, DEF: () => this.CONSUME3(T.NewLine) });
    const open = this.OPTION5(() => this.CONSUME(T.LCurly));
    if (!this.RECORDING_PHASE && !open) return this.fail('MissingCurlyBraceInSwitchStatement', "Missing '{' in switch statement.", kw);
    const body = this.SUBRULE(this.switchBody, { ARGS: [open!] });
    return this.ACTION(() => {
      if (fileArg) condition = { kind: 'Pipeline', elements: [{ kind: 'CommandExpression', expression: fileArg, redirections: [], extent: fileArg.extent }], extent: fileArg.extent };
      return { kind: 'Switch', label, flags, condition: condition!, clauses: body.clauses, defaultBody: body.defaultBody, extent: this.span(kw) } as SwitchAst;
    });
  });

  switchBody = this.RULE('switchBody', (open: IToken): Pick<SwitchAst, 'clauses' | 'defaultBody'> => {
    const clauses: SwitchAst['clauses'] = [];
    let defaultBody: StatementBlockAst | undefined;
    let broken = false;
    this.MANY({
      GATE: () => !broken && !this.next(T.RCurly) && !this.atEof(),
      DEF: () =>
        this.OR([
          { ALT: () => this.CONSUME(T.Terminator) },
          {
            ALT: () => {
              const testTok = this.LA(1);
              const test = this.OR2([
                { ALT: () => this.stringOf(this.CONSUME(T.CommandName)) },
                { ALT: () => this.stringOf(this.CONSUME(T.Bareword)) },
                { GATE: () => this.canStartOperand(), ALT: () => this.SUBRULE(this.unaryExpr) },
                { ALT: () => (this.unexpected(this.CONSUME(T.AnyToken)), undefined) },
              ]);
              const body = this.OPTION({ GATE: () => !!test, DEF: () => this.SUBRULE(this.statementBlock) });
              this.ACTION(() => {
                if (!test) return void (broken = true);
                if (!body) {
                  this.report('MissingSwitchStatementClause', 'Missing statement block in switch statement clause.', this.after());
                  return void (broken = true);
                }
                const isDefault = this.is(testTok, T.CommandName, T.Bareword) && testTok.image.toLowerCase() === 'default';
                if (isDefault && defaultBody) this.report('MultipleSwitchDefaultClauses', 'A switch statement can have only one default clause.', this.extentOfToken(testTok));
                if (isDefault) defaultBody = body;
                else clauses.push({ test, body });
              });
            },
          },
        ]),
    });
    const close = this.OPTION2(() => this.CONSUME(T.RCurly));
    this.ACTION(() => {
      if (close || broken) return;
      if (clauses.length === 0 && !defaultBody) this.report('MissingSwitchConditionExpression', 'Missing condition in switch statement clause.', this.after());
      else this.report('MissingEndCurlyBrace', "Missing closing '}' in statement block or type definition.", this.extentOfToken(open));
    });
    return { clauses, defaultBody };
  });

  tryStatement = this.RULE('tryStatement', (): StatementAst => {
    const kw = this.CONSUME(T.Try);
    const body = this.SUBRULE(this.blockOrError, { ARGS: ['MissingTryStatementBlock', 'The Try statement is missing its statement block.'] });
    if (!this.RECORDING_PHASE && !body) return this.missingPipeline(this.span(kw));
    const catches: { types: import('../src/lang/ast.js').TypeName[]; body: StatementBlockAst; extent: import('../src/lang/ast.js').Extent }[] = [];
    let failed = false;
    this.MANY({
      GATE: () => !failed && this.peekPastNewlines().tokenType === T.Catch,
      DEF: () => {
        this.MANY2(() => this.CONSUME(T.NewLine));
        const c = this.CONSUME(T.Catch);
        const types: import('../src/lang/ast.js').TypeName[] = [];
        this.OPTION(() => {
          types.push(this.typeOf(this.CONSUME(T.TypeLiteral)));
          this.MANY3(() => {
            this.CONSUME(T.Comma);
            this.MANY4(() => this.CONSUME2(T.NewLine));
            const t = this.OPTION2(() => this.CONSUME2(T.TypeLiteral));
            this.ACTION(() => {
              if (t) types.push(this.typeOf(t));
              else {
                this.report('MissingTypeLiteralToken', 'Missing type literal.', this.after());
                failed = true;
              }
            });
          });
        });
        if (!this.RECORDING_PHASE && failed) return;
        const handler = this.SUBRULE2(this.blockOrError, { ARGS: ['MissingCatchHandlerBlock', 'The Catch block is missing its statement block.'] });
        this.ACTION(() => {
          if (!handler) failed = true;
          else catches.push({ types, body: handler, extent: this.span(c) });
        });
      },
    });
    let finallyBody: StatementBlockAst | undefined;
    this.OPTION3({
      GATE: () => !failed && this.peekPastNewlines().tokenType === T.Finally,
      DEF: () => {
        this.MANY5(() => this.CONSUME3(T.NewLine));
        this.CONSUME(T.Finally);
        finallyBody = this.SUBRULE3(this.blockOrError, { ARGS: ['MissingFinallyStatementBlock', 'The Finally block is missing its statement block.'] });
        if (!this.RECORDING_PHASE && !finallyBody) failed = true;
      },
    });
    return this.ACTION(() => {
      if (!failed && catches.length === 0 && !finallyBody) this.report('MissingCatchOrFinally', 'The Try statement is missing its Catch or Finally block.', this.after());
      return { kind: 'Try', body: body!, catches, finallyBody, extent: this.span(kw) } as StatementAst;
    });
  });

  protected typeOf(tok: IToken): import('../src/lang/ast.js').TypeName {
    return ((tok as PsToken).payload as unknown as { type: import('../src/lang/ast.js').TypeName })?.type;
  }

  flowStatement = this.RULE('flowStatement', (): StatementAst =>
    this.OR([
      {
        ALT: () => {
          const kw = this.OR2([{ ALT: () => this.CONSUME(T.Throw) }, { ALT: () => this.CONSUME(T.Return) }, { ALT: () => this.CONSUME(T.Exit) }]);
          const value = this.OPTION({ GATE: () => !this.atStatementEnd() && !this.next(T.Pipe), DEF: () => this.SUBRULE(this.pipelineStatement) });
          return this.ACTION(() => {
            const kind = kw.tokenType === T.Throw ? 'Throw' : kw.tokenType === T.Return ? 'Return' : 'Exit';
            return { kind, value: value ? this.asPipeline(value, value.extent) : undefined, extent: this.span(kw) } as StatementAst;
          });
        },
      },
      {
        ALT: () => {
          const kw = this.OR3([{ ALT: () => this.CONSUME(T.Break) }, { ALT: () => this.CONSUME(T.Continue) }]);
          const label = this.OPTION2(() => this.CONSUME(T.Bareword));
          return this.ACTION(() => ({ kind: kw.tokenType === T.Break ? 'Break' : 'Continue', label: label?.image, extent: this.span(kw) }) as StatementAst);
        },
      },
    ]),
  );
}
