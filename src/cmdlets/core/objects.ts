// New-Object, Get-Credential, ConvertTo-SecureString, ConvertFrom-SecureString.

import type { CmdletContext } from '../../engine/cmdlet.js';
import { toStr } from '../../engine/runtime/convert.js';
import { PSRuntimeError } from '../../engine/errors.js';
import { convertToType, resolveType } from '../../engine/runtime/types.js';
import { setCustomObjectProperties } from '../../engine/runtime/customObjects.js';
import { PSArrayList, PSCredential, PSHashtable, PSObject, SecureString, TimeSpan } from '../../engine/runtime/values.js';
import type { TypeName } from '../../lang/ast.js';
import { nonInteractive } from './hostCmdlets.js';
import { newStringBuilder } from './stringBuilder.js';
import { isStreamType, newUtf8Encoding, openStream, StreamArgumentError } from '../../engine/statics/streams.js';
import { StreamIoError } from '../../engine/files/textStreams.js';
import { newNoteProperty } from '../../engine/members/memberInfo.js';
import { define, SECURITY, UTILITY } from './meta.js';
import { listOf } from './util.js';
import type { CmdletDefinition } from '../../engine/cmdlet.js';

/** The cmdlets this module declares, gathered by its family index. */
export const cmdlets: CmdletDefinition[] = [];

/** Parses `System.Collections.Generic.List[string]` / `string[]` into the AST's TypeName shape. */
export function parseTypeName(text: string): TypeName {
  const t = text.trim().replace(/^\[(.*)\]$/, '$1');
  if (t.endsWith('[]')) return { text: t, name: t.slice(0, -2), genericArguments: [], isArray: true };
  const open = t.indexOf('[');
  if (open > 0 && t.endsWith(']')) {
    const inner = t.slice(open + 1, -1);
    const args: string[] = [];
    let depth = 0;
    let cur = '';
    for (const c of inner) {
      if (c === ',' && depth === 0) {
        args.push(cur);
        cur = '';
        continue;
      }
      if (c === '[') depth++;
      if (c === ']') depth--;
      cur += c;
    }
    args.push(cur);
    return { text: t, name: t.slice(0, open), genericArguments: args.map(parseTypeName), isArray: false };
  }
  return { text: t, name: t, genericArguments: [], isArray: false };
}

function typeNotFound(ctx: CmdletContext, name: string): never {
  ctx.throwTerminatingError({
    message: `Cannot find type [${name}]: verify that the assembly containing this type is loaded.`,
    errorId: 'TypeNotFound',
    category: 'InvalidType',
    exceptionType: 'System.Management.Automation.PSArgumentException',
  });
}

function noOverload(ctx: CmdletContext, type: string, count: number): never {
  ctx.throwTerminatingError({
    message: `Cannot find an overload for "${type}" and the argument count: "${count}".`,
    errorId: 'ConstructorInvokedThrowException',
    category: 'InvalidOperation',
    exceptionType: 'System.Management.Automation.MethodException',
  });
}

/** A StreamWriter or StreamReader: .NET's exception inside the constructor is `Exception calling ".ctor" …`. */
function newStream(ctx: CmdletContext, fullName: string, args: unknown[]): unknown {
  try {
    return openStream(ctx.engine, fullName, args);
  } catch (e) {
    const failed = (message: string, exceptionType: string) =>
      ctx.throwTerminatingError({ message, errorId: 'ConstructorInvokedThrowException', category: 'InvalidOperation', exceptionType });
    if (e instanceof StreamIoError) failed(`Exception calling ".ctor" with "${args.length}" argument(s): "${e.message}"`, 'System.Management.Automation.MethodInvocationException');
    if (e instanceof StreamArgumentError) failed(e.messageFor(fullName.split('.').pop()!), 'System.Management.Automation.MethodException');
    throw e;
  }
}

const CUSTOM_NAMES = new Set(['psobject', 'system.management.automation.psobject', 'pscustomobject', 'system.management.automation.pscustomobject']);

