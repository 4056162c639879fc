// Pipelines, commands and their arguments, redirections and assignments.

import { tokenMatcher, type IToken } from 'chevrotain';
import * as T from './tokens.js';
import { LiteralRules } from './literalRules.js';
import { plainStatementLength } from './plainStatements.js';
import type { PsToken } from './tokenInfo.js';
import type {
  AssignmentAst, AssignmentOperator, CommandAst, CommandElementAst, CommandExpressionAst, ExpressionAst, PipelineAst, RedirectionAst,
  StatementAst,
} from '../src/lang/ast.js';

type Element = CommandAst | CommandExpressionAst;

export abstract class CommandRules extends LiteralRules {
  override pipelineStatement = this.RULE('pipelineStatement', (): StatementAst => {
    const first = this.LA(1);
    if (this.checkOnly && this.stepOverPlainStatement()) return this.missingPipeline(this.span(first));
    // A command name can only start a command: skip the element rule's choice between command and expression.
    const head = this.shortcutsOn && this.LA(1).tokenType === T.CommandName ? this.SUBRULE2(this.command) : this.SUBRULE(this.pipelineElement, { ARGS: [true] });
    const assign = this.OPTION({
      GATE: () => head?.kind === 'CommandExpression' && head.redirections.length === 0,
      DEF: () => this.SUBRULE(this.assignmentTail, { ARGS: [head as CommandExpressionAst] }),
    });
    if (!this.RECORDING_PHASE && assign) return assign;
    const elements: Element[] = [];
    this.ACTION(() => elements.push(head));
    this.MANY(() => {
      const pipe = this.CONSUME(T.Pipe);
      this.OR([
        {
          GATE: () => this.atStatementEnd() || this.next(T.Pipe),
          ALT: () => this.report('EmptyPipeElement', 'An empty pipe element is not allowed.', this.after(pipe)),
        },
        {
          ALT: () => {
            const el = this.SUBRULE2(this.pipelineElement, { ARGS: [false] });
            this.ACTION(() => elements.push(el));
          },
        },
      ]);
    });
    return this.ACTION(() => ({ kind: 'Pipeline', elements, extent: this.span(first) }) as PipelineAst);
  });

  /**
   * In a check-only parse: steps over a statement that cannot hold a parse error (grammar/plainStatements.ts)
   * and returns true. Not where a comma separates arguments (method and attribute arguments).
   */
  protected stepOverPlainStatement(): boolean {
    if (!this.shortcutsOn || this.noComma > 0) return false;
    const length = plainStatementLength(this.lookahead);
    for (let i = 0; i < length; i++) this.SKIP_TOKEN();
    return length > 0;
  }

  private readonly lookahead = (k: number): IToken => this.LA(k);

  pipelineElement = this.RULE('pipelineElement', (isFirst: boolean): Element => {
    this.elementIsFirst = isFirst;
    return this.OR((this.elementAlts ??= [
      { ALT: () => this.SUBRULE(this.command) },
      {
        ALT: () => {
          const isFirst = this.elementIsFirst;
          const first = this.LA(1);
          const expression = this.SUBRULE(this.expression);
          const redirections = this.SUBRULE(this.redirections);
          return this.ACTION(() => {
            if (!isFirst) this.report('ExpressionsMustBeFirstInPipeline', 'Expressions are only allowed as the first element of a pipeline.', expression.extent);
            return { kind: 'CommandExpression', expression, redirections, extent: this.span(first) } as CommandExpressionAst;
          });
        },
      },
    ]));
  });

  private elementIsFirst = true;
  private elementAlts?: { ALT: () => Element }[];

  assignmentTail = this.RULE('assignmentTail', (head: CommandExpressionAst): AssignmentAst => {
    const opTok = this.CONSUME(T.AssignOp);
    const value = this.OPTION({
      GATE: () => !this.atStatementEnd() && !this.next(T.Pipe),
      DEF: () => this.SUBRULE(this.statement),
    });
    return this.ACTION(() => {
      const operator = opTok.image.replace(/[\u2013-\u2015]/g, '-') as AssignmentOperator;
      const target = head.expression;
      if (!this.validTarget(target, operator)) {
        this.report('InvalidLeftHandSide', 'The assignment expression is not valid. The input to an assignment operator must be an object that is able to accept assignments, such as a variable or a property.', target.extent);
      }
      if (!value) this.report('ExpectedValueExpression', `You must provide a value expression following the '${opTok.image}' operator.`, this.after(opTok));
      const rhs: StatementAst = value ?? this.missingPipeline(this.after(opTok));
      return { kind: 'Assignment', target, operator, value: rhs, extent: this.extentBetween(target.extent, rhs.extent) };
    });
  });

