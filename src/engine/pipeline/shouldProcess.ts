// ShouldProcess / ShouldContinue: -WhatIf, -Confirm, $WhatIfPreference, $ConfirmPreference (DOMAIN.md §5.5, §5.6).

import type { CmdletMetadata, ErrorSpec } from '../cmdlet.js';
import type { ChoiceDescription, Host } from '../host.js';

export const CONFIRM_CAPTION = 'Confirm';
export const CONFIRM_QUESTION = 'Are you sure you want to perform this action?';
export const NON_INTERACTIVE_MESSAGE = 'Windows PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.';

const HELP = {
  yes: 'Continue with only the next step of the operation.',
  yesToAll: 'Continue with all the steps of the operation.',
  no: 'Skip this operation and proceed with the next operation.',
  noToAll: 'Skip this operation and all subsequent operations.',
  suspend: 'Pause the current pipeline and return to the command prompt. Type "exit" to resume the pipeline.',
};

/** The -Confirm choices: `[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend`. */
export const CONFIRM_CHOICES: ChoiceDescription[] = [
  { label: '&Yes', help: HELP.yes },
  { label: 'Yes to &All', help: HELP.yesToAll },
  { label: '&No', help: HELP.no },
  { label: 'No to A&ll', help: HELP.noToAll },
  { label: '&Suspend', help: HELP.suspend },
];

/** An Inquire preference (Write-Debug under -Debug): `[Y] Yes  [A] Yes to All  [H] Halt Command  [S] Suspend`. */
export const DEBUG_INQUIRE_CHOICES: ChoiceDescription[] = [
  { label: '&Yes', help: HELP.yes },
  { label: 'Yes to &All', help: HELP.yesToAll },
  { label: '&Halt Command', help: 'Stop this command.' },
  { label: '&Suspend', help: HELP.suspend },
];

/** The ShouldContinue choices: `[Y] Yes  [N] No  [S] Suspend`. */
export const CONTINUE_CHOICES: ChoiceDescription[] = [
  { label: '&Yes', help: HELP.yes },
  { label: '&No', help: HELP.no },
  { label: '&Suspend', help: HELP.suspend },
];

const IMPACT_LEVELS = ['None', 'Low', 'Medium', 'High'];
/** The Cs cmdlets' ConfirmImpact is not documented; Medium keeps them silent under the default `High` preference [I]. */
export const DEFAULT_CONFIRM_IMPACT = 'Medium';

export function whatIfMessage(action: string, target: string): string {
  return `What if: Performing the operation "${action}" on target "${target}".`;
}

export function confirmMessage(action: string, target: string): string {
  return `${CONFIRM_QUESTION}\nPerforming the operation "${action}" on target "${target}".`;
}

export interface ShouldProcessOptions {
  host: Host;
  metadata: CmdletMetadata;
  params: Record<string, unknown>;
  bound: ReadonlySet<string>;
  getVariable(name: string): unknown;
  /** Throws the terminating error (the processor adds the invocation info). */
  fail(spec: ErrorSpec): never;
}

function truthy(v: unknown): boolean {
  if (v && typeof v === 'object' && 'isPresent' in v) return Boolean((v as { isPresent: unknown }).isPresent);
  return Boolean(v);
}

/** One per command invocation: Yes to All / No to All last for the rest of the pipeline. */
export class ShouldProcessController {
  private yesToAll = false;
  private noToAll = false;

  constructor(private readonly o: ShouldProcessOptions) {}

  private whatIf(): boolean {
    if (this.o.bound.has('WhatIf')) return truthy(this.o.params.WhatIf);
    return truthy(this.o.getVariable('WhatIfPreference'));
  }

  private confirm(): boolean {
    if (this.o.bound.has('Confirm')) return truthy(this.o.params.Confirm);
    const pref = String(this.o.getVariable('ConfirmPreference') ?? 'High');
    const level = IMPACT_LEVELS.findIndex((l) => l.toLowerCase() === pref.toLowerCase());
    if (level <= 0) return false;
    return IMPACT_LEVELS.indexOf(DEFAULT_CONFIRM_IMPACT) >= level;
  }

  /**
   * True when shouldProcess would answer yes at once, writing and asking nothing (no -WhatIf, no
   * -Confirm prompt pending): a command may then read, check and write in one transaction.
   */
  proceedsUnasked(): boolean {
    if (!this.o.metadata.supportsShouldProcess) return true;
    return !this.whatIf() && (!this.confirm() || this.yesToAll);
  }

  async shouldProcess(target: string, action?: string): Promise<boolean> {
    if (!this.o.metadata.supportsShouldProcess) return true;
    const act = action ?? this.o.metadata.name;
    if (this.whatIf()) {
      this.o.host.write('host', whatIfMessage(act, target));
      return false;
    }
    if (!this.confirm() || this.yesToAll) return true;
    if (this.noToAll) return false;
    const choice = await this.ask(CONFIRM_CAPTION, confirmMessage(act, target), CONFIRM_CHOICES);
    if (choice === 1) this.yesToAll = true;
    if (choice === 3) this.noToAll = true;
    // Suspend (4) would open a nested prompt; the emulator has none, so it skips the operation [I].
    return choice === 0 || choice === 1;
  }

  /** Asks regardless of -Confirm (e.g. "the policy is in use"); -Force answers Yes. */
  async shouldContinue(query: string, caption: string): Promise<boolean> {
    if (truthy(this.o.params.Force) && this.o.bound.has('Force')) return true;
    const choice = await this.ask(caption, query, CONTINUE_CHOICES);
    return choice === 0;
  }

  private async ask(caption: string, message: string, choices: ChoiceDescription[]): Promise<number> {
    if (!this.o.host.interactive) {
      this.o.fail({
        message: NON_INTERACTIVE_MESSAGE,
        errorId: 'InvalidOperation',
        category: 'InvalidOperation',
        exceptionType: 'System.Management.Automation.PSInvalidOperationException',
      });
    }
    return this.o.host.promptForChoice(caption, message, choices, 0);
  }
}
