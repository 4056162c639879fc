// Where a path under the sandbox really leads. Checking the text of a path is not enough: a symbolic
// link in the working folder (`ln -s /etc link`) turns `.\link\hostname` into a host file. So every
// path is followed the way the kernel follows it, link by link, and judged by where it ends.

import { lstatSync, readlinkSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, normalize, parse, relative, resolve, sep } from 'node:path';

/** Links followed before a path is judged unresolvable (the kernel gives up at 40 as well: ELOOP). */
const MAX_LINKS = 40;

/** The root as the file system knows it, so a root under a linked folder (/tmp -> /private/tmp) still holds. */
export function realRoot(root: string): string {
  try {
    return realpathSync.native(resolve(root));
  } catch {
    return resolve(root);
  }
}

export function isInside(root: string, p: string): boolean {
  const r = relative(root, p);
  return r === '' || (!r.startsWith(`..${sep}`) && r !== '..' && !isAbsolute(r));
}

function parts(p: string): string[] {
  return p.split(sep).filter((s) => s.length > 0);
}

/** Nothing is there: not found, a file where a folder was expected, or a name too long to exist. */
function isMissing(e: unknown): boolean {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR' || code === 'ENAMETOOLONG';
}

/**
 * The real path `start` + `pending` (a stack, next part last) leads to. A link is replaced by its
 * target (a relative target counts from the link's folder) and `..` climbs from where the walk really
 * is, as the kernel does. From the first part that does not exist, the rest is appended as text (a
 * dangling link's target included). Undefined when the path cannot be followed: a loop, an
 * unreadable link, a folder that cannot be examined.
 */
function walk(start: string, pending: string[]): string | undefined {
  let current = start;
  let links = 0;
  while (pending.length > 0) {
    const part = pending.pop()!;
    if (part === '.') continue;
    if (part === '..') {
      current = dirname(current);
      continue;
    }
    const next = join(current, part);
    let isLink: boolean;
    try {
      isLink = lstatSync(next).isSymbolicLink();
    } catch (e) {
      if (!isMissing(e)) return undefined;
      const rest = [...pending].reverse();
      // Nothing below a missing part exists: the rest is text. A `..` in it could climb back into
      // existing folders (and their links), so such a path is walked again from the top.
      const textual = normalize(join(next, ...rest));
      if (!rest.includes('..')) return textual;
      if (++links > MAX_LINKS) return undefined;
      current = parse(textual).root;
      pending = parts(textual).reverse();
      continue;
    }
    if (!isLink) {
      current = next;
      continue;
    }
    if (++links > MAX_LINKS) return undefined;
    let target: string;
    try {
      target = readlinkSync(next);
    } catch {
      return undefined;
    }
    if (isAbsolute(target)) current = parse(target).root;
    pending.push(...parts(target).reverse());
  }
  return current;
}

/** The kernel's real path of a path that exists (the common case, one call); undefined otherwise. */
function existingRealPath(abs: string): string | undefined {
  try {
    return realpathSync.native(abs);
  } catch {
    return undefined;
  }
}

/**
 * The real path an access to `hostPath` reaches when it stays inside the sandbox root (itself taken
 * by its real path); undefined when it leaves the root or cannot be followed. `hostPath` is a host
 * path under the root as written (`<root>/link/a.txt`) or under the root's real path.
 */
export function realPathInside(root: string, hostPath: string): string | undefined {
  const textRoot = resolve(root);
  const rootReal = realRoot(root);
  const abs = resolve(hostPath);
  let real = existingRealPath(abs);
  if (real !== undefined) {
    // The whole path exists: the kernel already followed every link.
  } else if (isInside(textRoot, abs)) real = walk(rootReal, parts(relative(textRoot, abs)).reverse());
  else if (isInside(rootReal, abs)) real = walk(rootReal, parts(relative(rootReal, abs)).reverse());
  else real = walk(parse(abs).root, parts(abs).reverse());
  return real !== undefined && isInside(rootReal, real) ? real : undefined;
}
