// Get-Content, Set-Content, Add-Content, Clear-Content, Test-Path, New-Item, Remove-Item. All file
// access stays inside the sandbox: paths through resolveFile, every access through filesOf(ctx).

import { join } from 'node:path';
import type { CmdletContext } from '../../engine/cmdlet.js';
import { accessDeniedSpec } from '../../engine/files/accessDenied.js';
import { PathOutsideSandboxError } from '../../engine/files/paths.js';
import { toStr } from '../../engine/runtime/convert.js';
import { byteValues, decodeText, DEFAULT_ENCODING, encodeText, ENCODING_NAMES, isByteEncoding, NEWLINE, splitLines, toByte } from './encoding.js';
import { fileItem } from './fileItems.js';
import { certItems, isCertPath } from './certDrive.js';
import { absolutePsPath, filesOf, resolveFile, pathNotFound, shownPsPath } from './location.js';
import { define, MANAGEMENT } from './meta.js';
import { writeTextFile } from './out.js';
import { hasWildcard, listOf, wildcardMatch } from './util.js';
import type { CmdletDefinition } from '../../engine/cmdlet.js';

/** The cmdlets this module declares, gathered by its family index. */
export const cmdlets: CmdletDefinition[] = [];

export function notFound(ctx: CmdletContext, path: string, terminating = false): void {
  const spec = pathNotFound(ctx.engine, path);
  if (terminating) ctx.throwTerminatingError(spec);
  ctx.writeError(spec);
}

/**
 * [D] A -Path with wildcard characters that matched nothing: not an error (the provider's globbing
 * gives an empty list; only a path without wildcards raises ItemNotFound). -LiteralPath never globs.
 */
export function nothingMatched(ctx: CmdletContext, path: string, terminating = false): void {
  if (!ctx.bound.has('LiteralPath') && hasWildcard(path)) return;
  notFound(ctx, path, terminating);
}

/**
 * Paths given to a cmdlet, with wildcards in the last segment expanded against the directory.
 * `resolve` maps one path (the cmdlet's refusal by default for a path leading out of the sandbox).
 */
export function expandPaths(ctx: CmdletContext, paths: string[], resolve = resolveFile): { ps: string; host: string }[] {
  const files = filesOf(ctx);
  const out: { ps: string; host: string }[] = [];
  for (const p of paths) {
    const m = /^(.*[\\/])?([^\\/]*)$/.exec(p)!;
    const leaf = m[2] ?? '';
    if (!hasWildcard(leaf)) {
      out.push({ ps: p, host: resolve(ctx, p) });
      continue;
    }
    const dirPs = m[1] ?? '.\\';
    const dir = resolve(ctx, dirPs);
    if (!files.exists(dir)) continue;
    const names = files.list(dir).map((e) => e.name).sort();
    for (const name of names) if (wildcardMatch(leaf, name)) out.push({ ps: `${dirPs}${name}`, host: join(dir, name) });
  }
  return out;
}

export const pathParams = {
  Path: { type: 'String', array: true, pipeline: 'True (ByPropertyName)' as const, sets: { Path: [true, 0] } as Record<string, [boolean, number | null]> },
  LiteralPath: { type: 'String', array: true, aliases: ['PSPath'], pipeline: 'True (ByPropertyName)' as const, sets: { LiteralPath: [true, null] } as Record<string, [boolean, number | null]> },
};

export function givenPaths(ctx: CmdletContext): string[] {
  return listOf(ctx.params.Path ?? ctx.params.LiteralPath).map(toStr);
}

