// Get-ChildItem and Get-Item on the sandbox's files: the 5.1 listing (folders first, links shown with
// the `l` mode), never following a link out of the sandbox.

import type { CmdletContext } from '../../engine/cmdlet.js';
import { toStr } from '../../engine/runtime/convert.js';
import { certItems, certPathNotFound, isCertPath } from './certDrive.js';
import { fileItemOf } from './fileItems.js';
import type { FileEntry } from '../../engine/files/sandbox.js';
import { expandPaths, givenPaths, nothingMatched, pathParams } from './files.js';
import { filesOf, shownChild, shownPsPath } from './location.js';
import { define, MANAGEMENT } from './meta.js';
import { listOf, wildcardMatch } from './util.js';
import type { CmdletDefinition } from '../../engine/cmdlet.js';

/** The cmdlets this module declares, gathered by its family index. */
export const cmdlets: CmdletDefinition[] = [];

/**
 * The items a path names (wildcards expanded), each as its entry: a link matched by a wildcard is
 * shown as a link, even one leading out of the sandbox (only the link itself is looked at).
 */
function entriesOf(ctx: CmdletContext, p: string): { ps: string; entry: FileEntry }[] {
  const files = filesOf(ctx);
  return expandPaths(ctx, [p]).flatMap((f) => {
    const entry = files.entry(f.host);
    return entry ? [{ ps: f.ps, entry }] : [];
  });
}

function listDirectory(ctx: CmdletContext, host: string, shown: string | undefined, recurse: boolean, filter: (name: string, dir: boolean) => boolean): void {
  const root = ctx.engine.session.workingDirectory;
  const entries = filesOf(ctx)
    .list(host)
    .sort((a, b) => a.name.toLowerCase().localeCompare(b.name.toLowerCase()));
  // Directories first, then files, as the file system provider lists them.
  const ordered = [...entries.filter((e) => e.directory), ...entries.filter((e) => !e.directory)];
  const shownOf = (e: FileEntry) => (shown === undefined ? undefined : shownChild(shown, e.name));
  for (const e of ordered) if (filter(e.name, e.directory)) ctx.writeObject(ctx.params.Name ? e.name : fileItemOf(root, e, false, shownOf(e)));
  // [I] -Recurse does not descend into links (as PowerShell does without -FollowSymlink): a link
  // could lead back up the tree, and one leading out of the sandbox is never followed.
  if (recurse) for (const e of ordered) if (e.directory && !e.link) listDirectory(ctx, e.hostPath, shownOf(e), true, filter);
}

cmdlets.push(define(
  'Get-ChildItem',
  {
    module: MANAGEMENT,
    defaultSet: 'Items',
    params: {
      Path: { type: 'String', array: true, pipeline: 'True (ByPropertyName, ByValue)', sets: { Items: [false, 0] } },
      LiteralPath: { type: 'String', array: true, aliases: ['PSPath'], sets: { LiteralItems: [true, null] } },
      Filter: { type: 'String', position: 1, sets: { Items: [false, 1], LiteralItems: [false, 1] } },
      Include: { type: 'String', array: true },
      Exclude: { type: 'String', array: true },
      Recurse: { type: 'SwitchParameter', aliases: ['s'] },
      Depth: { type: 'UInt32' },
      Force: { type: 'SwitchParameter' },
      Name: { type: 'SwitchParameter' },
      Attributes: { type: 'String' },
      Directory: { type: 'SwitchParameter', aliases: ['ad', 'd'] },
      File: { type: 'SwitchParameter', aliases: ['af'] },
      Hidden: { type: 'SwitchParameter', aliases: ['ah', 'h'] },
    },
  },
  () => ({
    process(ctx) {
      const paths = ctx.params.Path || ctx.params.LiteralPath ? givenPaths(ctx) : ['.'];
      const include = listOf(ctx.params.Include).map(toStr);
      const exclude = listOf(ctx.params.Exclude).map(toStr);
      const filterText = ctx.params.Filter !== undefined ? toStr(ctx.params.Filter) : undefined;
      const filter = (name: string, dir: boolean) =>
        (!ctx.params.File || !dir) &&
        (!ctx.params.Directory || dir) &&
        (filterText === undefined || wildcardMatch(filterText, name)) &&
        (include.length === 0 || include.some((i) => wildcardMatch(i, name))) &&
        !exclude.some((x) => wildcardMatch(x, name));
      for (const p of paths) {
        if (isCertPath(p)) {
          const found = certItems(ctx, p, true, !!ctx.params.Recurse);
          if (!found) certPathNotFound(ctx, p);
          for (const o of found ?? []) ctx.writeObject(o);
          continue;
        }
        const items = entriesOf(ctx, p);
        if (items.length === 0) {
          nothingMatched(ctx, p);
          continue;
        }
        for (const it of items) {
          const shown = shownPsPath(ctx.engine, it.ps);
          if (it.entry.directory) listDirectory(ctx, it.entry.hostPath, shown, !!ctx.params.Recurse, filter);
          else ctx.writeObject(ctx.params.Name ? it.ps : fileItemOf(ctx.engine.session.workingDirectory, it.entry, false, shown));
        }
      }
    },
  }),
));

cmdlets.push(define(
  'Get-Item',
  {
    module: MANAGEMENT,
    defaultSet: 'Path',
    params: { ...pathParams, Filter: { type: 'String' }, Include: { type: 'String', array: true }, Exclude: { type: 'String', array: true }, Force: { type: 'SwitchParameter' } },
  },
  () => ({
    process(ctx) {
      for (const p of givenPaths(ctx)) {
        if (isCertPath(p)) {
          const found = certItems(ctx, p, false);
          if (!found) certPathNotFound(ctx, p);
          for (const o of found ?? []) ctx.writeObject(o);
          continue;
        }
        const items = entriesOf(ctx, p);
        if (items.length === 0) nothingMatched(ctx, p);
        for (const it of items) ctx.writeObject(fileItemOf(ctx.engine.session.workingDirectory, it.entry, true, shownPsPath(ctx.engine, it.ps)));
      }
    },
  }),
));
