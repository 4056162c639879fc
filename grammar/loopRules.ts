// Loops (foreach, for, while, do) and switch.

import type { IToken, TokenType } from 'chevrotain';
import * as T from './tokens.js';
import { BlockRules } from './blockRules.js';
import type { PsToken } from './tokenInfo.js';
import type { ExpressionAst, PipelineAst, StatementAst, StatementBlockAst, SwitchAst } from '../src/lang/ast.js';

export abstract class LoopRules extends BlockRules {
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
              // The clause's block may start on the next line (Allman style, common in menu scripts).
              this.MANY2({ GATE: () => !!test && this.peekPastNewlines().tokenType === T.LCurly, DEF: () => this.CONSUME(T.NewLine) });
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
}
