// What the start-up snapshot's bundle holds in place of the Control Panel (src/host/panel): the
// launcher (src/build/launcher.sh) starts `panel` and `lab … --panel` from the ES module bundle
// instead, so this never runs.
function absent() {
  throw new Error('the Control Panel runs from dist/csshell.js, not from the start-up snapshot');
}

export const panelCommand = absent;
export const servePanel = absent;