cmdlets.push(define(
  'Get-Content',
  {
    module: MANAGEMENT,
    defaultSet: 'Path',
    params: {
      ...pathParams,
      ReadCount: { type: 'Int64' },
      TotalCount: { type: 'Int64', aliases: ['First', 'Head'] },
      Tail: { type: 'Int32', aliases: ['Last'] },
      Filter: { type: 'String' },
      Include: { type: 'String', array: true },
      Exclude: { type: 'String', array: true },
      Force: { type: 'SwitchParameter' },
      Delimiter: { type: 'String' },
      Wait: { type: 'SwitchParameter' },
      Raw: { type: 'SwitchParameter' },
      Encoding: { type: 'String', validateSet: ENCODING_NAMES },
    },
  },
  () => ({
    process(ctx) {
      for (const p of givenPaths(ctx)) {
        const files = expandPaths(ctx, [p]);
        if (files.length === 0) nothingMatched(ctx, p);
        for (const f of files) {
          try {
            writeContent(ctx, f);
          } catch (e) {
            // One file of a wildcard that leads out of the sandbox is refused; the others are read.
            if (!(e instanceof PathOutsideSandboxError)) throw e;
            ctx.writeError(accessDeniedSpec(ctx.metadata.name, e.shownPath));
          }
        }
      }
    },
  }),
));

/** Get-Content of one file: its lines (or -Raw text), or its bytes under -Encoding Byte. */
function writeContent(ctx: CmdletContext, f: { ps: string; host: string }): void {
  const sandbox = filesOf(ctx);
  if (!sandbox.exists(f.host)) return notFound(ctx, f.ps);
  if (sandbox.isDirectory(f.host)) {
    return ctx.writeError({
      message: `Unable to get content because it is a directory: '${absolutePsPath(ctx.engine, f.ps)}'. Please use 'Get-ChildItem' instead.`,
      errorId: 'GetContainerContentException',
      category: 'InvalidOperation',
      targetObject: f.ps,
    });
  }
  const content = sandbox.readFile(f.host);
  if (isByteEncoding(ctx.params.Encoding)) return writeItems(ctx, byteValues(content));
  const text = decodeText(content, ctx.params.Encoding as string | undefined);
  if (ctx.params.Raw) return ctx.writeObject(text);
  writeItems(ctx, splitLines(text));
}

/** Get-Content's items (lines, or bytes), cut by -TotalCount and -Tail; -Raw writes them as one value. */
function writeItems(ctx: CmdletContext, items: unknown[]): void {
  if (ctx.params.Raw) return ctx.writeObject(items, false);
  let lines = items;
  if (ctx.params.TotalCount !== undefined && Number(ctx.params.TotalCount) >= 0) lines = lines.slice(0, Number(ctx.params.TotalCount));
  if (ctx.params.Tail !== undefined) lines = Number(ctx.params.Tail) === 0 ? [] : lines.slice(-Number(ctx.params.Tail));
  for (const l of lines) ctx.writeObject(l);
}

function contentCmdlet(name: 'Set-Content' | 'Add-Content', append: boolean): void {
  cmdlets.push(define(
    name,
    {
      module: MANAGEMENT,
      defaultSet: 'Path',
      shouldProcess: true,
      params: {
        ...pathParams,
        Value: { type: 'Object', array: true, mandatory: true, pipeline: 'True (ByPropertyName, ByValue)', sets: { Path: [true, 1], LiteralPath: [true, 1] } },
        PassThru: { type: 'SwitchParameter' },
        Filter: { type: 'String' },
        Include: { type: 'String', array: true },
        Exclude: { type: 'String', array: true },
        Force: { type: 'SwitchParameter' },
        NoNewline: { type: 'SwitchParameter' },
        Encoding: { type: 'String', validateSet: ENCODING_NAMES },
      },
    },
    () => {
      const values: unknown[] = [];
      return {
        process(ctx) {
          values.push(...listOf(ctx.params.Value));
        },
        async end(ctx) {
          const bytes = isByteEncoding(ctx.params.Encoding);
          const text = bytes ? Uint8Array.from(values, toByte) : ctx.params.NoNewline ? values.map(toStr).join('') : values.map((v) => toStr(v) + NEWLINE).join('');
          for (const p of givenPaths(ctx)) {
            if (!(await ctx.shouldProcess(`Path: ${absolutePsPath(ctx.engine, p)}`, name === 'Set-Content' ? 'Set Content' : 'Add Content'))) continue;
            const encoding = toStr(ctx.params.Encoding ?? DEFAULT_ENCODING.setContent);
            writeTextFile(ctx, p, text, encoding, append);
            if (ctx.params.PassThru) for (const v of values) ctx.writeObject(v, false);
          }
        },
      };
    },
  ));
}
contentCmdlet('Set-Content', false);
contentCmdlet('Add-Content', true);

