// Out-Default, Out-Host, Out-String, Out-Null, Out-File: where formatted output ends up.

import { dirname } from 'node:path';
import type { CmdletContext } from '../../engine/cmdlet.js';
import { formatDefault, OutDefaultStream } from '../../format/outDefault.js';
import { withEnumerationLimit } from '../../engine/runtime/displayText.js';
import { enumerationLimitOf } from './format.js';
import { CONSOLE_MARGIN } from '../../format/outDefault.js';
import { decodeText, DEFAULT_ENCODING, ENCODING_NAMES, encodeText, NEWLINE, splitLines } from './encoding.js';
import { filesOf, resolveFile } from './location.js';
import { define, metadata, type ParamSpec, UTILITY, CORE } from './meta.js';
import { cmdletDefinition } from '../../catalog/registry.js';
import { listOf } from './util.js';
import type { CmdletDefinition } from '../../engine/cmdlet.js';

/** The cmdlets this module declares, gathered by its family index. */
export const cmdlets: CmdletDefinition[] = [];

const inputObject = { type: 'PSObject', pipeline: 'True (ByValue)' as const };

/** Collects pipeline input (or a directly given -InputObject) for rendering at the end. */
function collector() {
  const values: unknown[] = [];
  return {
    values,
    take(ctx: CmdletContext) {
      if (ctx.expectingInput) values.push(ctx.inputObject);
      else if (ctx.bound.has('InputObject')) values.push(...listOf(ctx.params.InputObject));
    },
  };
}

/** Pipeline input, or a directly given -InputObject (enumerated). */
function inputsOf(ctx: CmdletContext): unknown[] {
  if (ctx.expectingInput) return [ctx.inputObject];
  return ctx.bound.has('InputObject') ? listOf(ctx.params.InputObject) : [];
}

/** Console lines of the objects as they come (Out-Default's stream), with the session's $FormatEnumerationLimit. */
class StreamedLines {
  private stream: OutDefaultStream | undefined;

  add(ctx: CmdletContext, values: unknown[], width: number): string[] {
    const stream = (this.stream ??= new OutDefaultStream(width, ctx.engine.state.views));
    return withEnumerationLimit(enumerationLimitOf(ctx), () => values.flatMap((v) => stream.write(v)));
  }

  finish(ctx: CmdletContext): string[] {
    const stream = this.stream;
    return stream ? withEnumerationLimit(enumerationLimitOf(ctx), () => stream.finish()) : [];
  }
}

/** Writes formatted lines to the console (output stream) in one piece. */
export function writeLinesToHost(ctx: CmdletContext, lines: string[]): void {
  if (lines.length) ctx.engine.host.write('output', lines.join('\n'));
}

/** The console lines of the collected objects, with the session's $FormatEnumerationLimit. */
function formatFor(ctx: CmdletContext, values: unknown[], width: number): string[] {
  return withEnumerationLimit(enumerationLimitOf(ctx), () => formatDefault(values, width, ctx.engine.state.views));
}

for (const [name, module] of [
  ['Out-Default', CORE],
  ['Out-Host', CORE],
] as const) {
  const params: Record<string, ParamSpec> = name === 'Out-Host' ? { Paging: { type: 'SwitchParameter' }, InputObject: inputObject } : { Transcript: { type: 'SwitchParameter' }, InputObject: inputObject };
  cmdlets.push(define(name, { module, params }, () => {
    const lines = new StreamedLines();
    return {
      process: (ctx) => writeLinesToHost(ctx, lines.add(ctx, inputsOf(ctx), ctx.engine.host.width)),
      end: (ctx) => writeLinesToHost(ctx, lines.finish(ctx)),
    };
  }));
}

/**
 * `more` (a function in Windows PowerShell that feeds more.com): shows its input, or the files it is
 * given, as the console would. The shell has no pager, so everything is shown at once. [I]
 */
const moreMeta = metadata('Out-More', { module: CORE, params: { paths: { type: 'String', array: true, position: 0 }, InputObject: inputObject } });
cmdlets.push(cmdletDefinition({ ...moreMeta, name: 'more', verb: '', noun: '', className: 'more' }, () => {
  const c = collector();
  return {
    process: (ctx) => c.take(ctx),
    end(ctx) {
      const paths = listOf(ctx.params.paths).map(String);
      if (paths.length === 0) return writeLinesToHost(ctx, formatFor(ctx, c.values, ctx.engine.host.width));
      for (const p of paths) {
        const file = resolveFile(ctx, p);
        if (!filesOf(ctx).exists(file)) {
          ctx.writeError({
            message: `Cannot find path '${p}' because it does not exist.`,
            errorId: 'PathNotFound',
            category: 'ObjectNotFound',
            targetObject: p,
            exceptionType: 'System.Management.Automation.ItemNotFoundException',
          });
          continue;
        }
        writeLinesToHost(ctx, splitLines(decodeText(filesOf(ctx).readFile(file))));
      }
    },
  };
}));

cmdlets.push(define('Out-Null', { module: CORE, params: { InputObject: inputObject } }, () => ({})));