  private validTarget(e: ExpressionAst, op: string): boolean {
    switch (e.kind) {
      case 'Variable':
        return !e.splatted;
      case 'Member':
      case 'Index':
        return true;
      case 'Convert':
        return this.validTarget(e.operand, op);
      case 'ArrayLiteral':
        return op === '=' && e.elements.every((x) => this.validTarget(x, op));
      default:
        return false;
    }
  }

  command = this.RULE('command', (): CommandAst => {
    const first = this.LA(1);
    const name = this.OR([
      {
        ALT: () => {
          const tok = this.CONSUME(T.CommandName);
          return { op: undefined as '&' | '.' | undefined, name: this.stringOf(tok) };
        },
      },
      {
        ALT: () => {
          const opTok = this.OR2([{ ALT: () => this.CONSUME(T.Ampersand) }, { ALT: () => this.CONSUME(T.DotSource) }]);
          const target = this.OPTION({
            GATE: () => !this.atStatementEnd() && !this.next(T.Pipe, T.Parameter),
            DEF: () => this.SUBRULE(this.argumentPrimary),
          });
          return this.ACTION(() => {
            if (!target) this.report('MissingExpression', `Missing expression after '${opTok.image}' in pipeline element.`, this.after(opTok));
            return { op: opTok.image as '&' | '.', name: target ?? this.missingExpression(this.after(opTok)) };
          });
        },
      },
    ]);
    const elements: CommandElementAst[] = [];
    const redirections: RedirectionAst[] = [];
    this.MANY({
      GATE: () => !this.atStatementEnd() && this.LA(1).tokenType !== T.Pipe && this.LA(1).tokenType !== T.UnsupportedOperator,
      DEF: () => {
        if (this.takeSimpleCommandElements(elements)) return;
        const el = this.OR3((this.commandElementAlts ??= [
          { ALT: () => this.SUBRULE(this.commandParameter) },
          { ALT: () => this.SUBRULE(this.redirection) },
          { ALT: () => void this.CONSUME(T.ErrorToken) },
          { ALT: () => this.SUBRULE(this.commandArgument) },
        ]));
        this.ACTION(() => {
          if (!el) return;
          if (el.kind === 'FileRedirection' || el.kind === 'MergingRedirection') redirections.push(el);
          else elements.push(el);
        });
      },
    });
    return this.ACTION(() => ({
      kind: 'Command',
      invocationOperator: name.op,
      name: name.name,
      elements,
      redirections,
      extent: this.span(first),
    }));
  });

  /** Takes the plain elements that come next (simpleCommandElement) in one go; false when there is none. */
  private takeSimpleCommandElements(elements: CommandElementAst[]): boolean {
    let took = false;
    for (let el = this.simpleCommandElement(); el; el = this.simpleCommandElement()) {
      elements.push(el);
      took = true;
    }
    return took;
  }

  /**
   * `-Name` without a colon, or a lone bareword, variable, number or string argument, read straight from
   * the token: most command elements are one of these, and the rules (commandParameter, or
   * commandArgument, argumentPrimary, postfixExpr and primary) would build the same node.
   */
  private simpleCommandElement(): CommandElementAst | undefined {
    if (!this.shortcutsOn) return undefined;
    const tok = this.LA(1) as PsToken;
    if (tok.tokenType === T.Parameter) {
      const p = tok.payload as { name: string; colon: boolean };
      if (p.colon) return undefined;
      this.SKIP_TOKEN();
      return { kind: 'CommandParameter', name: p.name, argument: undefined, extent: this.span(tok) };
    }
    if (tok.tokenType === T.Bareword || tok.tokenType === T.CommandName) {
      const after = this.LA(2);
      if (after.tokenType === T.Comma || tokenMatcher(after, T.PostfixStart)) return undefined;
      this.SKIP_TOKEN();
      return this.stringOf(tok);
    }
    return this.simpleOperand();
  }

