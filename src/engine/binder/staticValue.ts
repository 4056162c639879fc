// An argument whose value is not known before the script runs (a variable, an expression), used by
// `csshell check`: it converts to any parameter type, so only names, sets, positions and the
// literal arguments are judged.

export class UnknownArgument {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}
