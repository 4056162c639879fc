// Commands of the lab shell (`csshell lab start` opens the interactive shell on the lab's store):
// the lab's own noun, clearly not Skype cmdlets, so a trainee can follow the lab without leaving the
// shell. [I] Names and the module name are our own; they exist only in a lab shell.

import { cmdletDefinition } from '../catalog/registry.js';
import type { CmdletContext, CmdletDefinition, CmdletMetadata, ParameterMetadata } from '../engine/cmdlet.js';
import { parameter, switchParameter } from '../engine/parameterMetadata.js';
import { PSObject } from '../engine/runtime/values.js';
import type { Store } from '../store/store.js';
import { checkLab, describeLab, type LabDefinition } from './labs.js';
import { HintRecordError, hintLine, hintLines, readHintLevels, revealHint } from './hints.js';
import { ProgressRecordError, recordCheck } from './labProgress.js';
import { LabResetError, resetLabStore } from './labReset.js';
import { AutoCheck } from './autoCheck.js';
import { LAB_TASK_TYPE } from './labHelp.js';

/** [I] The module Get-Command shows for the lab commands. */
export const LAB_MODULE = 'CsShellLab';
export { LAB_TASK_TYPE };

function resetLabMetadata(): CmdletMetadata {
  return { ...metadata('Reset', 'Lab', [switchParameter('Force')], 'System.String'), supportsShouldProcess: true };
}

function metadata(verb: string, noun: string, parameters: ParameterMetadata[], outputType: string): CmdletMetadata {
  return {
    name: `${verb}-${noun}`,
    verb,
    noun,
    defaultParameterSet: null,
    parameterSets: ['__AllParameterSets'],
    supportsShouldProcess: false,
    parameters,
    outputType,
    module: LAB_MODULE,
    className: `CsShell.Lab.${verb}${noun}Command`,
  };
}

/** A hint record that cannot be read is an error of the command, not of the shell. */
function hintLevels(ctx: CmdletContext, folder: string): Record<string, number> | undefined {
  try {
    return readHintLevels(folder);
  } catch (e) {
    if (!(e instanceof HintRecordError)) throw e;
    ctx.writeError({ message: e.message, errorId: 'LabHintRecordDamaged', category: 'InvalidData', targetObject: folder });
    return undefined;
  }
}

/** A progress record that cannot be written is an error of the command; the check itself stands. */
function recordProgress<T>(ctx: CmdletContext, record: () => T): T | undefined {
  try {
    return record();
  } catch (e) {
    if (!(e instanceof ProgressRecordError)) throw e;
    ctx.writeError({ message: e.message, errorId: 'LabProgressRecordDamaged', category: 'InvalidData', targetObject: e.message });
    return undefined;
  }
}

/**
 * The lab shell's commands for `lab`, working on `store` and `folder`: Get-LabTask,
 * Test-LabProgress, Get-LabHint, Reset-Lab, and Set-LabOption (which switches `autoCheck`). Only the
 * lab's session has them (createSession's `cmdlets`; their help, labHelp(lab), is its `help`).
 */
export function labCmdlets(lab: LabDefinition, store: Store, folder: string, autoCheck = new AutoCheck(lab, store, folder)): CmdletDefinition[] {
  return [
    cmdletDefinition(metadata('Get', 'LabTask', [], LAB_TASK_TYPE), () => ({
      async process(ctx) {
        const levels = hintLevels(ctx, folder) ?? {};
        const results = await checkLab(lab, store, folder);
        results.forEach((r, i) => {
          const level = levels[r.task.id] ?? 0;
          ctx.writeObject(
            new PSObject([LAB_TASK_TYPE, 'System.Object'], [
              ['Number', i + 1],
              ['Done', r.done],
              ['Title', r.task.title],
              ['Why', r.diagnosis ?? null],
              ['Hint', level ? hintLine(r.task, level) : null],
            ]),
          );
        });
      },
    })),
    cmdletDefinition(metadata('Test', 'LabProgress', [], 'System.String'), () => ({
      async process(ctx) {
        const levels = hintLevels(ctx, folder) ?? {};
        const results = await checkLab(lab, store, folder);
        recordProgress(ctx, () => recordCheck(lab, folder, results));
        for (const line of describeLab(lab, results, levels)) ctx.writeObject(line);
      },
    })),
    cmdletDefinition(metadata('Get', 'LabHint', [parameter({ name: 'Task', type: 'Int32', position: 0 })], 'System.String'), () => ({
      async process(ctx) {
        const number = ctx.bound.has('Task') ? Number(ctx.params.Task) : undefined;
        if (number !== undefined && (number < 1 || number > lab.tasks.length)) {
          const [limit, side] = number < 1 ? [1, 'less than the minimum'] : [lab.tasks.length, 'greater than the maximum'];
          ctx.throwTerminatingError({
            message: `Cannot validate argument on parameter 'Task'. The ${number} argument is ${side} allowed range of ${limit}. Supply an argument that is ${number < 1 ? 'greater' : 'less'} than or equal to ${limit} and then try the command again.`,
            errorId: 'ParameterArgumentValidationError',
            category: 'InvalidData',
            targetObject: number,
            exceptionType: 'System.Management.Automation.ParameterBindingValidationException',
          });
        }
        if (hintLevels(ctx, folder) === undefined) return;
        const results = number === undefined ? await checkLab(lab, store, folder) : [];
        const hint = revealHint(lab, folder, results, number);
        if (!hint) return ctx.writeObject(`Every task of ${lab.name} is done: there is nothing left to hint at.`);
        ctx.writeObject(`Task ${hint.number}: ${hint.task.title}`);
        for (const line of hintLines(hint.task, hint.level)) ctx.writeObject(line);
      },
    })),
    ...labControlCmdlets(lab, store, folder, autoCheck),
  ];
}

/** Reset-Lab (back to the lab's saved start) and Set-LabOption (the auto-check). */
function labControlCmdlets(lab: LabDefinition, store: Store, folder: string, autoCheck: AutoCheck): CmdletDefinition[] {
  return [
    cmdletDefinition(resetLabMetadata(), () => ({
      async process(ctx) {
        if (!(await ctx.shouldProcess(lab.name, 'Reset lab'))) return;
        // [I] Reset-Lab asks even without -Confirm (all the trainee's work is lost); -Force or
        // -Confirm:$false answer for the trainee.
        const query = `Every change made in the lab ${lab.name} will be lost and the deployment put back to the lab's start. Hints and attempts stay recorded. Do you want to reset the lab?`;
        if (!ctx.bound.has('Confirm') && !(await ctx.shouldContinue(query, 'Reset lab'))) return;
        try {
          resetLabStore(store, folder, lab.name);
        } catch (e) {
          if (!(e instanceof LabResetError)) throw e;
          ctx.throwTerminatingError({ message: e.message, errorId: 'LabResetFailed', category: 'InvalidOperation', targetObject: lab.name });
        }
        ctx.writeObject(`The lab ${lab.name} is back at its start.`);
      },
    })),
    cmdletDefinition(metadata('Set', 'LabOption', [parameter({ name: 'AutoCheck', type: 'Boolean', required: true, position: 0 })], 'None'), () => ({
      process(ctx) {
        autoCheck.enabled = ctx.params.AutoCheck === true;
      },
    })),
  ];
}
