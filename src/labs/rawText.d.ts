// Lab files are bundled as text (`?raw`, as Vite reads it; src/build/bundle.mjs does the same for the CLI).
declare module '*.yaml?raw' {
  const text: string;
  export default text;
}
