// node:readline as the start-up snapshot sees it: Node warns that a snapshot holding the loaded
// readline module may be out of step with the process it is restored in, so the snapshot's bundle
// reaches the module only when a line is first read, at run time (src/build/snapshot.mjs).
'use strict';

exports.createInterface = (...args) => require('node:readline').createInterface(...args);
