// Get-Location, Set-Location, Push-/Pop-Location, Join-Path, Split-Path, Resolve-Path.

import { relative, sep } from 'node:path';
import type { CmdletContext } from '../../engine/cmdlet.js';
import { toStr, toStringOverride } from '../../engine/runtime/convert.js';
import { PSObject } from '../../engine/runtime/values.js';
import { psPathOf } from './fileItems.js';
import { absolutePsPath, currentLocation, currentRelative, filesOf, resolveFile, setCurrentRelative, pathNotFound, shownPsPath } from './location.js';
import { define, MANAGEMENT } from './meta.js';
import { listOf } from './util.js';
import type { CmdletDefinition } from '../../engine/cmdlet.js';

/** The cmdlets this module declares, gathered by its family index. */
export const cmdlets: CmdletDefinition[] = [];

const PATH_INFO = 'System.Management.Automation.PathInfo';

export function pathInfo(path: string): PSObject {
  const o = new PSObject(PATH_INFO, [
    ['Drive', path.slice(0, 1)],
    ['Provider', 'Microsoft.PowerShell.Core\\FileSystem'],
    ['ProviderPath', path],
    ['Path', path],
  ]);
  toStringOverride.set(o, () => path);
  return o;
}

cmdlets.push(define('Get-Location', { module: MANAGEMENT, params: { PSProvider: { type: 'String', array: true }, PSDrive: { type: 'String', array: true }, Stack: { type: 'SwitchParameter' } } }, () => ({
  process(ctx) {
    ctx.writeObject(pathInfo(currentLocation(ctx.engine)));
  },
})));

function missing(ctx: CmdletContext, p: string): never {
  ctx.throwTerminatingError(pathNotFound(ctx.engine, p));
}

cmdlets.push(define(
  'Set-Location',
  {
    module: MANAGEMENT,
    defaultSet: 'Path',
    params: {
      Path: { type: 'String', pipeline: 'True (ByPropertyName, ByValue)', sets: { Path: [false, 0] } },
      LiteralPath: { type: 'String', aliases: ['PSPath'], pipeline: 'True (ByPropertyName)', sets: { LiteralPath: [true, null] } },
      PassThru: { type: 'SwitchParameter' },
      StackName: { type: 'String', sets: { Stack: [false, null] } },
    },
  },
  () => ({
    process(ctx) {
      goTo(ctx, toStr(ctx.params.Path ?? ctx.params.LiteralPath ?? '~'));
      if (ctx.params.PassThru) ctx.writeObject(pathInfo(currentLocation(ctx.engine)));
    },
  }),
));

function goTo(ctx: CmdletContext, p: string): void {
  const host = resolveFile(ctx, p);
  if (!filesOf(ctx).isDirectory(host)) missing(ctx, p);
  const rel = relative(ctx.engine.session.workingDirectory, host);
  setCurrentRelative(ctx.engine, rel.split(sep).filter(Boolean).join('\\'), shownPsPath(ctx.engine, p));
}

// Push-Location / Pop-Location: scripts step into a folder for their exports and come back after.
interface SavedLocation {
  rel: string;
  shown?: string;
}
const locationStacks = new WeakMap<object, SavedLocation[]>();
function locationStack(ctx: CmdletContext): SavedLocation[] {
  let stack = locationStacks.get(ctx.engine.session);
  if (!stack) locationStacks.set(ctx.engine.session, (stack = []));
  return stack;
}

cmdlets.push(define(
  'Push-Location',
  {
    module: MANAGEMENT,
    defaultSet: 'Path',
    params: {
      Path: { type: 'String', pipeline: 'True (ByPropertyName, ByValue)', sets: { Path: [false, 0] } },
      LiteralPath: { type: 'String', aliases: ['PSPath'], pipeline: 'True (ByPropertyName)', sets: { LiteralPath: [false, null] } },
      PassThru: { type: 'SwitchParameter' },
      StackName: { type: 'String' },
    },
  },
  () => ({
    process(ctx) {
      locationStack(ctx).push({ rel: currentRelative(ctx.engine), shown: ctx.engine.session.locationShown });
      const p = ctx.params.Path ?? ctx.params.LiteralPath;
      if (p !== undefined) goTo(ctx, toStr(p));
      if (ctx.params.PassThru) ctx.writeObject(pathInfo(currentLocation(ctx.engine)));
    },
  }),
));

cmdlets.push(define('Pop-Location', { module: MANAGEMENT, params: { PassThru: { type: 'SwitchParameter' }, StackName: { type: 'String' } } }, () => ({
  process(ctx) {
    const previous = locationStack(ctx).pop();
    if (previous === undefined) return;
    setCurrentRelative(ctx.engine, previous.rel, previous.shown);
    if (ctx.params.PassThru) ctx.writeObject(pathInfo(currentLocation(ctx.engine)));
  },
})));

