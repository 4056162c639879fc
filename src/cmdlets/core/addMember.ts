// Add-Member: note, alias and script properties and script methods on custom and Cs objects (and
// beside arrays and hashtables), plus -TypeName; and mkdir (New-Item -ItemType Directory), which PowerShell ships as a function.

import type { CmdletContext } from '../../engine/cmdlet.js';
import { toStr } from '../../engine/runtime/convert.js';
import { ErrorRecord, PSRuntimeError } from '../../engine/errors.js';
import { PSArrayList, PSHashtable, PSObject, ScriptBlockValue } from '../../engine/runtime/values.js';
import { instanceMemberBag, instanceMembersFor } from '../../engine/members/instanceMembers.js';
import { boxedCopy, isNumeric } from '../../engine/runtime/numbers.js';
import { convertToType, resolveType, type ResolvedType } from '../../engine/runtime/types.js';
import { cmdletDefinition } from '../../catalog/registry.js';
import { fileItem } from './fileItems.js';
import { absolutePsPath, filesOf, resolveFile, shownPsPath } from './location.js';
import { define, MANAGEMENT, metadata, UTILITY } from './meta.js';
import { listOf } from './util.js';
import type { CmdletDefinition } from '../../engine/cmdlet.js';

/** The cmdlets this module declares, gathered by its family index. */
export const cmdlets: CmdletDefinition[] = [];

const SUPPORTED = ['NoteProperty', 'AliasProperty', 'ScriptProperty', 'ScriptMethod'];

function alreadyExists(ctx: CmdletContext, name: string): void {
  ctx.writeError({
    message: `Cannot add a member with the name "${name}" because a member with that name already exists. To overwrite the member anyway, add the Force parameter to your command.`,
    errorId: 'MemberAlreadyExists',
    category: 'InvalidOperation',
    targetObject: name,
    exceptionType: 'System.InvalidOperationException',
  });
}

/** An alias property: reads (converted to -SecondValue's type when given) and writes go to its target. */
function addAlias(o: PSObject, name: string, target: string, convertTo: ResolvedType | undefined, typeText: string): void {
  let resolving = false;
  o.addComputed(name, () => {
    if (resolving) {
      // [I] message wording; the error id and exception type are PowerShell's.
      throw new PSRuntimeError(new ErrorRecord({ message: `The alias property "${name}" cannot be resolved because its chain of aliases leads back to itself.`, errorId: 'CycleInAliasLookup', category: 'NotSpecified', exceptionType: 'System.Management.Automation.ExtendedTypeSystemException', targetName: '', targetType: '' }));
    }
    resolving = true;
    try {
      const value = o.get(target);
      return convertTo ? convertToType(value, convertTo) : value;
    } finally {
      resolving = false;
    }
  });
  const p = o.getProperty(name)!;
  p.setter = (value) => void o.set(target, value);
  p.memberType = 'AliasProperty';
  p.definition = convertTo ? `${name} = (${typeText})${target}` : `${name} = ${target}`;
}

/** PSMemberTypes Add-Member never adds (5.1 refuses them with CannotAddMemberType). */
const NEVER_ADDED = ['property', 'method', 'parameterizedproperty', 'event', 'dynamic', 'inferredproperty', 'properties', 'methods', 'all'];

function refuseMemberType(ctx: CmdletContext, memberType: string, name: string): void {
  if (NEVER_ADDED.includes(memberType.toLowerCase())) {
    ctx.writeError({ message: `Cannot add a member with type "${memberType}". Specify a different type for the MemberTypes parameter.`, errorId: 'CannotAddMemberType', category: 'InvalidOperation', targetObject: name, exceptionType: 'System.InvalidOperationException' });
    return;
  }
  // [I] CodeProperty, CodeMethod, PropertySet and MemberSet exist in 5.1 but not in this shell (no .NET code to point at).
  ctx.writeError({
    message: `Members of type ${memberType} cannot be added in this shell. Use NoteProperty, AliasProperty, ScriptProperty or ScriptMethod.`,
    errorId: 'MemberTypeNotSupportedInShell',
    category: 'NotImplemented',
    targetObject: name,
    exceptionType: 'System.NotSupportedException',
  });
}