// Clear-Content empties a file (a log a script restarts each run) and keeps the file.
cmdlets.push(define(
  'Clear-Content',
  { module: MANAGEMENT, defaultSet: 'Path', shouldProcess: true, params: { ...pathParams, Filter: { type: 'String' }, Force: { type: 'SwitchParameter' } } },
  () => ({
    async process(ctx) {
      const sandbox = filesOf(ctx);
      for (const p of givenPaths(ctx)) {
        const files = expandPaths(ctx, [p]).filter((f) => sandbox.exists(f.host));
        if (files.length === 0) nothingMatched(ctx, p);
        for (const f of files) {
          if (await ctx.shouldProcess(`Item: ${absolutePsPath(ctx.engine, f.ps)}`, 'Clear Content')) sandbox.writeFile(f.host, '');
        }
      }
    },
  }),
));

/**
 * Test-Path of a file system path. A path leading out of the sandbox is reported as 5.1 reports a
 * path it may not examine (ItemExistsUnauthorizedAccessError) and tests $false; so does a bad path.
 */
function testFilePath(ctx: CmdletContext, p: string, type: string): boolean {
  const sandbox = filesOf(ctx);
  try {
    const files = expandPaths(ctx, [p], (c, path) => c.engine.resolvePath(absolutePsPath(c.engine, path))).filter((f) => sandbox.exists(f.host));
    return files.some((f) => {
      const dir = sandbox.isDirectory(f.host);
      return type === 'any' || (type === 'container' ? dir : !dir);
    });
  } catch (e) {
    if (e instanceof PathOutsideSandboxError) ctx.writeError(accessDeniedSpec(ctx.metadata.name, e.shownPath));
    return false;
  }
}

