// -View of Format-Table / Format-List / Format-Wide. csshell's views carry no names of their own, so
// a view answers to the type name it is registered under [I]; any other name fails with the text 5.1
// builds for a view it cannot find (naming the views there are, or saying there are none).

import type { CmdletContext } from '../../engine/cmdlet.js';
import { dotNetTypeName, toStr } from '../../engine/runtime/convert.js';
import { PSObject } from '../../engine/runtime/values.js';
import { findNamedView, findView, type View } from '../../format/views.js';

export type ViewKind = 'table' | 'list' | 'wide';

const LABELS: Record<View['kind'], string> = { table: 'Table', list: 'List', wide: 'Wide', custom: 'Custom' };
const CMDLETS: Record<View['kind'], string> = { table: 'Format-Table', list: 'Format-List', wide: 'Format-Wide', custom: 'Format-Custom' };

/** Refuses -View together with -Property, as 5.1 does before any object is formatted. */
export function checkViewAndProperty(ctx: CmdletContext): void {
  if (ctx.params.View === undefined || ctx.params.Property === undefined) return;
  ctx.throwTerminatingError({
    message: 'Cmdlet parameters View and Property are mutually exclusive.',
    errorId: 'FormatCannotSpecifyViewAndProperty',
    category: 'InvalidArgument',
    exceptionType: 'System.IO.InvalidDataException',
  });
}

function baseTypeName(o: unknown): string {
  return o instanceof PSObject ? o.typeName : dotNetTypeName(o);
}

function viewNotFound(ctx: CmdletContext, name: string, kind: ViewKind, o: unknown, found: { name: string; view: View } | undefined): never {
  const label = LABELS[kind];
  let message: string;
  if (found && found.view.kind === kind) message = `The view name ${name} cannot be found. Specify one of the following ${label} views and try again: ${found.name}.`;
  else if (found) message = ` The view name ${name} cannot be found in the ${label} formatting. Try using one of these other format cmdlets: ${CMDLETS[found.view.kind]}`;
  else message = `The view name ${name} cannot be found. There are no existing ${label} views for ${baseTypeName(o)} objects.`;
  ctx.throwTerminatingError({ message, errorId: 'FormatViewNotFound', category: 'ObjectNotFound', targetObject: name, exceptionType: 'System.Management.Automation.PipelineStoppedException' });
}

/** The view to shape `o` with: its default one, or the one -View names (else a terminating error). */
export function selectView(ctx: CmdletContext, o: unknown, kind: ViewKind): View | undefined {
  if (ctx.params.View === undefined || ctx.params.View === null) return findView(o, ctx.engine.state.views);
  const name = toStr(ctx.params.View);
  const found = findNamedView(o, ctx.engine.state.views);
  if (found && found.view.kind === kind && found.name.toLowerCase() === name.toLowerCase()) return found.view;
  viewNotFound(ctx, name, kind, o, found);
}
