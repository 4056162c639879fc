// [ValidateRange(min, max)] of a core cmdlet parameter, checked by the cmdlet with the binder's wording
// (the compact core metadata has no range of its own).

import type { CmdletContext } from '../../engine/cmdlet.js';

export function checkParameterRange(ctx: CmdletContext, name: string, value: number, min: number, max: number): void {
  let detail = '';
  if (value < min) detail = `The ${value} argument is less than the minimum allowed range of ${min}. Supply an argument that is greater than or equal to ${min} and then try the command again.`;
  if (value > max) detail = `The ${value} argument is greater than the maximum allowed range of ${max}. Supply an argument that is less than or equal to ${max} and then try the command again.`;
  if (!detail) return;
  ctx.throwTerminatingError({
    message: `Cannot validate argument on parameter '${name}'. ${detail}`,
    errorId: 'ParameterArgumentValidationError',
    category: 'InvalidData',
    exceptionType: 'System.Management.Automation.ParameterBindingValidationException',
  });
}
