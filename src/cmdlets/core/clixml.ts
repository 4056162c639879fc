// Export-Clixml / Import-Clixml: PowerShell's CLIXML serialization of the values csshell has
// (strings, numbers, booleans, dates, time spans, secure strings, lists, hashtables, credentials and
// objects with properties). Imported objects carry `Deserialized.` type names, as in PowerShell.

import { type NumericType, type PsNumber, isNumeric, numberToString, numericType } from '../../engine/runtime/numbers.js';
import { formatNumberWith } from '../../engine/runtime/numberFormat.js';
import { parseNumberAs } from '../../engine/runtime/numberText.js';
import { toStr } from '../../engine/runtime/convert.js';
import { PSArrayList, PSCredential, PSHashtable, PSObject, SecureString, TimeSpan } from '../../engine/runtime/values.js';
import { typeNameOf } from '../../engine/runtime/members.js';
import { decodeText } from './encoding.js';
import { absolutePsPath, filesOf, resolveFile } from './location.js';
import { define, UTILITY } from './meta.js';
import { protectSecret, unprotectSecret } from './objects.js';
import { writeTextFile } from './out.js';
import { listOf } from './util.js';
import type { CmdletDefinition } from '../../engine/cmdlet.js';

/** The cmdlets this module declares, gathered by its family index. */
export const cmdlets: CmdletDefinition[] = [];

/** CLIXML element names of the numeric types. */
const CLIXML_NUMBER_TAGS: Record<NumericType, string> = { Byte: 'By', SByte: 'SB', Int16: 'I16', UInt16: 'U16', Int32: 'I32', UInt32: 'U32', Int64: 'I64', UInt64: 'U64', Single: 'Sg', Double: 'Db', Decimal: 'D' };
const NUMBER_TYPE_OF_TAG = new Map(Object.entries(CLIXML_NUMBER_TAGS).map(([type, tag]) => [tag, type as NumericType]));

const NS = 'http://schemas.microsoft.com/powershell/2004/04';
const CUSTOM = 'System.Management.Automation.PSCustomObject';

function xmlText(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\r]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}

function duration(t: TimeSpan): string {
  const { negative, days: d, hours: h, minutes: m, seconds, ticks } = t.parts();
  const s = seconds + ticks / 10_000_000;
  return `${negative ? '-' : ''}P${d ? `${d}D` : ''}T${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s || (!d && !h && !m) ? `${s}S` : ''}`;
}

