#!/bin/sh
# The `csshell` command (package.json's bin; `npm run build` copies this file to dist/csshell).
# It starts Node from the start-up snapshot dist/csshell.blob, which holds the CLI already loaded
# (src/build/snapshot.mjs), and otherwise from the ES module bundle dist/csshell.js. It only picks
# one and `exec`s it: arguments, standard streams, exit codes and signals go through unchanged, and
# Node starts once. Plain sh with built-ins only, so that choosing costs next to nothing.

self=$0
# npm links the command into a bin folder: find the real file (and its dist folder) behind the link.
if [ -L "$self" ]; then self=$(readlink -f "$self") || self=$0; fi
case $self in
  */*) dist=${self%/*} ;;
  *) dist=. ;;
esac

# [I] The Control Panel is not in the snapshot (a long-running server, whose pages would make the
# snapshot bigger for every start): `panel` and `lab … --panel` run from the bundle.
esm=
lab=
skip=
for arg in "$@"; do
  if [ -n "$skip" ]; then skip=; continue; fi
  if [ -n "$lab" ]; then
    if [ "$arg" = --panel ]; then esm=1; break; fi
    continue
  fi
  case $arg in
    --store | --computer) skip=1 ;;
    --store=* | --computer=*) ;;
    panel) esm=1; break ;;
    lab) lab=1 ;;
    *) break ;;
  esac
done

# [I] The blob is used only with the Node binary that built it: the same path as the `node` found on
# PATH, with the modification time the build recorded on dist/csshell.blob.node (the file holds
# that path). Another Node, or the same one updated in place, makes Node refuse the blob, and it
# does so by aborting: then the ES module bundle runs instead. So it does when NODE_OPTIONS is set:
# Node refuses a snapshot under V8 flags other than the build's (--max-old-space-size…), and telling
# those from Node's own options is not worth it here.
blob=$dist/csshell.blob
stamp=$dist/csshell.blob.node
if [ -n "${NODE_OPTIONS-}" ]; then esm=1; fi
if [ -z "$esm" ] && [ -r "$blob" ] && [ -r "$stamp" ] && read -r builder < "$stamp"; then
  node=$(command -v node) || node=
  if [ -n "$node" ] && [ "$node" != "$builder" ] && [ -L "$node" ]; then node=$(readlink -f "$node") || node=; fi
  if [ -n "$node" ] && [ "$node" = "$builder" ] && [ ! "$node" -nt "$stamp" ] && [ ! "$node" -ot "$stamp" ]; then
    exec "$node" --snapshot-blob "$blob" -- "$@"
  fi
fi
exec node "$dist/csshell.js" "$@"
