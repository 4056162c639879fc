// The PowerShell parser: one chevrotain parser whose rules are installed, idea by idea, by the rule
// modules. Each module reaches other rules only through the rule table (ruleTable.ts), which lists
// every rule under the module that installs it.

import type { ILookaheadStrategy } from 'chevrotain';
import { ParserBase } from './parserBase.js';
import type { Grammar, Rules } from './ruleTable.js';
import { installExpressionRules } from './expressionRules.js';
import { installLiteralRules } from './literalRules.js';
import { installCommandRules } from './commandRules.js';
import { installBlockRules } from './blockRules.js';
import { installLoopRules } from './loopRules.js';
import { installStatementRules } from './statementRules.js';
import { installScriptBlockRules } from './scriptBlockRules.js';
import { installFunctionRules } from './functionRules.js';

export class PsParser extends ParserBase {
  /** A whole script (the entry point of `parse`). */
  declare script: Rules['script'];
  /** A list of statements up to the end of the input: one chunk of a script, or the `$( )` of a string. */
  declare subStatements: Rules['subStatements'];

  /** `lookaheadStrategy` defaults to the precomputed first-token sets (tests compare it with chevrotain's own). */
  constructor(lookaheadStrategy?: ILookaheadStrategy) {
    super(lookaheadStrategy);
    // chevrotain finds each rule as the parser's property of the rule's name, and records them all in
    // performSelfAnalysis; the DSL methods are protected in its types, hence the one cast.
    const grammar = this as unknown as Grammar;
    installExpressionRules(grammar);
    installLiteralRules(grammar);
    installCommandRules(grammar);
    installBlockRules(grammar);
    installLoopRules(grammar);
    installStatementRules(grammar);
    installScriptBlockRules(grammar);
    installFunctionRules(grammar);
    this.performSelfAnalysis();
  }
}
