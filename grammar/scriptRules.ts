// Script blocks (param block, attributes, begin/process/end), functions, and the parser itself.

import type { ILookaheadStrategy, IToken } from 'chevrotain';
import * as T from './tokens.js';
import { StatementRules } from './statementRules.js';
import type { Closer } from './parserBase.js';
import type { PsToken } from './tokenInfo.js';
import type {
  AttributeAst, ExpressionAst, NamedBlockAst, ParamBlockAst, ParameterAst, ScriptBlockAst, StatementAst, TypeConstraintAst,
} from '../src/lang/ast.js';

type Body = Omit<ScriptBlockAst, 'extent' | 'kind'>;

export class PsParser extends StatementRules {
  script = this.RULE('script', (): ScriptBlockAst => {
    const first = this.LA(1);
    const body = this.SUBRULE(this.scriptBlockBody, { ARGS: ['eof'] });
    this.MANY({
      // Statements after begin/process/end blocks: reported once, then parsed so later errors are seen too.
      GATE: () => !this.atEof(),
      DEF: () => {
        this.ACTION(() => this.unexpected(this.LA(1)));
        const more = this.SUBRULE(this.statementList, { ARGS: ['eof'] });
        this.ACTION(() => body.end?.statements.push(...more));
      },
    });
    return this.ACTION(() => ({ kind: 'ScriptBlock', ...body, extent: this.extentAt(first.tokenType === T.AnyToken ? 0 : 0, this.source.text.length) }));
  });

  /** Statements of a script block as a whole; the top-level parse of `$( )` text inside strings. */
  subStatements = this.RULE('subStatements', (): StatementAst[] => this.SUBRULE(this.statementList, { ARGS: ['eof'] }));

  override scriptBlockBody = this.RULE('scriptBlockBody', (closer: Closer): Body => {
    const start = this.LA(1);
    this.MANY(() => this.CONSUME(T.Terminator));
    let attributes: AttributeAst[] = [];
    let param: ParamBlockAst | undefined;
    this.OPTION({
      GATE: () => this.paramBlockAhead(),
      DEF: () => {
        attributes = this.SUBRULE(this.attributeList);
        param = this.SUBRULE(this.paramBlock);
        // The attributes before param(...) belong to the script block; the param block lists them too.
        this.ACTION(() => param && (param.attributes = attributes));
      },
    });
    const body: Body = { attributes, param };
    this.OR([
      {
        GATE: () => this.is(this.peekPastTerminators(), T.Begin, T.Process, T.End),
        ALT: () => {
          this.MANY2({
            GATE: () => this.is(this.peekPastTerminators(), T.Begin, T.Process, T.End),
            DEF: () => {
            this.MANY3(() => this.CONSUME2(T.Terminator));
            const block = this.SUBRULE(this.namedBlock);
            this.ACTION(() => {
              if (body[block.name]) this.report('DuplicateScriptCommandClause', `Script command clause '${block.name}' has already been defined.`, block.extent);
              body[block.name] = block;
            });
            },
          });
          this.MANY4(() => this.CONSUME3(T.Terminator));
        },
      },
      {
        ALT: () => {
          const statements = this.SUBRULE(this.statementList, { ARGS: [closer] });
          this.ACTION(() => {
            const extent = this.span(start);
            body.end = { kind: 'NamedBlock', name: 'end', statements, extent };
          });
        },
      },
    ]);
    return body;
  });

  private peekPastTerminators(): IToken {
    let k = 1;
    while (this.is(this.LA(k), T.NewLine, T.Semi)) k++;
    return this.LA(k);
  }

  /** `[CmdletBinding()] param(`: attributes (and newlines) followed by the param keyword. */
  private paramBlockAhead(): boolean {
    let k = 1;
    for (;;) {
      const t = this.LA(k);
      if (this.is(t, T.Param)) return true;
      if (this.is(t, T.NewLine, T.TypeLiteral)) {
        k++;
        continue;
      }
      if (!this.is(t, T.AttributeStart)) return false;
      let depth = 0;
      for (k++; ; k++) {
        const u = this.LA(k);
        if (u.tokenType === T.AnyToken || this.atEofToken(u)) return false;
        if (this.is(u, T.LParen)) depth++;
        else if (this.is(u, T.RParen)) depth--;
        else if (depth === 0 && this.is(u, T.RBracket)) break;
      }
      k++;
    }
  }

  private atEofToken(t: IToken): boolean {
    return t.tokenType.name === 'EOF';
  }

  namedBlock = this.RULE('namedBlock', (): NamedBlockAst => {
    const kw = this.OR([{ ALT: () => this.CONSUME(T.Begin) }, { ALT: () => this.CONSUME(T.Process) }, { ALT: () => this.CONSUME(T.End) }]);
    const block = this.SUBRULE(this.blockOrError, { ARGS: ['MissingNamedStatementBlock', this.ACTION(() => `Missing statement block after '${kw.image}'.`) ?? ''] });
    return this.ACTION(() => ({
      kind: 'NamedBlock',
      name: kw.image.toLowerCase() as NamedBlockAst['name'],
      statements: block?.statements ?? [],
      extent: this.span(kw),
    }));
  });