  private commandElementAlts?: { ALT: () => CommandElementAst | RedirectionAst | undefined }[];

  commandParameter = this.RULE('commandParameter', (): CommandElementAst => {
    const tok = this.CONSUME(T.Parameter) as PsToken;
    const p = this.ACTION(() => tok.payload as { name: string; colon: boolean });
    const arg = this.OPTION({
      GATE: () => p.colon && !this.atStatementEnd() && !this.next(T.Pipe),
      DEF: () => this.SUBRULE(this.commandArgument),
    });
    return this.ACTION(() => {
      if (p.colon && !arg) this.report('ParameterRequiresArgument', `Parameter ${tok.image.replace(/:$/, '')} requires an argument.`, this.after(tok));
      const name = p.name;
      return { kind: 'CommandParameter', name, argument: arg, extent: this.span(tok) };
    });
  });

  /** One command argument: a primary, or a comma list of them (`Default,XmppServer`). */
  commandArgument = this.RULE('commandArgument', (): ExpressionAst => {
    const first = this.LA(1);
    const elements: ExpressionAst[] = [];
    this.OR([
      {
        GATE: () => this.next(T.Comma),
        ALT: () => {
          const comma = this.CONSUME(T.Comma);
          this.report('MissingArgument', 'Missing argument in parameter list.', this.extentOfToken(comma));
        },
      },
      { ALT: () => elements.push(this.SUBRULE(this.argumentPrimary)) },
    ]);
    this.MANY(() => {
      const comma = this.CONSUME2(T.Comma);
      this.OR2([
        {
          GATE: () => this.atStatementEnd() || this.next(T.Pipe, T.Comma, T.Parameter),
          ALT: () => this.report('MissingExpression', "Missing expression after ','.", this.after(comma)),
        },
        { ALT: () => elements.push(this.SUBRULE2(this.argumentPrimary)) },
      ]);
    });
    return this.ACTION(() => {
      if (elements.length === 1) return elements[0];
      if (elements.length === 0) return this.missingExpression(this.extentOfToken(first));
      return { kind: 'ArrayLiteral', elements, extent: this.span(first) } as ExpressionAst;
    });
  });

  argumentPrimary = this.RULE('argumentPrimary', (): ExpressionAst =>
    this.OR((this.argumentAlts ??= [
      { ALT: () => this.stringOf(this.CONSUME(T.Bareword)) },
      { ALT: () => this.stringOf(this.CONSUME(T.CommandName)) },
      {
        ALT: () => {
          const saved = this.splatAllowed;
          this.ACTION(() => (this.splatAllowed = true));
          const e = this.SUBRULE(this.postfixExpr);
          this.ACTION(() => (this.splatAllowed = saved));
          return e;
        },
      },
    ])),
  );

  private argumentAlts?: { ALT: () => ExpressionAst }[];

  redirections = this.RULE('redirections', (): RedirectionAst[] => {
    const list: RedirectionAst[] = [];
    this.MANY(() => list.push(this.SUBRULE(this.redirection)));
    return list;
  });

  redirection = this.RULE('redirection', (): RedirectionAst => {
    const tok = this.CONSUME(T.Redirection) as PsToken;
    const p = this.ACTION(() => tok.payload as { from: RedirectionAst['from']; append: boolean; merge: boolean });
    const target = this.OPTION({
      GATE: () => !p.merge && !this.atStatementEnd() && !this.next(T.Pipe),
      DEF: () => this.SUBRULE(this.argumentPrimary),
    });
    return this.ACTION(() => {
      const extent = this.span(tok);
      if (p.merge) return { kind: 'MergingRedirection', from: p.from, to: 'Output', extent } as RedirectionAst;
      if (!target) this.report('MissingFileSpecification', 'Missing file specification after redirection operator.', this.after(tok));
      return { kind: 'FileRedirection', from: p.from, append: p.append, target: target ?? this.missingExpression(this.after(tok)), extent } as RedirectionAst;
    });
  });

  protected firstToken(): IToken {
    return this.LA(1);
  }
}