/** Joins two PowerShell paths with exactly one backslash between them. */
export function joinPs(a: string, b: string): string {
  if (!a) return b;
  if (!b) return a;
  return `${a.replace(/[\\/]+$/, '')}\\${b.replace(/^[\\/]+/, '')}`;
}

cmdlets.push(define(
  'Join-Path',
  {
    module: MANAGEMENT,
    params: {
      Path: { type: 'String', array: true, mandatory: true, position: 0, pipeline: 'True (ByPropertyName, ByValue)', aliases: ['PSPath'] },
      ChildPath: { type: 'String', mandatory: true, position: 1, pipeline: 'True (ByPropertyName)' },
      Resolve: { type: 'SwitchParameter' },
      Credential: { type: 'PSCredential' },
    },
  },
  () => ({
    process(ctx) {
      for (const p of listOf(ctx.params.Path).map(toStr)) {
        const joined = joinPs(p, toStr(ctx.params.ChildPath));
        if (ctx.params.Resolve && !filesOf(ctx).exists(resolveFile(ctx, joined))) missing(ctx, joined);
        ctx.writeObject(ctx.params.Resolve ? absolutePsPath(ctx.engine, joined) : joined);
      }
    },
  }),
));

/** Split-Path pieces of one path. */
export function splitPath(p: string, part: 'parent' | 'leaf' | 'qualifier' | 'noqualifier'): string {
  const qualifier = /^([a-z]:)/i.exec(p)?.[1] ?? '';
  if (part === 'qualifier') return qualifier;
  if (part === 'noqualifier') return p.slice(qualifier.length);
  const trimmed = p.length > 1 ? p.replace(/[\\/]+$/, '') : p;
  const cut = Math.max(trimmed.lastIndexOf('\\'), trimmed.lastIndexOf('/'));
  if (part === 'leaf') return cut >= 0 ? trimmed.slice(cut + 1) : trimmed;
  if (cut < 0) return '';
  const parent = trimmed.slice(0, cut);
  return /^[a-z]:$/i.test(parent) ? `${parent}\\` : parent;
}

cmdlets.push(define(
  'Split-Path',
  {
    module: MANAGEMENT,
    defaultSet: 'ParentSet',
    params: {
      Path: { type: 'String', array: true, pipeline: 'True (ByPropertyName, ByValue)', sets: { ParentSet: [true, 0], LeafSet: [true, 0], QualifierSet: [true, 0], NoQualifierSet: [true, 0], IsAbsoluteSet: [true, 0] } },
      LiteralPath: { type: 'String', array: true, aliases: ['PSPath'], sets: { LiteralPathSet: [true, null] } },
      Parent: { type: 'SwitchParameter', sets: { ParentSet: [false, null] } },
      Leaf: { type: 'SwitchParameter', sets: { LeafSet: [true, null] } },
      Qualifier: { type: 'SwitchParameter', sets: { QualifierSet: [true, null] } },
      NoQualifier: { type: 'SwitchParameter', sets: { NoQualifierSet: [true, null] } },
      IsAbsolute: { type: 'SwitchParameter', sets: { IsAbsoluteSet: [true, null] } },
      Resolve: { type: 'SwitchParameter' },
    },
  },
  () => ({
    process(ctx) {
      for (const p of listOf(ctx.params.Path ?? ctx.params.LiteralPath).map(toStr)) {
        if (ctx.params.IsAbsolute) ctx.writeObject(/^([a-z]:[\\/]|\\\\)/i.test(p));
        else if (ctx.params.Leaf) ctx.writeObject(splitPath(p, 'leaf'));
        else if (ctx.params.Qualifier) ctx.writeObject(splitPath(p, 'qualifier'));
        else if (ctx.params.NoQualifier) ctx.writeObject(splitPath(p, 'noqualifier'));
        else ctx.writeObject(splitPath(p, 'parent'));
      }
    },
  }),
));

cmdlets.push(define(
  'Resolve-Path',
  {
    module: MANAGEMENT,
    defaultSet: 'Path',
    params: {
      Path: { type: 'String', array: true, pipeline: 'True (ByPropertyName, ByValue)', sets: { Path: [true, 0] } },
      LiteralPath: { type: 'String', array: true, aliases: ['PSPath'], sets: { LiteralPath: [true, null] } },
      Relative: { type: 'SwitchParameter' },
    },
  },
  () => ({
    process(ctx) {
      for (const p of listOf(ctx.params.Path ?? ctx.params.LiteralPath).map(toStr)) {
        const host = resolveFile(ctx, p);
        if (!filesOf(ctx).exists(host)) {
          ctx.writeError(pathNotFound(ctx.engine, p));
          continue;
        }
        const full = psPathOf(ctx.engine.session.workingDirectory, host);
        ctx.writeObject(ctx.params.Relative ? `.\\${relative(resolveFile(ctx, '.'), host).split(sep).join('\\')}` : pathInfo(full));
      }
    },
  }),
));
