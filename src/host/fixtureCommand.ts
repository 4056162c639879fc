// `csshell fixture generate --users N --store file.db [--seed S]`. Filled in by the topology/users work.
export async function generateFixtureCommand(_args: string[], _store?: string): Promise<number> {
  process.stderr.write('csshell fixture: not available yet\n');
  return 2;
}
