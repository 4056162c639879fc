// Statement lists and the statements that are not loops or functions: if, try, flow control, labels,
// stray tokens and unsupported keywords.

import { isRecognitionException, tokenMatcher, type IToken } from 'chevrotain';
import * as T from './tokens.js';
import { LoopRules } from './loopRules.js';
import type { Closer } from './parserBase.js';
import type { PsToken } from './tokenInfo.js';
import type { IfAst, StatementAst, StatementBlockAst, TypeName, Extent } from '../src/lang/ast.js';

export abstract class StatementRules extends LoopRules {
  override statementList = this.RULE('statementList', (closer: Closer): StatementAst[] => {
    const statements: StatementAst[] = [];
    this.MANY({
      GATE: () => !this.atListEnd(closer),
      DEF: () => {
        if (this.checkOnly && !tokenMatcher(this.LA(1), T.Terminator) && this.stepOverPlainStatement()) return;
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
      // A command name can only start a pipeline: go there without the statement rule's choice.
      if (this.shortcutsOn && this.LA(1).tokenType === T.CommandName) return this.SUBRULE2(this.pipelineStatement);
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
      { ALT: () => this.SUBRULE(this.trapStatement) },
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

  tryStatement = this.RULE('tryStatement', (): StatementAst => {
    const kw = this.CONSUME(T.Try);
    const body = this.SUBRULE(this.blockOrError, { ARGS: ['MissingTryStatementBlock', 'The Try statement is missing its statement block.'] });
    if (!this.RECORDING_PHASE && !body) return this.missingPipeline(this.span(kw));
    const catches: { types: TypeName[]; body: StatementBlockAst; extent: Extent }[] = [];
    let failed = false;
    this.MANY({
      GATE: () => !failed && this.peekPastNewlines().tokenType === T.Catch,
      DEF: () => {
        this.MANY2(() => this.CONSUME(T.NewLine));
        const c = this.CONSUME(T.Catch);
        const types: TypeName[] = [];
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

  trapStatement = this.RULE('trapStatement', (): StatementAst => {
    const kw = this.CONSUME(T.Trap);
    const types: TypeName[] = [];
    this.OPTION(() => {
      const t = this.CONSUME(T.TypeLiteral);
      this.ACTION(() => types.push(this.typeOf(t)));
    });
    const body = this.SUBRULE(this.blockOrError, { ARGS: ['MissingTrapStatement', 'The Trap statement is missing its statement block.'] });
    if (!this.RECORDING_PHASE && !body) return this.missingPipeline(this.span(kw));
    return this.ACTION(() => ({ kind: 'Trap', types, body: body!, extent: this.span(kw) }) as StatementAst);
  });

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
  );}