/** The type -SecondValue names for an alias property; undefined when not given; null (error written) when unknown. */
function aliasType(ctx: CmdletContext): ResolvedType | undefined | null {
  const second = ctx.params.SecondValue;
  if (second === undefined || second === null) return undefined;
  const text = toStr(second).replace(/^\[|\]$/g, '');
  try {
    return resolveType({ text, name: text.replace(/\[\]$/, ''), genericArguments: [], isArray: text.endsWith('[]') });
  } catch (e) {
    if (!(e instanceof PSRuntimeError)) throw e;
    ctx.writeError(e.record);
    return null;
  }
}

/** A script property's getter (-Value) and setter (-SecondValue) must be script blocks or absent. */
function scriptBlockOrNull(ctx: CmdletContext, name: string, ...blocks: unknown[]): boolean {
  if (blocks.every((b) => b === null || b instanceof ScriptBlockValue)) return true;
  // [I] wording: 5.1 reports a failed conversion to ScriptBlock here.
  ctx.writeError({ message: 'The value of a ScriptProperty must be a script block.', errorId: 'ScriptPropertyNeedsScriptBlock', category: 'InvalidArgument', targetObject: name });
  return false;
}

/** Adds one member; false when it was refused (an error has been written). */
function addOne(ctx: CmdletContext, o: PSObject, memberType: string, name: string, value: unknown): boolean {
  if (o.has(name) && !ctx.params.Force) {
    alreadyExists(ctx, name);
    return false;
  }
  const kind = SUPPORTED.find((k) => k.toLowerCase() === memberType.toLowerCase());
  if (!kind) {
    refuseMemberType(ctx, memberType, name);
    return false;
  }
  if (kind === 'ScriptMethod' && !(value instanceof ScriptBlockValue)) {
    ctx.writeError({ message: `The value of a ScriptMethod must be a script block.`, errorId: 'ScriptMethodNeedsScriptBlock', category: 'InvalidArgument', targetObject: name });
    return false;
  }
  const second = ctx.params.SecondValue ?? null;
  if (kind === 'ScriptProperty' && !scriptBlockOrNull(ctx, name, value, second)) return false;
  const convertTo = kind === 'AliasProperty' ? aliasType(ctx) : undefined;
  if (convertTo === null) return false;
  if (o.has(name)) o.remove(name);
  if (kind === 'AliasProperty') addAlias(o, name, toStr(value), convertTo, toStr(ctx.params.SecondValue ?? ''));
  else if (kind === 'ScriptProperty') ctx.engine.defineScriptProperty!(o, name, value as ScriptBlockValue | null, second as ScriptBlockValue | null);
  else {
    o.add(name, value);
    if (kind === 'ScriptMethod') {
      const p = o.getProperty(name)!;
      p.memberType = 'ScriptMethod';
      p.definition = `System.Object ${name}();`;
    }
  }
  return true;
}

/**
 * Where the members go: a PSObject itself; an array, list, hashtable or boxed number keeps them beside
 * it (every variable holding it sees them, as in PowerShell). A plain number with -PassThru is first
 * copied into a box of its own, which goes on as the same number carrying the members. Without
 * -PassThru 5.1's wrapper of a number or string is thrown away, so nothing happens. A string would
 * need a wrapper operators see through: with -PassThru the shell says it cannot [I].
 */
function memberTarget(ctx: CmdletContext, input: unknown): { holder: PSObject; output: unknown } | undefined {
  if (input instanceof PSObject) return { holder: input, output: input };
  if (Array.isArray(input) || input instanceof PSArrayList || input instanceof PSHashtable) return { holder: instanceMembersFor(input), output: input };
  if (!ctx.params.PassThru) return undefined;
  if (isNumeric(input)) {
    const boxed = typeof input === 'object' && instanceMemberBag(input) ? input : boxedCopy(input);
    return { holder: instanceMembersFor(boxed), output: boxed };
  }
  ctx.writeError({
    message: 'Add-Member -PassThru cannot extend a string in this shell; add the member to a custom object instead.',
    errorId: 'CannotAddMemberToValue',
    category: 'NotImplemented',
    targetObject: input,
    exceptionType: 'System.NotSupportedException',
  });
  return undefined;
}

