// `csshell lab list | start <name> | check <name>`: training labs (src/labs/labs.ts).

import { checkLab, describeLab, findLab, labFolder, labs, prepareLab, type LabDefinition } from '../labs/labs.js';
import { PathOutsideSandboxError } from '../engine/paths.js';
import { openStore } from '../store/open.js';

export const LAB_USAGE = `usage:
  csshell lab list
  csshell lab start <name> [--folder <dir>] [--reset] [--no-shell]
  csshell lab check <name> [--folder <dir>]
`;

/** prepareLab; a store file that is a link leading out of the lab folder is refused with a message. */
async function preparedStore(lab: LabDefinition, folder: string, reset: boolean): Promise<string | undefined> {
  try {
    return await prepareLab(lab, folder, reset);
  } catch (e) {
    if (!(e instanceof PathOutsideSandboxError)) throw e;
    process.stderr.write(`csshell lab: ${e.message}\n`);
    return undefined;
  }
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

export async function labCommand(args: string[], computer?: string): Promise<number> {
  const [verb, name] = args;
  if (verb === 'list') {
    for (const lab of labs) process.stdout.write(`${lab.name.padEnd(22)} ${lab.title}\n`);
    return 0;
  }
  if ((verb !== 'start' && verb !== 'check') || !name) {
    process.stderr.write(LAB_USAGE);
    return 2;
  }
  const lab = findLab(name);
  if (!lab) {
    process.stderr.write(`csshell lab: there is no lab named '${name}'. See 'csshell lab list'.\n`);
    return 2;
  }
  const folder = labFolder(lab, option(args, '--folder'));
  if (verb === 'start') {
    const storePath = await preparedStore(lab, folder, args.includes('--reset'));
    if (storePath === undefined) return 1;
    process.stdout.write(`${describeLab(lab).join('\n')}\n\nLab folder: ${folder}\nCheck your progress with: csshell lab check ${lab.name}${option(args, '--folder') ? ` --folder ${folder}` : ''}\n`);
    if (args.includes('--no-shell')) return 0;
    const store = openStore(storePath);
    try {
      const { runRepl } = await import('./repl/index.js');
      return await runRepl({
        store,
        storePath,
        session: { localComputer: computer ?? 'fe01.contoso.com', workingDirectory: folder, interactive: true },
      });
    } finally {
      store.close();
    }
  }
  const storePath = await preparedStore(lab, folder, false);
  if (storePath === undefined) return 1;
  const store = openStore(storePath);
  try {
    const results = await checkLab(lab, store, folder);
    process.stdout.write(`${describeLab(lab, results).join('\n')}\n`);
    return results.every((r) => r.done) ? 0 : 1;
  } finally {
    store.close();
  }
}
