// `csshell parse [--ast] <files…>`: syntax check only. Filled in by the language work.
export async function parseCommand(_args: string[]): Promise<number> {
  process.stderr.write('csshell parse: not available yet\n');
  return 2;
}