cmdlets.push(define(
  'Add-Member',
  {
    module: UTILITY,
    defaultSet: 'TypeNameSet',
    params: {
      InputObject: { type: 'PSObject', mandatory: true, pipeline: 'True (ByValue)' },
      MemberType: { type: 'PSMemberTypes', aliases: ['Type'], sets: { MemberSet: [true, 0] } },
      Name: { type: 'String', sets: { MemberSet: [true, 1] } },
      Value: { type: 'Object', sets: { MemberSet: [false, 2] } },
      SecondValue: { type: 'Object', sets: { MemberSet: [false, 3] } },
      NotePropertyName: { type: 'String', sets: { NotePropertySingleMemberSet: [true, 0] } },
      NotePropertyValue: { type: 'Object', sets: { NotePropertySingleMemberSet: [true, 1] } },
      NotePropertyMembers: { type: 'IDictionary', sets: { NotePropertyMultiMemberSet: [true, 0] } },
      TypeName: { type: 'String', sets: { TypeNameSet: [true, null], MemberSet: [false, null], NotePropertySingleMemberSet: [false, null], NotePropertyMultiMemberSet: [false, null] } },
      Force: { type: 'SwitchParameter', sets: { MemberSet: [false, null], NotePropertySingleMemberSet: [false, null], NotePropertyMultiMemberSet: [false, null] } },
      PassThru: { type: 'SwitchParameter' },
    },
  },
  () => ({
    process(ctx) {
      const input = ctx.expectingInput ? ctx.inputObject : ctx.params.InputObject;
      const target = memberTarget(ctx, input);
      if (!target) return;
      const o = target.holder;
      const p = ctx.params;
      let ok = true;
      if (ctx.parameterSetName === 'MemberSet') ok = addOne(ctx, o, toStr(p.MemberType), toStr(p.Name), p.Value ?? null);
      else if (ctx.parameterSetName === 'NotePropertySingleMemberSet') ok = addOne(ctx, o, 'NoteProperty', toStr(p.NotePropertyName), p.NotePropertyValue ?? null);
      else if (ctx.parameterSetName === 'NotePropertyMultiMemberSet' && p.NotePropertyMembers instanceof PSHashtable) {
        for (const [k, v] of p.NotePropertyMembers.entries()) ok = addOne(ctx, o, 'NoteProperty', toStr(k), v) && ok;
      }
      if (p.TypeName !== undefined && !o.typeNames.includes(toStr(p.TypeName))) o.editableTypeNames().unshift(toStr(p.TypeName));
      if (ok && p.PassThru) ctx.writeObject(target.output, false);
    },
  }),
));

const mkdirMeta = metadata('New-Item', {
  module: MANAGEMENT,
  params: {
    Path: { type: 'String', array: true, position: 0, pipeline: 'True (ByPropertyName)' },
    Name: { type: 'String', pipeline: 'True (ByPropertyName)' },
    Value: { type: 'Object', pipeline: 'True (ByPropertyName, ByValue)' },
    Force: { type: 'SwitchParameter' },
  },
});

/** mkdir: creates the folder and any missing parents; an existing folder is an error unless -Force. */
cmdlets.push(cmdletDefinition({ ...mkdirMeta, name: 'mkdir', verb: '', noun: '', className: 'Microsoft.PowerShell.Commands.NewItemCommand' }, () => ({
  process(ctx) {
    const bases = ctx.params.Path ? listOf(ctx.params.Path).map(toStr) : ['.'];
    for (const base of bases) {
      const p = ctx.params.Name !== undefined ? `${base.replace(/[\\/]$/, '')}\\${toStr(ctx.params.Name)}` : base;
      const host = resolveFile(ctx, p);
      if (filesOf(ctx).exists(host) && !ctx.params.Force) {
        ctx.writeError({
          message: `An item with the specified name ${absolutePsPath(ctx.engine, p)} already exists.`,
          errorId: 'DirectoryExist',
          category: 'ResourceExists',
          targetObject: absolutePsPath(ctx.engine, p),
          exceptionType: 'System.IO.IOException',
        });
        continue;
      }
      filesOf(ctx).mkdir(host);
      ctx.writeObject(fileItem(ctx.engine.session.workingDirectory, host, true, shownPsPath(ctx.engine, p)));
    }
  },
})));
