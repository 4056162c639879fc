// Get-Help for the lab shell's commands (labCmdlets.ts).
// Their example expectations hold on any lab at its start (all tasks open, at least two of them).

import type { HelpDeclaration } from '../catalog/help.js';
import type { LabDefinition } from './labs.js';

/** The type name of Get-LabTask's objects. */
export const LAB_TASK_TYPE = 'CsShell.LabTask';

/** The help of the lab shell's commands for `lab`; only that lab's session reads it (createSession's `help`). */
export function labHelp(lab: LabDefinition): HelpDeclaration[] {
  const help: HelpDeclaration[] = [];
  const related = ['Get-LabTask', 'Test-LabProgress', 'Get-LabHint', 'Reset-Lab', 'Set-LabOption'];
  help.push(['Get-LabTask', {
    synopsis: `Lists the tasks of the lab ${lab.name}, each with whether it is done and what is wrong.`,
    description: 'Runs every task check against this lab shell\'s store. Why says what is still wrong with an unfinished task; Hint is the hint already revealed.',
    parameters: {},
    examples: [{ title: 'The tasks not done yet', code: 'Get-LabTask | Where-Object { -not $_.Done }', remarks: 'Shows only the unfinished tasks.', expect: { shows: ['Number : 1', 'Done   : False'], after: [['@(Get-LabTask | Where-Object { -not $_.Done }).Count', String(lab.tasks.length)]] } }],
    related,
    outputs: `${LAB_TASK_TYPE} objects.`,
  }]);
  help.push(['Test-LabProgress', {
    synopsis: `Shows the lab ${lab.name} task by task, as csshell lab check does.`,
    description: 'Each task is ticked when its check passes; an unfinished task shows what is wrong and the hint already revealed.',
    parameters: {},
    examples: [{ title: 'Check your progress', code: 'Test-LabProgress', remarks: 'Prints the task list with ticks.', expect: { shows: ['[ ] ', `0 of ${lab.tasks.length} tasks done.`] } }],
    related,
    outputs: 'Strings.',
  }]);
  help.push(['Get-LabHint', {
    synopsis: 'Reveals the next hint: a nudge, then the cmdlet to use, then the full command.',
    description: 'Without -Task, the hint is for the first task not done. Each call reveals one more level, and the level is recorded in the lab folder.',
    parameters: { Task: 'The number of the task to get a hint for (1 for the first task).' },
    examples: [{ title: 'A hint for the second task', code: 'Get-LabHint -Task 2', remarks: 'Reveals the next hint level of task 2.', expect: { shows: [`Task 2: ${lab.tasks[1]?.title}`, 'hint 1 of '], after: [['[bool](Get-LabTask | Where-Object Number -eq 2).Hint', 'True']] } }],
    related,
    outputs: 'Strings.',
  }]);
  help.push(['Reset-Lab', {
    synopsis: `Puts the deployment of the lab ${lab.name} back to the lab's start.`,
    description:
      'Every change made in the lab is undone: the deployment is the one the lab started with. The hints revealed and the attempts stay recorded. ' +
      'The command asks for confirmation first; -Force (or -Confirm:$false) resets without asking, -WhatIf only says what it would do.',
    parameters: { Force: 'Resets without asking for confirmation.' },
    examples: [{ title: 'Start the lab again', code: 'Reset-Lab -Force', remarks: 'The lab is back at its start; Test-LabProgress shows no task done.', expect: { shows: [`The lab ${lab.name} is back at its start.`], after: [['@(Get-LabTask | Where-Object Done).Count', '0'], ['[bool](Get-LabTask | Where-Object Number -eq 2).Hint', 'True']] } }],
    related,
    outputs: 'A string saying the lab was reset.',
  }]);
  help.push(['Set-LabOption', {
    synopsis: 'Turns the auto-check on or off: after each command, one line for each task that turned done.',
    description: 'With -AutoCheck $true the lab is checked after each command and "Task 2 done: ..." is shown when a task becomes done. Each auto-check counts as an attempt, as csshell lab check does. csshell lab start --auto-check starts the shell with it on.',
    parameters: { AutoCheck: '$true to check the lab after each command, $false to stop.' },
    examples: [{ title: 'Be told when a task is done', code: 'Set-LabOption -AutoCheck $true', remarks: 'The next command that completes a task prints "Task n done: ...".', expect: { silent: true } }],
    related,
    outputs: 'None.',
  }]);  return help;
}