  attributeList = this.RULE('attributeList', (): AttributeAst[] => {
    const list: AttributeAst[] = [];
    this.MANY(() =>
      this.OR([
        { ALT: () => this.CONSUME(T.NewLine) },
        { ALT: () => list.push(this.SUBRULE(this.attribute)) },
        {
          ALT: () => {
            const t = this.CONSUME(T.TypeLiteral);
            this.report('TypeNotAllowedBeforeParam', `Unexpected type ${t.image} was found in the parameter statement.`, this.extentOfToken(t));
          },
        },
      ]),
    );
    return list;
  });

  paramBlock = this.RULE('paramBlock', (): ParamBlockAst => {
    const kw = this.CONSUME(T.Param);
    this.MANY(() => this.CONSUME(T.NewLine));
    const open = this.OPTION(() => this.CONSUME(T.LParen));
    const parameters = this.OPTION2({ GATE: () => !!open, DEF: () => this.SUBRULE(this.parameterList) }) ?? [];
    this.ACTION(() => {
      if (!open) this.report('MissingEndParenthesisInFunctionParameterList', "Missing ')' in function parameter list.", this.after(kw));
    });
    return this.ACTION(() => ({ kind: 'ParamBlock', attributes: [], parameters, extent: this.span(kw) }));
  });

  /** Parameters up to and including the `)`. */
  parameterList = this.RULE('parameterList', (): ParameterAst[] => {
    const params: ParameterAst[] = [];
    const saved = this.enterNested();
    this.ACTION(() => this.noComma++);
    this.MANY(() => this.CONSUME(T.NewLine));
    this.OPTION({
      GATE: () => this.next(T.Variable, T.TypeLiteral, T.AttributeStart, T.SplatVariable, T.Bareword, T.NumberLit, T.StringLit),
      DEF: () => {
        params.push(this.SUBRULE(this.parameter));
        this.MANY2(() => {
          this.CONSUME(T.Comma);
          this.MANY3(() => this.CONSUME2(T.NewLine));
          params.push(this.SUBRULE2(this.parameter));
        });
      },
    });
    this.MANY4(() => this.CONSUME3(T.NewLine));
    this.leaveNested(saved);
    const close = this.OPTION2(() => this.CONSUME(T.RParen));
    this.ACTION(() => {
      if (close) return;
      if (this.errorCount() === 0 || !this.next(T.RCurly)) this.report('MissingEndParenthesisInFunctionParameterList', "Missing ')' in function parameter list.", this.next(T.RCurly) ? this.extentOfToken(this.LA(1)) : this.after());
      else this.report('MissingEndParenthesisInFunctionParameterList', "Missing ')' in function parameter list.", this.extentOfToken(this.LA(1)));
      this.skipToParamEnd();
    });
    return this.ACTION(() => {
      const seen = new Set<string>();
      for (const p of params) {
        const key = p.name.toLowerCase();
        if (seen.has(key)) this.report('DuplicateFormalParameter', `Duplicate parameter $${p.name} in parameter list.`, p.extent);
        seen.add(key);
      }
      return params;
    });
  });

  private skipToParamEnd(): void {
    while (!this.atEof() && !this.next(T.RParen, T.RCurly, T.LCurly)) this.SKIP_TOKEN();
    if (this.next(T.RParen)) this.SKIP_TOKEN();
  }

  parameter = this.RULE('parameter', (): ParameterAst => {
    const first = this.LA(1);
    const attributes: (AttributeAst | TypeConstraintAst)[] = [];
    this.MANY(() =>
      this.OR([
        { ALT: () => attributes.push(this.SUBRULE(this.attribute)) },
        {
          ALT: () => {
            const t = this.CONSUME(T.TypeLiteral);
            this.ACTION(() => attributes.push({ kind: 'TypeConstraint', typeName: this.typeOf(t), extent: this.extentOfToken(t) }));
          },
        },
        { ALT: () => this.CONSUME(T.NewLine) },
      ]),
    );
    const variable = this.OPTION(() => this.CONSUME(T.Variable) as PsToken);
    const defaultValue = this.OPTION2({
      GATE: () => !!variable,
      DEF: () => {
        const eq = this.CONSUME(T.Equals);
        const value = this.OPTION3({ GATE: () => this.canStartOperand(), DEF: () => this.SUBRULE(this.expression) });
        return this.ACTION(() => value ?? (this.report('ExpectedValueExpression', "You must provide a value expression following the '=' operator.", this.after(eq)), this.missingExpression(this.after(eq))));
      },
    });
    return this.ACTION(() => {
      if (!variable) {
        if (this.next(T.SplatVariable)) {
          const t = this.LA(1);
          this.report('SplattingNotPermitted', `The splatting operator '@' cannot be used to reference variables in an expression. '${t.image}' can be used only as an argument to a command. To reference variables in an expression use '$${t.image.slice(1)}'.`, this.extentOfToken(t));
        } else {
          this.report('InvalidFunctionParameter', 'Parameter declarations are a comma-separated list of variable names with optional initializer expressions.', this.extentOfToken(this.LA(1)));
        }
        this.skipToParamEnd();
      }
      const name = variable ? (variable.payload as { name: string }).name : '';
      return { kind: 'Parameter', name, attributes, defaultValue, extent: this.span(first) } as ParameterAst;
    });
  });