function isoDate(d: Date): string {
  const off = -d.getTimezoneOffset();
  const p = (n: number, w = 2) => String(Math.abs(n)).padStart(w, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}.${p(d.getMilliseconds(), 3)}0000${off < 0 ? '-' : '+'}${p(Math.floor(Math.abs(off) / 60))}:${p(Math.abs(off) % 60)}`;
}

class Writer {
  private refId = 0;
  readonly lines: string[] = [];

  value(v: unknown, indent: string, name: string | undefined, depth: number): void {
    const n = name === undefined ? '' : ` N="${xmlText(name)}"`;
    const prim = (tag: string, text: string) => this.lines.push(`${indent}<${tag}${n}>${text}</${tag}>`);
    if (v === null || v === undefined) this.lines.push(`${indent}<Nil${n} />`);
    else if (typeof v === 'string') prim('S', xmlText(v));
    else if (typeof v === 'boolean') prim('B', v ? 'true' : 'false');
    else if (isNumeric(v)) prim(CLIXML_NUMBER_TAGS[numericType(v)], clixmlNumberText(v));
    else if (v instanceof Date) prim('DT', isoDate(v));
    else if (v instanceof TimeSpan) prim('TS', duration(v));
    else if (v instanceof SecureString) prim('SS', protectSecret(v));
    else this.object(v, indent, n, depth);
  }

  private open(indent: string, n: string, types: string[]): void {
    this.lines.push(`${indent}<Obj${n} RefId="${this.refId}">`, `${indent}  <TN RefId="${this.refId++}">`);
    for (const t of types) this.lines.push(`${indent}    <T>${xmlText(t)}</T>`);
    this.lines.push(`${indent}  </TN>`);
  }

  private object(v: unknown, indent: string, n: string, depth: number): void {
    if (depth < 0) {
      this.lines.push(`${indent}<S${n}>${xmlText(toStr(v))}</S>`);
      return;
    }
    const inner = `${indent}    `;
    if (Array.isArray(v) || v instanceof PSArrayList) {
      this.open(indent, n, [typeNameOf(v), 'System.Object']);
      this.lines.push(`${indent}  <LST>`);
      for (const item of listOf(v)) this.value(item, inner, undefined, depth - 1);
      this.lines.push(`${indent}  </LST>`, `${indent}</Obj>`);
    } else if (v instanceof PSHashtable) {
      this.open(indent, n, ['System.Collections.Hashtable', 'System.Object']);
      this.lines.push(`${indent}  <DCT>`);
      for (const [k, val] of v.entries()) {
        this.lines.push(`${inner}<En>`);
        this.value(k, `${inner}  `, 'Key', depth - 1);
        this.value(val, `${inner}  `, 'Value', depth - 1);
        this.lines.push(`${inner}</En>`);
      }
      this.lines.push(`${indent}  </DCT>`, `${indent}</Obj>`);
    } else if (v instanceof PSCredential) {
      this.open(indent, n, ['System.Management.Automation.PSCredential', 'System.Object']);
      this.lines.push(`${indent}  <Props>`);
      this.value(v.userName, inner, 'UserName', depth - 1);
      this.value(v.password, inner, 'Password', depth - 1);
      this.lines.push(`${indent}  </Props>`, `${indent}</Obj>`);
    } else if (v instanceof PSObject) {
      const custom = v.isCustom;
      this.open(indent, n, [...v.typeNames.filter((t) => t !== 'System.Object'), 'System.Object']);
      this.lines.push(`${indent}  <ToString>${xmlText(toStr(v))}</ToString>`, `${indent}  <${custom ? 'MS' : 'Props'}>`);
      for (const p of v.properties()) this.value(p.getter ? p.getter() : p.value, inner, p.name, depth - 1);
      this.lines.push(`${indent}  </${custom ? 'MS' : 'Props'}>`, `${indent}</Obj>`);
    } else this.lines.push(`${indent}<S${n}>${xmlText(toStr(v))}</S>`);
  }
}

/** The CLIXML document of a list of values. */
export function toClixml(values: unknown[], depth: number): string {
  const w = new Writer();
  for (const v of values) w.value(v, '  ', undefined, depth);
  return [`<Objs Version="1.1.0.1" xmlns="${NS}">`, ...w.lines, '</Objs>'].join('\r\n');
}

// ---------------------------------------------------------------------------------------------
// Reading

interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
}

function decodeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-f]+);/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_m, d: string) => String.fromCharCode(Number(d)))
    .replace(/&amp;/g, '&')
    .replace(/_x([0-9A-F]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** A minimal reader for the XML PowerShell writes (elements, attributes, text; no DTDs). */
export function parseXml(text: string): XmlNode {
  const root: XmlNode = { name: '#root', attrs: {}, children: [], text: '' };
  const stack = [root];
  const re = /<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<(\/?)([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*"[^"]*")*)\s*(\/?)>|([^<]+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const top = stack[stack.length - 1]!;
    if (m[5] !== undefined) {
      top.text += decodeXml(m[5]);
      continue;
    }
    if (!m[2]) continue;
    if (m[1] === '/') {
      if (stack.length > 1) stack.pop();
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of (m[3] ?? '').matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g)) attrs[a[1]!] = decodeXml(a[2]!);
    const node: XmlNode = { name: m[2], attrs, children: [], text: '' };
    top.children.push(node);
    if (m[4] !== '/') stack.push(node);
  }
  return root;
}

function parseDuration(s: string): TimeSpan {
  const m = /^(-)?P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?)?$/.exec(s.trim());
  if (!m) return new TimeSpan(0);
  const ticks = ((Number(m[2] ?? 0) * 24 + Number(m[3] ?? 0)) * 60 + Number(m[4] ?? 0)) * 600_000_000 + Math.round(Number(m[5] ?? 0) * 10_000_000);
  return new TimeSpan(m[1] ? -ticks : ticks);
}

class Reader {
  private readonly typeSets = new Map<string, string[]>();
  private readonly objects = new Map<string, unknown>();

  value(n: XmlNode): unknown {
    const t = n.text.trim();
    switch (n.name) {
      case 'Nil':
        return null;
      case 'S':
      case 'URI':
      case 'XD':
      case 'SBK':
        return n.text;
      case 'C':
        return String.fromCharCode(Number(t));
      case 'B':
        return t === 'true';
      case 'I16': case 'I32': case 'I64': case 'U8': case 'U16': case 'U32': case 'U64': case 'By': case 'SB': case 'Db': case 'Sg': case 'D':
        return clixmlNumber(n.name, t);
      case 'DT':
        return new Date(t);
      case 'TS':
        return parseDuration(t);
      case 'G':
      case 'Version':
        return t;
      case 'SS':
        return new SecureString(unprotectSecret(t) ?? '');
      case 'Ref':
        return this.objects.get(n.attrs.RefId ?? '') ?? null;
      case 'Obj':
        return this.object(n);
      default:
        return n.text;
    }
  }

  private types(n: XmlNode): string[] {
    const tn = n.children.find((c) => c.name === 'TN');
    if (tn) {
      const names = tn.children.filter((c) => c.name === 'T').map((c) => c.text);
      if (tn.attrs.RefId !== undefined) this.typeSets.set(tn.attrs.RefId, names);
      return names;
    }
    const ref = n.children.find((c) => c.name === 'TNRef');
    return ref ? (this.typeSets.get(ref.attrs.RefId ?? '') ?? []) : [];
  }

  private object(n: XmlNode): unknown {
    const types = this.types(n);
    const child = (name: string) => n.children.find((c) => c.name === name);
    const list = child('LST') ?? child('IE') ?? child('STK') ?? child('QUE');
    let result: unknown;
    if (list) result = list.children.map((c) => this.value(c));
    else if (child('DCT')) {
      const h = new PSHashtable();
      for (const en of child('DCT')!.children) {
        const key = en.children.find((c) => c.attrs.N === 'Key');
        const val = en.children.find((c) => c.attrs.N === 'Value');
        h.set(key ? this.value(key) : null, val ? this.value(val) : null);
      }
      result = h;
    } else {
      const members = [...(child('Props')?.children ?? []), ...(child('MS')?.children ?? [])];
      const prop = (name: string) => members.find((c) => c.attrs.N === name);
      if (types[0] === 'System.Management.Automation.PSCredential') {
        const pw = prop('Password');
        result = new PSCredential(toStr(this.value(prop('UserName')!)), pw ? (this.value(pw) as SecureString) : new SecureString(''));
      } else {
        const names = types.map((t) => (t.startsWith('Deserialized.') || t === CUSTOM || t === 'System.Object' ? t : `Deserialized.${t}`));
        const o = new PSObject(names.length ? names : CUSTOM);
        for (const m of members) if (m.attrs.N !== undefined) o.add(m.attrs.N, this.value(m));
        result = o;
      }
    }
    if (n.attrs.RefId !== undefined) this.objects.set(n.attrs.RefId, result);
    return result;
  }
}

/** The values of a CLIXML document. */
export function fromClixml(text: string): unknown[] {
  const root = parseXml(text);
  const objs = root.children.find((c) => c.name === 'Objs');
  if (!objs) throw new Error('Data at the root level is invalid.');
  const reader = new Reader();
  return objs.children.map((c) => reader.value(c));
}

cmdlets.push(define(
  'Export-Clixml',
  {
    module: UTILITY,
    defaultSet: 'ByPath',
    shouldProcess: true,
    params: {
      Path: { type: 'String', sets: { ByPath: [true, 0] } },
      LiteralPath: { type: 'String', aliases: ['PSPath'], sets: { ByLiteralPath: [true, null] } },
      InputObject: { type: 'PSObject', mandatory: true, pipeline: 'True (ByValue)' },
      Depth: { type: 'Int32' },
      Force: { type: 'SwitchParameter' },
      NoClobber: { type: 'SwitchParameter', aliases: ['NoOverwrite'] },
      Encoding: { type: 'String' },
    },
  },
  () => {
    const values: unknown[] = [];
    return {
      process(ctx) {
        values.push(ctx.expectingInput ? ctx.inputObject : ctx.params.InputObject);
      },
      async end(ctx) {
        const path = toStr(ctx.params.Path ?? ctx.params.LiteralPath);
        if (!(await ctx.shouldProcess(absolutePsPath(ctx.engine, path), 'Export-Clixml'))) return;
        const depth = ctx.params.Depth !== undefined ? Number(ctx.params.Depth) : 2;
        writeTextFile(ctx, path, toClixml(values, depth), toStr(ctx.params.Encoding ?? 'Unicode'), false);
      },
    };
  },
));

cmdlets.push(define(
  'Import-Clixml',
  {
    module: UTILITY,
    defaultSet: 'ByPath',
    params: {
      Path: { type: 'String', array: true, pipeline: 'True (ByPropertyName, ByValue)', sets: { ByPath: [true, 0] } },
      LiteralPath: { type: 'String', array: true, aliases: ['PSPath'], sets: { ByLiteralPath: [true, null] } },
    },
  },
  () => ({
    process(ctx) {
      for (const p of listOf(ctx.params.Path ?? ctx.params.LiteralPath).map(toStr)) {
        const file = resolveFile(ctx, p);
        if (!filesOf(ctx).exists(file)) {
          ctx.writeError({
            message: `Could not find file '${absolutePsPath(ctx.engine, p)}'.`,
            errorId: 'System.IO.FileNotFoundException',
            category: 'OpenError',
            targetObject: p,
            exceptionType: 'System.IO.FileNotFoundException',
          });
          continue;
        }
        const text = decodeText(filesOf(ctx).readFile(file));
        let values: unknown[] = [];
        try {
          values = fromClixml(text);
        } catch {
          ctx.throwTerminatingError({ message: 'Data at the root level is invalid. Line 1, position 1.', errorId: 'System.Xml.XmlException', category: 'NotSpecified', targetObject: p, exceptionType: 'System.Xml.XmlException' });
        }
        for (const v of values) ctx.writeObject(v, false);
      }
    },
  }),
));

/** A CLIXML number read back with its type (the text is invariant, as the serializer writes it). */
function clixmlNumber(tag: string, text: string): unknown {
  try {
    return parseNumberAs(text, NUMBER_TYPE_OF_TAG.get(tag) ?? 'Int32') ?? Number(text);
  } catch {
    return Number(text);
  }
}

/** The serializer writes floating values in round-trip form ("R"), so they read back exactly. */
function clixmlNumberText(v: PsNumber): string {
  const t = numericType(v);
  return t === 'Double' || t === 'Single' ? formatNumberWith(v, 'R') : numberToString(v);
}
