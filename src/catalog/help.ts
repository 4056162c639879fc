// Help content for Get-Help, as data. Every Cs cmdlet's text is written in our own words, kept next
// to its family (src/cmdlets/cs/help/*.ts) and registered here; core cmdlets register theirs too.
// Examples are real commands that run against the demo deployment (a test runs every one).

export interface HelpExample {
  /** Short title, e.g. `Allow XMPP for the Sales team`. */
  title: string;
  /** The command(s), runnable on a fresh demo store in order (earlier examples of the same cmdlet may be assumed). */
  code: string;
  /** One or two sentences on what it does. */
  remarks: string;
}

export interface HelpEntry {
  synopsis: string;
  description: string;
  /** Parameter name -> description. */
  parameters: Record<string, string>;
  examples: HelpExample[];
  /** Related cmdlet names. */
  related?: string[];
  /** Output type description, e.g. `ExternalAccessPolicy objects.` */
  outputs?: string;
}

const help = new Map<string, HelpEntry>();

export function registerHelp(cmdletName: string, entry: HelpEntry): void {
  help.set(cmdletName.toLowerCase(), entry);
}

export function getHelpEntry(cmdletName: string): HelpEntry | undefined {
  return help.get(cmdletName.toLowerCase());
}

export function allHelpEntries(): [string, HelpEntry][] {
  return [...help.entries()];
}
