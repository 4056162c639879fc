// `csshell panel [--port N] [--store <file.db>] [--open]`: the local web Control Panel on a store,
// until Ctrl+C or SIGTERM. Loaded only by this subcommand, so other runs never pay for react-dom.

import { resolve } from 'node:path';
import { openStore, defaultStorePath } from '../../store/open.js';
import { getComputer } from '../../store/topologyRepository.js';
import { startPanelServer } from './server.js';
export { PANEL_USAGE } from './usage.js';


/** [I] The computer the panel's commands run on, as the shell's default. */
const PANEL_COMPUTER = 'fe01.contoso.com';

interface PanelArgs {
  port: number;
  store?: string;
  open: boolean;
}

function parsePanelArgs(args: string[], store: string | undefined): PanelArgs | string {
  const out: PanelArgs = { port: 0, store, open: false };
  for (let i = 0; i < args.length; i++) {
    const [name, inline] = args[i]!.includes('=') ? args[i]!.split(/=(.*)/s) : [args[i]!, undefined];
    const value = () => inline ?? args[++i];
    if (name === '--port') {
      const text = value();
      const port = Number(text);
      if (!text || !/^\d+$/.test(text) || port > 65535) return `csshell panel: --port needs a port number (0-65535), not '${text ?? ''}'`;
      out.port = port;
    } else if (name === '--store') out.store = value();
    else if (name === '--open') out.open = true;
    else return `csshell panel: unknown option '${args[i]}'. See 'csshell panel --help'.`;
  }
  return out;
}

export async function panelCommand(args: string[], store: string | undefined, computer: string | undefined): Promise<number> {
  const parsed = parsePanelArgs(args, store);
  if (typeof parsed === 'string') {
    process.stderr.write(`${parsed}\n`);
    return 2;
  }
  const path = parsed.store ?? defaultStorePath();
  return servePanel(path === ':memory:' ? path : resolve(path), { port: parsed.port, open: parsed.open, computer, workingDirectory: process.cwd() });
}

export interface ServeOptions {
  port: number;
  open?: boolean;
  computer?: string;
  /** The folder the panel's commands may read and write files under (a lab's folder). */
  workingDirectory: string;
}

/** Serves the panel on the store at `storePath` until Ctrl+C or SIGTERM; returns the exit code. */
export async function servePanel(storePath: string, options: ServeOptions): Promise<number> {
  const db = openStore(storePath);
  try {
    const session = {
      localComputer: (options.computer && getComputer(db, options.computer)?.fqdn) || PANEL_COMPUTER,
      workingDirectory: options.workingDirectory,
      interactive: false,
    };
    const panel = await startPanelServer({ store: db, session, port: options.port });
    process.stdout.write(`Skype for Business Server Control Panel (csshell) on ${storePath}\n${panel.url}\n`);
    // [I] The emulator never starts host programs, a browser included.
    if (options.open) process.stdout.write('--open: no browser is started; open the address above yourself.\n');
    process.stdout.write('Press Ctrl+C to stop.\n');
    await new Promise<void>((done) => {
      process.once('SIGINT', done);
      process.once('SIGTERM', done);
    });
    await panel.close();
    return 0;
  } finally {
    db.close();
  }
}