function construct(ctx: CmdletContext, typeText: string, args: unknown[]): unknown {
  const lower = typeText.trim().toLowerCase().replace(/^system\./, '');
  if (CUSTOM_NAMES.has(lower) || CUSTOM_NAMES.has(`system.${lower}`)) return new PSObject('System.Management.Automation.PSCustomObject');
  if (lower === 'collections.hashtable' || lower === 'hashtable') return new PSHashtable();
  if (lower === 'collections.arraylist') return new PSArrayList(args.length === 1 && Array.isArray(args[0]) ? [...args[0]] : []);
  if (lower === 'management.automation.pscredential' || lower === 'pscredential') {
    if (args.length !== 2) noOverload(ctx, 'PSCredential', args.length);
    if (!(args[1] instanceof SecureString)) {
      ctx.throwTerminatingError({
        message: `Cannot convert argument "password", with value: "${toStr(args[1])}", for "PSCredential" to type "System.Security.SecureString": "Cannot convert the "${toStr(args[1])}" value of type "System.String" to type "System.Security.SecureString"."`,
        errorId: 'ConstructorInvokedThrowException',
        category: 'InvalidOperation',
        exceptionType: 'System.Management.Automation.MethodException',
      });
    }
    return new PSCredential(toStr(args[0]), args[1]);
  }
  if (lower === 'datetime') {
    const n = args.map(Number);
    if (n.length === 0) return new Date(1, 0, 1);
    if (n.length < 3) noOverload(ctx, 'DateTime', n.length);
    return new Date(n[0]!, n[1]! - 1, n[2]!, n[3] ?? 0, n[4] ?? 0, n[5] ?? 0, n[6] ?? 0);
  }
  if (lower === 'timespan') {
    const n = args.map(Number);
    if (n.length === 1) return new TimeSpan(n[0]!);
    if (n.length === 3) return new TimeSpan(((n[0]! * 60 + n[1]!) * 60 + n[2]!) * 10_000_000);
    if (n.length >= 4) return new TimeSpan((((n[0]! * 24 + n[1]!) * 60 + n[2]!) * 60 + n[3]!) * 10_000_000 + (n[4] ?? 0) * 10_000);
    noOverload(ctx, 'TimeSpan', n.length);
  }
  if (lower === 'management.automation.psnoteproperty' || lower === 'psnoteproperty') return newNoteProperty(args) ?? noOverload(ctx, 'PSNoteProperty', args.length);
  if (lower === 'security.securestring') return new SecureString('');
  if (lower === 'text.stringbuilder') return newStringBuilder(args.length && typeof args[0] === 'string' ? args[0] : '');
  let resolved;
  try {
    resolved = resolveType(parseTypeName(typeText));
  } catch (e) {
    if (e instanceof PSRuntimeError) typeNotFound(ctx, typeText);
    throw e;
  }
  if (isStreamType(resolved.fullName)) return newStream(ctx, resolved.fullName, args);
  if (resolved.fullName === 'System.Text.UTF8Encoding') return newUtf8Encoding(args);
  if (resolved.listOf) return convertToType(args.length === 1 ? args[0] : null, resolved);
  if (args.length === 1) {
    try {
      return convertToType(args[0], resolved);
    } catch {
      noOverload(ctx, resolved.fullName.split('.').pop()!, 1);
    }
  }
  if (args.length === 0) {
    if (resolved.fullName === 'System.String') return '';
    if (/^System\.(Int32|Int64|Double|Decimal|Byte|UInt32)$/.test(resolved.fullName)) return 0;
    if (resolved.fullName === 'System.Boolean') return false;
  }
  typeNotFound(ctx, typeText);
}

/** -Property: a custom object's are set as 5.1 sets them (a PSTypeName names its type), others' as given. */
function setProperties(ctx: CmdletContext, obj: unknown, props: PSHashtable): void {
  if (obj instanceof PSObject && obj.isCustom) {
    try {
      setCustomObjectProperties(obj, props.entries());
    } catch (e) {
      if (!(e instanceof PSRuntimeError)) throw e;
      const { message, category, exceptionType } = e.record;
      ctx.throwTerminatingError({ message, category, exceptionType, errorId: e.record.fullyQualifiedErrorId });
    }
    return;
  }
  for (const [k, v] of props.entries()) {
    if (obj instanceof PSObject) obj.add(toStr(k), v);
    else if (obj instanceof PSHashtable) obj.set(k, v);
  }
}

cmdlets.push(define(
  'New-Object',
  {
    module: UTILITY,
    defaultSet: 'Net',
    params: {
      TypeName: { type: 'String', sets: { Net: [true, 0] } },
      ComObject: { type: 'String', sets: { Com: [true, 0] } },
      ArgumentList: { type: 'Object', array: true, aliases: ['Args'], sets: { Net: [false, 1] } },
      Strict: { type: 'SwitchParameter', sets: { Com: [false, null] } },
      Property: { type: 'IDictionary' },
    },
  },
  () => ({
    process(ctx) {
      if (ctx.parameterSetName === 'Com') {
        ctx.throwTerminatingError({
          message: `Retrieving the COM class factory for component with CLSID {00000000-0000-0000-0000-000000000000} failed due to the following error: 80040154 Class not registered (Exception from HRESULT: 0x80040154 (REGDB_E_CLASSNOTREG)).`,
          errorId: 'NoCOMClassIdentified',
          category: 'ResourceUnavailable',
          exceptionType: 'System.Runtime.InteropServices.COMException',
        });
      }
      const obj = construct(ctx, toStr(ctx.params.TypeName), listOf(ctx.params.ArgumentList));
      const props = ctx.params.Property;
      if (props instanceof PSHashtable) setProperties(ctx, obj, props);
      ctx.writeObject(obj, false);
    },
  }),
));

