// Help content for Get-Help, as data. Every Cs cmdlet's text is written in our own words, kept next
// to its family (src/cmdlets/cs/help/*.ts), which declares it; core cmdlets declare theirs too. A
// session reads them through its HelpTable.
// Examples are real commands that run against the demo deployment: a test runs every one and checks
// what its expectation says it shows or changes.

/**
 * What a help example is seen to do, written from its own text: what the admin sees and/or what the
 * store holds afterwards. Every example carries one (a test fails on an example without).
 */
export interface ExampleExpectation {
  /** Commands run first and not shown: what the example presumes an earlier example did. */
  given?: string;
  /** Text the admin sees, in this order: whole lines (5.1's layout) or distinctive parts of lines. */
  shows?: string[];
  /** Progress the example reports, in order, each as `activity: status`. */
  progress?: string[];
  /** The example prints nothing (as a Set- or Remove- cmdlet in 5.1). */
  silent?: boolean;
  /** Checks run in the same session after the example: a PowerShell command and the text it prints. */
  after?: [command: string, prints: string][];
}

export interface HelpExample {
  /** Short title, e.g. `Allow XMPP for the Sales team`. */
  title: string;
  /** The command(s), runnable on a fresh demo store (what they presume beyond it is the expectation's `given`). */
  code: string;
  /** One or two sentences on what it does. */
  remarks: string;
  /** What the example shows or changes; Get-Help does not print it. */
  expect: ExampleExpectation;
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

/** One help example, written as `example(title, code, remarks, expect)`. */
export function example(title: string, code: string, remarks: string, expect: ExampleExpectation): HelpExample {
  return { title, code, remarks, expect };
}

/** One cmdlet's help as a module declares it: the cmdlet's name and its text. */
export type HelpDeclaration = [cmdletName: string, entry: HelpEntry];

/**
 * Help text found by cmdlet name: the built-in help, and over it what one session adds (a lab's
 * commands bring their own). Never changed once made, so sessions share the built-in one.
 */
export class HelpTable {
  private readonly byName = new Map<string, HelpDeclaration>();

  constructor(
    declarations: readonly HelpDeclaration[],
    private readonly base?: HelpTable,
  ) {
    for (const d of declarations) this.byName.set(d[0].toLowerCase(), d);
  }

  get(cmdletName: string): HelpEntry | undefined {
    const key = cmdletName.toLowerCase();
    return this.byName.get(key)?.[1] ?? this.base?.get(key);
  }

  /** Every entry, this table's own replacing the base's of the same name. */
  all(): HelpDeclaration[] {
    if (!this.base) return [...this.byName.values()];
    return [...this.base.all().filter(([name]) => !this.byName.has(name.toLowerCase())), ...this.byName.values()];
  }
}