cmdlets.push(define(
  'Test-Path',
  {
    module: MANAGEMENT,
    defaultSet: 'Path',
    params: {
      ...pathParams,
      Filter: { type: 'String' },
      Include: { type: 'String', array: true },
      Exclude: { type: 'String', array: true },
      PathType: { type: 'TestPathType', aliases: ['Type'], validateSet: ['Any', 'Container', 'Leaf'] },
      IsValid: { type: 'SwitchParameter' },
      OlderThan: { type: 'DateTime' },
      NewerThan: { type: 'DateTime' },
    },
  },
  () => ({
    process(ctx) {
      const type = toStr(ctx.params.PathType ?? 'Any').toLowerCase();
      for (const p of givenPaths(ctx)) {
        if (ctx.params.IsValid) {
          ctx.writeObject(!/[<>|"]/.test(p));
          continue;
        }
        const drive = /^(env|variable):(.*)$/i.exec(p);
        if (drive) {
          const name = drive[2]!;
          ctx.writeObject(drive[1]!.toLowerCase() === 'env' ? ctx.engine.getVariable(`env:${name}`) != null : ctx.engine.getVariable(name) !== undefined);
          continue;
        }
        if (isCertPath(p)) {
          const found = certItems(ctx, p, false);
          const leaf = found?.some((o) => o.get('PSIsContainer') === false) ?? false;
          ctx.writeObject(!!found && (type === 'any' || (type === 'leaf') === leaf));
          continue;
        }
        ctx.writeObject(testFilePath(ctx, p, type));
      }
    },
  }),
));

cmdlets.push(define(
  'New-Item',
  {
    module: MANAGEMENT,
    defaultSet: 'pathSet',
    shouldProcess: true,
    params: {
      Path: { type: 'String', array: true, pipeline: 'True (ByPropertyName)', sets: { pathSet: [true, 0], nameSet: [false, 0] } },
      Name: { type: 'String', pipeline: 'True (ByPropertyName)', sets: { nameSet: [true, null] } },
      ItemType: { type: 'String', aliases: ['Type'], pipeline: 'True (ByPropertyName)' },
      Value: { type: 'Object', pipeline: 'True (ByPropertyName, ByValue)' },
      Force: { type: 'SwitchParameter' },
    },
  },
  () => ({
    async process(ctx) {
      const bases = ctx.params.Path ? listOf(ctx.params.Path).map(toStr) : ['.'];
      const type = toStr(ctx.params.ItemType ?? 'File').toLowerCase();
      for (const base of bases) {
        const p = ctx.params.Name !== undefined ? `${base.replace(/[\\/]$/, '')}\\${toStr(ctx.params.Name)}` : base;
        const full = absolutePsPath(ctx.engine, p);
        const host = resolveFile(ctx, p);
        const sandbox = filesOf(ctx);
        if (!(await ctx.shouldProcess(`Destination: ${full}`, type === 'directory' ? 'Create Directory' : 'Create File'))) continue;
        if (sandbox.exists(host) && !(ctx.params.Force && type !== 'directory')) {
          if (type === 'directory' && ctx.params.Force) {
            ctx.writeObject(fileItem(ctx.engine.session.workingDirectory, host, true, shownPsPath(ctx.engine, p)));
            continue;
          }
          ctx.writeError({
            message: type === 'directory' ? `An item with the specified name ${full} already exists.` : `The file '${full}' already exists.`,
            errorId: type === 'directory' ? 'DirectoryExist' : 'NewItemIOError',
            category: 'ResourceExists',
            targetObject: full,
            exceptionType: 'System.IO.IOException',
          });
          continue;
        }
        if (type === 'directory') sandbox.mkdir(host);
        else {
          if (ctx.params.Force) sandbox.mkdir(join(host, '..'));
          if (!sandbox.exists(join(host, '..'))) {
            ctx.writeError({ message: `Could not find a part of the path '${full}'.`, errorId: 'NewItemIOError', category: 'WriteError', targetObject: full, exceptionType: 'System.IO.DirectoryNotFoundException' });
            continue;
          }
          sandbox.writeFile(host, encodeText(ctx.params.Value === undefined ? '' : toStr(ctx.params.Value), 'Default'));
        }
        ctx.writeObject(fileItem(ctx.engine.session.workingDirectory, host, true, shownPsPath(ctx.engine, p)));
      }
    },
  }),
));

cmdlets.push(define(
  'Remove-Item',
  {
    module: MANAGEMENT,
    defaultSet: 'Path',
    shouldProcess: true,
    params: {
      ...pathParams,
      Filter: { type: 'String' },
      Include: { type: 'String', array: true },
      Exclude: { type: 'String', array: true },
      Recurse: { type: 'SwitchParameter' },
      Force: { type: 'SwitchParameter' },
    },
  },
  () => ({
    async process(ctx) {
      const sandbox = filesOf(ctx);
      for (const p of givenPaths(ctx)) {
        const files = expandPaths(ctx, [p]).filter((f) => sandbox.exists(f.host));
        if (files.length === 0) {
          nothingMatched(ctx, p);
          continue;
        }
        for (const f of files) {
          const full = absolutePsPath(ctx.engine, f.ps);
          if (f.host === ctx.engine.session.workingDirectory) continue;
          // [I] A link is removed as an entry of its own, never by emptying what it points to.
          const dir = sandbox.isDirectory(f.host) && !sandbox.entry(f.host)?.link;
          if (dir && sandbox.list(f.host).length > 0 && !ctx.params.Recurse) {
            ctx.writeError({
              message: `The item at ${full} has children and the Recurse parameter was not specified. If you continue, all children will be removed with the item.`,
              errorId: 'DirectoryNotEmpty',
              category: 'WriteError',
              targetObject: full,
              exceptionType: 'System.IO.IOException',
            });
            continue;
          }
          if (!(await ctx.shouldProcess(full, dir ? 'Remove Directory' : 'Remove File'))) continue;
          sandbox.remove(f.host);
        }
      }
    },
  }),
));
