// Copy-Item, Move-Item, Rename-Item inside the sandbox.

import { basename, dirname, join } from 'node:path';
import type { CmdletContext } from '../../engine/cmdlet.js';
import { toStr } from '../../engine/runtime/convert.js';
import { fileItem } from './fileItems.js';
import { absolutePsPath, filesOf, resolveFile } from './location.js';
import { expandPaths, givenPaths, notFound, nothingMatched } from './files.js';
import { define, MANAGEMENT } from './meta.js';
import type { CmdletDefinition } from '../../engine/cmdlet.js';

/** The cmdlets this module declares, gathered by its family index. */
export const cmdlets: CmdletDefinition[] = [];

/** Sources of -Path that exist, a wildcard last segment expanded (matching nothing is not an error). */
function sources(ctx: CmdletContext): { ps: string; host: string }[] {
  const files = filesOf(ctx);
  return givenPaths(ctx).flatMap((p) => {
    const found = expandPaths(ctx, [p]).filter((f) => files.exists(f.host));
    if (found.length === 0) nothingMatched(ctx, p);
    return found;
  });
}

/** Where a source goes: into the destination folder when it is one, else to the destination path itself. */
function target(ctx: CmdletContext, source: string): string {
  const dest = resolveFile(ctx, toStr(ctx.params.Destination ?? '.'));
  return filesOf(ctx).isDirectory(dest) ? join(dest, basename(source)) : dest;
}

const pathSets = {
  Path: { type: 'String', array: true, pipeline: 'True (ByPropertyName, ByValue)' as const, sets: { Path: [true, 0] } as Record<string, [boolean, number | null]> },
  LiteralPath: { type: 'String', array: true, aliases: ['PSPath'], pipeline: 'True (ByPropertyName)' as const, sets: { LiteralPath: [true, null] } as Record<string, [boolean, number | null]> },
};

function exists(ctx: CmdletContext, to: string): boolean {
  if (!filesOf(ctx).exists(to) || ctx.params.Force) return false;
  ctx.writeError({
    message: `The file '${absolutePsPath(ctx.engine, toStr(ctx.params.Destination))}' already exists.`,
    errorId: 'IOException',
    category: 'WriteError',
    targetObject: to,
    exceptionType: 'System.IO.IOException',
  });
  return true;
}

cmdlets.push(define(
  'Copy-Item',
  {
    module: MANAGEMENT,
    defaultSet: 'Path',
    shouldProcess: true,
    params: { ...pathSets, Destination: { type: 'String', position: 1, pipeline: 'True (ByPropertyName)' }, Recurse: { type: 'SwitchParameter' }, Force: { type: 'SwitchParameter' }, PassThru: { type: 'SwitchParameter' }, Container: { type: 'SwitchParameter' } },
  },
  () => ({
    async process(ctx) {
      const files = filesOf(ctx);
      for (const s of sources(ctx)) {
        const to = target(ctx, s.host);
        const folder = files.isDirectory(s.host);
        if (folder && !ctx.params.Recurse && files.exists(to)) continue;
        if (!folder && exists(ctx, to)) continue;
        if (!(await ctx.shouldProcess(`Item: ${absolutePsPath(ctx.engine, s.ps)} Destination: ${absolutePsPath(ctx.engine, toStr(ctx.params.Destination ?? '.'))}`, 'Copy File'))) continue;
        files.copy(s.host, to);
        if (ctx.params.PassThru) ctx.writeObject(fileItem(ctx.engine.session.workingDirectory, to));
      }
    },
  }),
));

cmdlets.push(define(
  'Move-Item',
  {
    module: MANAGEMENT,
    defaultSet: 'Path',
    shouldProcess: true,
    params: { ...pathSets, Destination: { type: 'String', position: 1, pipeline: 'True (ByPropertyName)' }, Force: { type: 'SwitchParameter' }, PassThru: { type: 'SwitchParameter' } },
  },
  () => ({
    async process(ctx) {
      for (const s of sources(ctx)) {
        const to = target(ctx, s.host);
        if (exists(ctx, to)) continue;
        if (!(await ctx.shouldProcess(`Item: ${absolutePsPath(ctx.engine, s.ps)} Destination: ${absolutePsPath(ctx.engine, toStr(ctx.params.Destination ?? '.'))}`, 'Move Item'))) continue;
        filesOf(ctx).rename(s.host, to);
        if (ctx.params.PassThru) ctx.writeObject(fileItem(ctx.engine.session.workingDirectory, to));
      }
    },
  }),
));

cmdlets.push(define(
  'Rename-Item',
  {
    module: MANAGEMENT,
    defaultSet: 'ByPath',
    shouldProcess: true,
    params: {
      Path: { type: 'String', pipeline: 'True (ByPropertyName, ByValue)', sets: { ByPath: [true, 0] } },
      LiteralPath: { type: 'String', aliases: ['PSPath'], sets: { ByLiteralPath: [true, null] } },
      NewName: { type: 'String', mandatory: true, position: 1, pipeline: 'True (ByPropertyName)' },
      Force: { type: 'SwitchParameter' },
      PassThru: { type: 'SwitchParameter' },
    },
  },
  () => ({
    async process(ctx) {
      const p = toStr(ctx.params.Path ?? ctx.params.LiteralPath);
      const files = filesOf(ctx);
      const from = resolveFile(ctx, p);
      if (!files.exists(from)) {
        notFound(ctx, p);
        return;
      }
      const to = join(dirname(from), toStr(ctx.params.NewName));
      if (files.exists(to)) {
        ctx.writeError({
          message: 'Cannot create a file when that file already exists.',
          errorId: 'RenameItemIOError',
          category: 'WriteError',
          targetObject: p,
          exceptionType: 'System.IO.IOException',
        });
        return;
      }
      if (!(await ctx.shouldProcess(`Item: ${absolutePsPath(ctx.engine, p)} Destination: ${absolutePsPath(ctx.engine, join(p, '..', toStr(ctx.params.NewName)))}`, 'Rename Item'))) return;
      files.rename(from, to);
      if (ctx.params.PassThru) ctx.writeObject(fileItem(ctx.engine.session.workingDirectory, to));
    },
  }),
));
