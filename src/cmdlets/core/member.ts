// Get-Member: the TypeName header and a Name / MemberType / Definition table per distinct type, the
// members read from the engine's member model (the tables the evaluator calls).

import { PSObject } from '../../engine/runtime/values.js';
import { typeNameOf } from '../../engine/runtime/members.js';
import { membersOf } from '../../engine/runtime/memberModel.js';
import { define, UTILITY } from './meta.js';
import { listOf, wildcardMatch } from './util.js';
import type { CmdletDefinition } from '../../engine/cmdlet.js';

/** The cmdlets this module declares, gathered by its family index. */
export const cmdlets: CmdletDefinition[] = [];

const MEMBER_DEFINITION = 'Microsoft.PowerShell.Commands.MemberDefinition';

function memberTypeMatches(memberType: string, wanted: string[]): boolean {
  if (wanted.length === 0) return true;
  return wanted.some((w) => {
    const x = w.toLowerCase();
    if (x === 'all') return true;
    if (x === 'properties') return memberType.endsWith('Property') && memberType !== 'ParameterizedProperty';
    if (x === 'methods') return memberType === 'Method' || memberType === 'ParameterizedProperty';
    return memberType.toLowerCase() === x;
  });
}

cmdlets.push(define(
  'Get-Member',
  {
    module: UTILITY,
    params: {
      InputObject: { type: 'PSObject', pipeline: 'True (ByValue)' },
      Name: { type: 'String', array: true, position: 0 },
      MemberType: {
        type: 'PSMemberTypes',
        array: true,
        aliases: ['Type'],
        validateSet: ['AliasProperty', 'CodeProperty', 'Property', 'NoteProperty', 'ScriptProperty', 'Properties', 'PropertySet', 'Method', 'CodeMethod', 'ScriptMethod', 'Methods', 'ParameterizedProperty', 'MemberSet', 'Event', 'Dynamic', 'All'],
      },
      View: { type: 'PSMemberViewTypes' },
      Static: { type: 'SwitchParameter' },
      Force: { type: 'SwitchParameter' },
    },
  },
  () => {
    const seen = new Set<string>();
    let any = false;
    return {
      process(ctx) {
        const inputs = ctx.expectingInput ? [ctx.inputObject] : ctx.bound.has('InputObject') ? [ctx.params.InputObject] : [];
        for (const v of inputs) {
          if (v === null || v === undefined) continue;
          any = true;
          const typeName = typeNameOf(v);
          if (seen.has(typeName)) continue;
          seen.add(typeName);
          const names = listOf(ctx.params.Name).map(String);
          const types = listOf(ctx.params.MemberType).map(String);
          const members = membersOf(v)
            .filter((m) => (names.length === 0 || names.some((p) => wildcardMatch(p, m.name))) && memberTypeMatches(m.memberType, types))
            .sort((a, b) => a.memberType.localeCompare(b.memberType) || a.name.toLowerCase().localeCompare(b.name.toLowerCase()));
          for (const { name, memberType, definition } of members) {
            ctx.writeObject(new PSObject(MEMBER_DEFINITION, [['TypeName', typeName], ['Name', name], ['MemberType', memberType], ['Definition', definition]]), false);
          }
        }
      },
      end(ctx) {
        if (!any) {
          ctx.throwTerminatingError({
            message: 'You must specify an object for the Get-Member cmdlet.',
            errorId: 'NoObjectInGetMember',
            category: 'CloseError',
            exceptionType: 'System.InvalidOperationException',
          });
        }
      },
    };
  },
));