cmdlets.push(define(
  'Get-Credential',
  {
    module: SECURITY,
    defaultSet: 'CredentialSet',
    params: {
      Credential: { type: 'PSCredential', sets: { CredentialSet: [false, 0] } },
      Message: { type: 'String', sets: { MessageSet: [false, null] } },
      UserName: { type: 'String', sets: { MessageSet: [false, 0] } },
      Title: { type: 'String', sets: { MessageSet: [false, null] } },
    },
  },
  () => ({
    async process(ctx) {
      const given = ctx.params.Credential;
      if (given instanceof PSCredential) {
        ctx.writeObject(given);
        return;
      }
      if (!ctx.engine.host.interactive) nonInteractive(ctx);
      const user = given !== undefined && given !== null ? toStr(given) : ctx.params.UserName !== undefined ? toStr(ctx.params.UserName) : undefined;
      const caption = ctx.params.Title !== undefined ? toStr(ctx.params.Title) : 'Windows PowerShell credential request.';
      const message = ctx.params.Message !== undefined ? toStr(ctx.params.Message) : 'Enter your credentials.';
      const fields = [
        ...(user === undefined ? [{ name: 'User', typeName: 'System.String' }] : []),
        { name: 'Password', typeName: 'System.Security.SecureString', isSecure: true },
      ];
      const answer = await ctx.engine.host.prompt(caption, message, fields);
      if (!answer) return;
      const name = user ?? toStr(answer.User ?? '');
      ctx.writeObject(new PSCredential(name, new SecureString(toStr(answer.Password ?? ''))));
    },
  }),
));

/** [I] The "encrypted standard string": a DPAPI-looking prefix plus obfuscated UTF-16 hex. Not real protection. */
const PROTECTED_PREFIX = '01000000d08c9ddf0115d1118c7a00c04fc297eb';
const MASK = 0x5a;

export function protectSecret(s: SecureString): string {
  const bytes = Buffer.from(s.reveal(), 'utf16le').map((b) => b ^ MASK);
  return PROTECTED_PREFIX + Buffer.from(bytes).toString('hex');
}

export function unprotectSecret(text: string): string | undefined {
  if (!text.toLowerCase().startsWith(PROTECTED_PREFIX) || !/^[0-9a-f]*$/i.test(text) || text.length % 2) return undefined;
  const bytes = Buffer.from(text.slice(PROTECTED_PREFIX.length), 'hex').map((b) => b ^ MASK);
  return Buffer.from(bytes).toString('utf16le');
}

cmdlets.push(define(
  'ConvertTo-SecureString',
  {
    module: SECURITY,
    defaultSet: 'Secure',
    params: {
      // The plain text (or its weakly protected form) and the key are secrets: masked wherever commands are echoed.
      String: { type: 'String', pipeline: 'True (ByValue)', sets: { Secure: [true, 0], PlainText: [true, 0], Open: [true, 0] }, secret: true },
      AsPlainText: { type: 'SwitchParameter', sets: { PlainText: [false, 1] } },
      Force: { type: 'SwitchParameter', sets: { PlainText: [false, 2] } },
      SecureKey: { type: 'SecureString', sets: { Secure: [false, 1] } },
      Key: { type: 'Byte', array: true, sets: { Open: [false, null] }, secret: true },
    },
  },
  () => ({
    process(ctx) {
      const text = toStr(ctx.params.String);
      if (ctx.parameterSetName === 'PlainText' || ctx.params.AsPlainText) {
        if (!ctx.params.Force) {
          ctx.throwTerminatingError({
            message:
              'The system cannot protect plain text input. To suppress this warning and convert the plain text to a SecureString, reenter the command using the Force parameter. For more information, type: get-help ConvertTo-SecureString.',
            errorId: 'ImportSecureString_InvalidArgument',
            category: 'InvalidArgument',
            exceptionType: 'System.Management.Automation.PSArgumentException',
          });
        }
        ctx.writeObject(new SecureString(text));
        return;
      }
      const plain = unprotectSecret(text);
      if (plain === undefined) {
        ctx.throwTerminatingError({
          message: 'Input string was not in a correct format.',
          errorId: 'ImportSecureString_InvalidArgument_CryptographicError',
          category: 'InvalidArgument',
          exceptionType: 'System.FormatException',
        });
      }
      ctx.writeObject(new SecureString(plain as string));
    },
  }),
));

cmdlets.push(define(
  'ConvertFrom-SecureString',
  {
    module: SECURITY,
    defaultSet: 'Secure',
    params: {
      SecureString: { type: 'SecureString', mandatory: true, position: 0, pipeline: 'True (ByValue)' },
      SecureKey: { type: 'SecureString', sets: { Secure: [false, 1] } },
      Key: { type: 'Byte', array: true, sets: { Open: [false, null] }, secret: true },
    },
  },
  () => ({
    process(ctx) {
      const s = ctx.params.SecureString;
      if (!(s instanceof SecureString)) {
        ctx.throwTerminatingError({
          message: `Cannot bind parameter 'SecureString'. Cannot convert the "${toStr(s)}" value of type "System.String" to type "System.Security.SecureString".`,
          errorId: 'CannotConvertArgumentNoMessage',
          category: 'InvalidArgument',
          exceptionType: 'System.Management.Automation.ParameterBindingException',
        });
      }
      ctx.writeObject(protectSecret(s as SecureString));
    },
  }),
));
