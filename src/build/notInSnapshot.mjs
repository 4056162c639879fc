// What the start-up snapshot's bundle holds in place of ink, the shell's ink app and the Control
// Panel. ink is an ES module with top-level await, which a snapshot cannot load; the launcher
// (src/build/launcher.sh) starts those commands from dist/csshell.js instead, so these never run.
function absent() {
  throw new Error('the interactive shell and the Control Panel run from dist/csshell.js, not from the start-up snapshot');
}

export const render = absent;
export const ReplApp = absent;
export const panelCommand = absent;
export const servePanel = absent;
