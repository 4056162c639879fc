// esbuild plugins shared by the CLI's two bundles: the ES module bundle (src/build/bundle.mjs) and
// the start-up snapshot's CommonJS bundle (src/build/snapshot.mjs).
import { readFileSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Our JSON files (the cmdlet catalog is 300 KB) become `JSON.parse('…')`: V8 reads a JSON string several
 * times faster than the same data written as a JavaScript object literal, which it must compile.
 */
export const jsonAsParse = {
  name: 'json-as-parse',
  setup(b) {
    b.onLoad({ filter: /\.json$/ }, (args) => {
      // Packages may require() JSON and extend the result (cli-boxes does): leave theirs as they are.
      if (args.path.includes('node_modules')) return undefined;
      const text = JSON.stringify(JSON.parse(readFileSync(args.path, 'utf8')));
      return { contents: `export default JSON.parse(${JSON.stringify(text)});`, loader: 'js' };
    });
  },
};

/** `import text from './file.yaml?raw'` gives the file's text, as Vite (the test runner) reads it. */
export const rawText = {
  name: 'raw-text',
  setup(b) {
    b.onResolve({ filter: /\?raw$/ }, (args) => ({ path: resolve(args.resolveDir, args.path.slice(0, -'?raw'.length)), namespace: 'raw-text' }));
    b.onLoad({ filter: /.*/, namespace: 'raw-text' }, (args) => ({ contents: readFileSync(args.path, 'utf8'), loader: 'text' }));
  },
};

const here = (file) => fileURLToPath(new URL(file, import.meta.url));

/**
 * yoga-layout loads its WebAssembly in a top-level await, as soon as ink is imported; both bundles
 * load it instead when the shell first draws, without fetch (yogaAtRunTime.mjs says why).
 */
export const yogaAtRunTime = {
  name: 'yoga-at-run-time',
  setup(b) {
    b.onResolve({ filter: /^yoga-layout$/ }, () => ({ path: here('./yogaAtRunTime.mjs') }));
    // The shell's `import('ink')` gets the render that waits for yoga; the rest of ink is ink.
    b.onResolve({ filter: /^ink$/ }, (args) => (args.importer.endsWith(`${sep}repl${sep}index.ts`) ? { path: here('./inkAfterYoga.mjs') } : undefined));
  },
};

/** The settings both bundles share. */
export const commonOptions = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  plugins: [jsonAsParse, rawText, yogaAtRunTime],
  logLevel: 'warning',
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"', 'process.env.DEV': '"false"' },
};