cmdlets.push(define(
  'Out-String',
  { module: UTILITY, params: { Stream: { type: 'SwitchParameter' }, Width: { type: 'Int32' }, InputObject: inputObject } },
  () => {
    const stream = new StreamedLines();
    const text: string[] = [];
    // -Stream writes each line as soon as it is final; otherwise the text is one string at the end.
    const emit = (ctx: CmdletContext, lines: string[]) => {
      if (ctx.params.Stream) for (const l of lines) ctx.writeObject(l);
      else for (const l of lines) text.push(l);
    };
    const width = (ctx: CmdletContext) => (ctx.bound.has('Width') ? Number(ctx.params.Width) + CONSOLE_MARGIN : ctx.engine.host.width);
    return {
      process: (ctx) => emit(ctx, stream.add(ctx, inputsOf(ctx), width(ctx))),
      end(ctx) {
        emit(ctx, stream.finish(ctx));
        if (!ctx.params.Stream) ctx.writeObject(text.length ? `${text.join('\n')}\n` : '');
      },
    };
  },
));

/**
 * Writes (or appends) text to a sandbox file in the given encoding, no byte-order mark when appending;
 * or raw bytes as they are (-Encoding Byte).
 */
export function writeTextFile(ctx: CmdletContext, path: string, text: string | Uint8Array, encoding: string, append: boolean): void {
  const file = resolveFile(ctx, path);
  const files = filesOf(ctx);
  if (!files.exists(dirname(file))) {
    ctx.throwTerminatingError({
      message: `Could not find a part of the path '${path}'.`,
      errorId: 'FileOpenFailure',
      category: 'OpenError',
      targetObject: path,
      exceptionType: 'System.IO.DirectoryNotFoundException',
    });
  }
  const bytes = (atStart: boolean) => (typeof text === 'string' ? encodeText(text, encoding, atStart) : text);
  if (append && files.exists(file)) files.appendFile(file, bytes(false));
  else files.writeFile(file, bytes(true));
}

cmdlets.push(define(
  'Out-File',
  {
    module: UTILITY,
    defaultSet: 'ByPath',
    shouldProcess: true,
    params: {
      FilePath: { type: 'String', aliases: ['Path'], sets: { ByPath: [true, 0] } },
      LiteralPath: { type: 'String', aliases: ['PSPath'], sets: { ByLiteralPath: [true, null] } },
      Encoding: { type: 'String', position: 1, validateSet: ENCODING_NAMES, sets: { ByPath: [false, 1], ByLiteralPath: [false, 1] } },
      Append: { type: 'SwitchParameter' },
      Force: { type: 'SwitchParameter' },
      NoClobber: { type: 'SwitchParameter', aliases: ['NoOverwrite'] },
      Width: { type: 'Int32' },
      NoNewline: { type: 'SwitchParameter' },
      InputObject: inputObject,
    },
  },
  () => {
    const c = collector();
    return {
      process: (ctx) => c.take(ctx),
      async end(ctx) {
        const path = String(ctx.params.FilePath ?? ctx.params.LiteralPath);
        if (!(await ctx.shouldProcess(path, 'Output to File'))) return;
        if (ctx.params.NoClobber && filesOf(ctx).exists(resolveFile(ctx, path))) {
          ctx.throwTerminatingError({
            message: `The file '${path}' already exists.`,
            errorId: 'NoClobber',
            category: 'ResourceExists',
            targetObject: path,
            exceptionType: 'System.IO.IOException',
          });
        }
        const width = ctx.bound.has('Width') ? Number(ctx.params.Width) + CONSOLE_MARGIN : ctx.engine.host.width;
        const lines = formatFor(ctx, c.values, width);
        const text = ctx.params.NoNewline ? lines.join('') : lines.map((l) => l + NEWLINE).join('');
        writeTextFile(ctx, path, text, String(ctx.params.Encoding ?? DEFAULT_ENCODING.outFile), !!ctx.params.Append);
      },
    };
  },
));

/** [I] The shell has no graphical desktop: Out-GridView shows its input in the console instead, as Out-Default would. */
cmdlets.push(define(
  'Out-GridView',
  {
    module: UTILITY,
    defaultSet: 'PassThru',
    params: {
      InputObject: inputObject,
      Title: { type: 'String' },
      Wait: { type: 'SwitchParameter', sets: { Wait: [false, null] } },
      OutputMode: { type: 'OutputModeOption', validateSet: ['None', 'Single', 'Multiple'], sets: { OutputMode: [false, null] } },
      PassThru: { type: 'SwitchParameter', sets: { PassThru: [false, null] } },
    },
  },
  () => {
    const c = collector();
    return {
      process: (ctx) => c.take(ctx),
      end(ctx) {
        ctx.writeWarning('Out-GridView needs a graphical desktop; the objects are shown in the console instead, as Out-Default would show them.');
        writeLinesToHost(ctx, formatFor(ctx, c.values, ctx.engine.host.width));
        if (ctx.params.PassThru) for (const v of c.values) ctx.writeObject(v, false);
      },
    };
  },
));
