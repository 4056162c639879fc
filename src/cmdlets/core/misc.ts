// Invoke-Command (local), Tee-Object, Select-String.

import { toStr, toStringOverride } from '../../engine/runtime/convert.js';
import { toRegex, escapeRegex } from '../../engine/operators/regexPattern.js';
import { allMatches, searchFrom, type RegexMatch } from '../../engine/members/regexMatch.js';
import { PSObject, ScriptBlockValue } from '../../engine/runtime/values.js';
import { decodeText, NEWLINE, splitLines } from './encoding.js';
import { absolutePsPath, filesOf, resolveFile, pathNotFound } from './location.js';
import { CORE, define, UTILITY } from './meta.js';
import { writeTextFile } from './out.js';
import { listOf } from './util.js';
import type { CmdletDefinition } from '../../engine/cmdlet.js';

/** The cmdlets this module declares, gathered by its family index. */
export const cmdlets: CmdletDefinition[] = [];

cmdlets.push(define(
  'Invoke-Command',
  {
    module: CORE,
    defaultSet: 'InProcess',
    params: {
      ScriptBlock: { type: 'ScriptBlock', aliases: ['Command'], sets: { InProcess: [true, 0], ComputerName: [true, 1], Session: [true, 1] } },
      ArgumentList: { type: 'Object', array: true, aliases: ['Args'] },
      InputObject: { type: 'PSObject', pipeline: 'True (ByValue)' },
      NoNewScope: { type: 'SwitchParameter', sets: { InProcess: [false, null] } },
      ComputerName: { type: 'String', array: true, aliases: ['Cn'], sets: { ComputerName: [false, 0] } },
      Session: { type: 'PSSession', array: true, sets: { Session: [false, 0] } },
      Credential: { type: 'PSCredential', sets: { ComputerName: [false, null] } },
      HideComputerName: { type: 'SwitchParameter', sets: { ComputerName: [false, null], Session: [false, null] } },
      AsJob: { type: 'SwitchParameter', sets: { ComputerName: [false, null], Session: [false, null] } },
    },
  },
  () => ({
    async process(ctx) {
      // [I] Remote targets are the emulated deployment itself: the block runs in this session.
      const block = ctx.params.ScriptBlock as ScriptBlockValue;
      const results = await ctx.engine.invokeScriptBlock(block, {
        args: listOf(ctx.params.ArgumentList),
        dollarUnder: ctx.expectingInput ? ctx.inputObject : undefined,
        dotSource: !!ctx.params.NoNewScope,
        variables: ctx.expectingInput ? { input: [ctx.inputObject] } : undefined,
      });
      for (const r of results) ctx.writeObject(r, false);
    },
  }),
));

cmdlets.push(define(
  'Tee-Object',
  {
    module: UTILITY,
    defaultSet: 'File',
    params: {
      InputObject: { type: 'PSObject', pipeline: 'True (ByValue)' },
      FilePath: { type: 'String', aliases: ['Path'], sets: { File: [true, 0] } },
      LiteralPath: { type: 'String', aliases: ['PSPath'], sets: { LiteralFile: [true, null] } },
      Append: { type: 'SwitchParameter', sets: { File: [false, null] } },
      Variable: { type: 'String', sets: { Variable: [true, null] } },
    },
  },
  () => {
    const seen: unknown[] = [];
    return {
      process(ctx) {
        const o = ctx.expectingInput ? ctx.inputObject : ctx.params.InputObject;
        if (o === undefined) return;
        seen.push(o);
        ctx.writeObject(o, false);
      },
      end(ctx) {
        if (ctx.params.Variable !== undefined) {
          ctx.engine.setVariable(toStr(ctx.params.Variable), seen.length === 1 ? seen[0] : seen);
          return;
        }
        const path = toStr(ctx.params.FilePath ?? ctx.params.LiteralPath);
        const text = ctx.engine.formatOutput(seen).map((l) => l + NEWLINE).join('');
        writeTextFile(ctx, path, text, 'Unicode', !!ctx.params.Append);
      },
    };
  },
));