  attribute = this.RULE('attribute', (): AttributeAst => {
    const start = this.CONSUME(T.AttributeStart) as PsToken;
    this.CONSUME(T.LParen);
    const positional: ExpressionAst[] = [];
    const named: AttributeAst['namedArguments'] = [];
    this.ACTION(() => this.noComma++);
    const arg = (idx: number) => {
      this.many(idx, () => this.consume(idx, T.NewLine));
      this.or(idx, [
        {
          GATE: () => this.next(T.Bareword),
          ALT: () => {
            const nameTok = this.consume(idx + 10, T.Bareword);
            const value = this.option(idx, () => {
              this.consume(idx + 20, T.Equals);
              return this.subrule(idx, this.expression);
            });
            this.ACTION(() => named.push({ name: nameTok.image, value, extent: this.span(nameTok) }));
          },
        },
        { ALT: () => positional.push(this.subrule(idx + 10, this.expression)) },
      ]);
      this.many(idx + 10, () => this.consume(idx + 30, T.NewLine));
    };
    this.OPTION({
      GATE: () => !this.next(T.RParen),
      DEF: () => {
        arg(101);
        this.MANY(() => {
          this.CONSUME(T.Comma);
          arg(102);
        });
      },
    });
    this.ACTION(() => this.noComma--);
    const close = this.OPTION2(() => this.CONSUME(T.RParen));
    const bracket = this.OPTION3(() => this.CONSUME(T.RBracket));
    return this.ACTION(() => {
      if (!close) this.report('MissingEndParenthesisInExpression', "Missing closing ')' in expression.", this.after());
      else if (!bracket) this.report('EndSquareBracketExpectedAtEndOfAttribute', 'Missing ] at end of attribute or type literal.', this.after());
      const typeName = (start.payload as { type: { text: string } }).type.text;
      return { kind: 'Attribute', typeName, positionalArguments: positional, namedArguments: named, extent: this.span(start) };
    });
  });

  override functionDefinition = this.RULE('functionDefinition', (): StatementAst => {
    const kw = this.OR([{ ALT: () => this.CONSUME(T.Function) }, { ALT: () => this.CONSUME(T.Filter) }]);
    const nameTok = this.OPTION(() => this.CONSUME(T.Bareword));
    if (!this.RECORDING_PHASE && !nameTok) return this.fail('MissingNameAfterKeyword', `Missing name after ${kw.image.toLowerCase()} keyword.`, kw);
    const before = this.errorCount();
    const parameters = this.OPTION2(() => {
      this.CONSUME(T.LParen);
      return this.SUBRULE(this.parameterList);
    });
    if (!this.RECORDING_PHASE && this.errorCount() > before && !this.next(T.LCurly)) return this.missingPipeline(this.span(kw));
    this.MANY({ GATE: () => this.peekPastNewlines().tokenType === T.LCurly, DEF: () => this.CONSUME(T.NewLine) });
    const open = this.OPTION3(() => this.CONSUME(T.LCurly));
    if (!this.RECORDING_PHASE && !open) return this.fail('MissingFunctionBody', 'Missing function body in function declaration.', kw);
    const saved = this.enterNested();
    const body = this.SUBRULE(this.scriptBlockBody, { ARGS: ['curly'] });
    this.leaveNested(saved);
    const close = this.OPTION4(() => this.CONSUME(T.RCurly));
    return this.ACTION(() => {
      if (!close) this.report('MissingEndCurlyBrace', "Missing closing '}' in statement block or type definition.", this.extentOfToken(open!));
      if (parameters && parameters.length > 0 && body.param) {
        this.report('OnlyOneParameterListAllowed', 'The param statement cannot be used if arguments were specified in the function declaration.', body.param.extent);
      }
      const blockExtent = this.span(open!);
      return {
        kind: 'FunctionDefinition',
        name: nameTok!.image,
        isFilter: kw.tokenType === T.Filter,
        parameters: parameters ?? [],
        body: { kind: 'ScriptBlock', ...body, extent: blockExtent },
        extent: this.span(kw),
      } as StatementAst;
    });
  });

  constructor(lookaheadStrategy?: ILookaheadStrategy) {
    super(lookaheadStrategy);
    this.performSelfAnalysis();
  }
}
