// Statement blocks and the `( condition )` part shared by if, while, do and switch.

import type { IToken } from 'chevrotain';
import * as T from './tokens.js';
import { CommandRules } from './commandRules.js';
import type { PsToken } from './tokenInfo.js';
import type { StatementAst, StatementBlockAst, TypeName } from '../src/lang/ast.js';

export abstract class BlockRules extends CommandRules {
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

  protected fail(errorId: string, message: string, first: IToken, at = this.after()): StatementAst {
    this.report(errorId, message, at);
    return this.missingPipeline(this.span(first));
  }

  protected typeOf(tok: IToken): TypeName {
    return ((tok as PsToken).payload as unknown as { type: TypeName })?.type;
  }
}
