// `csshell lab start` on a lab that was already started, in a terminal: ask whether to resume it or
// start again, in the style of PowerShell's choice prompts. [I] Outside a terminal the CLI does not
// ask: it stops with a message naming --resume and --reset (labCommand.ts).

import { createInterface } from 'node:readline';

export type ResumeChoice = 'resume' | 'reset' | 'cancel';

/** The choice an answer names; an empty answer takes the default (resume), anything else asks again. */
export function resumeChoice(answer: string): ResumeChoice | undefined {
  const a = answer.trim().toLowerCase();
  if (a === '' || a === 'r') return 'resume';
  if (a === 's') return 'reset';
  if (a === 'c') return 'cancel';
  return undefined;
}

/** Asks on stderr and reads stdin; the end of input cancels. */
export function askResumeOrReset(labName: string, folder: string): Promise<ResumeChoice> {
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: false });
  process.stderr.write(`The lab ${labName} was already started in ${folder}.\n`);
  const question = '[R] Resume  [S] Start again from scratch  [C] Cancel  (default is "R"): ';
  return new Promise((resolvePromise) => {
    let settled = false;
    const finish = (choice: ResumeChoice) => {
      settled = true;
      rl.close();
      resolvePromise(choice);
    };
    rl.on('close', () => {
      if (!settled) resolvePromise('cancel');
    });
    const ask = () =>
      rl.question(question, (answer) => {
        const choice = resumeChoice(answer);
        if (choice) finish(choice);
        else ask();
      });
    ask();
  });
}