const MATCH_INFO = 'Microsoft.PowerShell.Commands.MatchInfo';

function matchInfo(line: string, lineNumber: number, path: string | undefined, pattern: string, matches: RegexMatch[], ignoreCase: boolean): PSObject {
  const o = new PSObject(MATCH_INFO, [
    ['IgnoreCase', ignoreCase],
    ['LineNumber', lineNumber],
    ['Line', line],
    ['Filename', path ? path.replace(/^.*\\/, '') : 'InputStream'],
    ['Path', path ?? 'InputStream'],
    ['Pattern', pattern],
    ['Context', null],
    // The runtime's own Match objects: Groups by number and name, Captures, Index, NextMatch() as on a [regex] match.
    ['Matches', matches],
  ]);
  toStringOverride.set(o, () => (path ? `${path}:${lineNumber}:${line}` : line));
  return o;
}

cmdlets.push(define(
  'Select-String',
  {
    module: UTILITY,
    defaultSet: 'File',
    params: {
      InputObject: { type: 'PSObject', pipeline: 'True (ByValue)', sets: { Object: [true, null] } },
      Pattern: { type: 'String', array: true, mandatory: true, position: 0, sets: { File: [true, 0], Object: [true, 0], LiteralFile: [true, 0] } },
      Path: { type: 'String', array: true, pipeline: 'True (ByPropertyName)', sets: { File: [true, 1] } },
      LiteralPath: { type: 'String', array: true, aliases: ['PSPath'], sets: { LiteralFile: [true, null] } },
      SimpleMatch: { type: 'SwitchParameter' },
      CaseSensitive: { type: 'SwitchParameter' },
      Quiet: { type: 'SwitchParameter' },
      List: { type: 'SwitchParameter' },
      NotMatch: { type: 'SwitchParameter' },
      AllMatches: { type: 'SwitchParameter' },
      Encoding: { type: 'String' },
    },
  },
  () => {
    let any = false;
    return {
      process(ctx) {
        const patterns = listOf(ctx.params.Pattern).map(toStr);
        const cs = !!ctx.params.CaseSensitive;
        const regexes = patterns.map((p) => toRegex(ctx.params.SimpleMatch ? escapeRegex(p) : p, cs, true));
        const test = (line: string, lineNumber: number, path?: string): boolean => {
          for (let i = 0; i < regexes.length; i++) {
            const found = ctx.params.AllMatches ? allMatches(regexes[i]!, line) : [searchFrom(regexes[i]!, line)].filter((m) => m.success);
            const hit = found.length > 0;
            if (hit !== !!ctx.params.NotMatch) {
              any = true;
              if (!ctx.params.Quiet) ctx.writeObject(matchInfo(line, lineNumber, path, patterns[i]!, found, !cs));
              return true;
            }
          }
          return false;
        };
        if (ctx.parameterSetName === 'Object' || ctx.expectingInput) {
          const o = ctx.expectingInput ? ctx.inputObject : ctx.params.InputObject;
          if (o !== null && o !== undefined) test(toStr(o), 1);
          return;
        }
        for (const p of listOf(ctx.params.Path ?? ctx.params.LiteralPath).map(toStr)) {
          const file = resolveFile(ctx, p);
          if (!filesOf(ctx).exists(file)) {
            ctx.writeError(pathNotFound(ctx.engine, p));
            continue;
          }
          const lines = splitLines(decodeText(filesOf(ctx).readFile(file)));
          for (let i = 0; i < lines.length; i++) if (test(lines[i]!, i + 1, absolutePsPath(ctx.engine, p)) && ctx.params.List) break;
        }
      },
      end(ctx) {
        if (ctx.params.Quiet) ctx.writeObject(any);
      },
    };
  },
));
