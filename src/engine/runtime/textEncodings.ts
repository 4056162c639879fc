// System.Text.Encoding values: what a StreamWriter encodes with and a StreamReader decodes with, and
// the encodings scripts hand them ([System.Text.Encoding]::UTF8, New-Object System.Text.UTF8Encoding $false).
// Names, code pages and byte-order marks are .NET Framework's [D].

type Encode = (text: string) => Uint8Array;
type Decode = (bytes: Uint8Array) => string;

export class TextEncoding {
  constructor(
    readonly typeName: string,
    readonly webName: string,
    readonly encodingName: string,
    readonly codePage: number,
    /** The byte-order mark .NET writes at the start of a file (GetPreamble()). */
    readonly preamble: readonly number[],
    readonly encode: Encode,
    readonly decode: Decode,
  ) {}

  get isSingleByte(): boolean {
    return this.codePage === 20127 || this.codePage === 1252;
  }

  /** Object.ToString(): the type name, as an encoding shows in a property column. */
  toString(): string {
    return this.typeName;
  }
}

/** A TextDecoder made at first use: it holds a native ICU handle, which the start-up snapshot cannot save. */
const decoder = (label: string): Decode => {
  let d: { decode(bytes: Uint8Array): string } | undefined;
  return (bytes) => (d ??= new TextDecoder(label, { ignoreBOM: true })).decode(bytes);
};

function utf16be(text: string): Uint8Array {
  const b = Buffer.from(text, 'utf16le');
  b.swap16();
  return b;
}

function fromUtf16be(bytes: Uint8Array): string {
  const b = Buffer.from(bytes.subarray(0, bytes.length - (bytes.length % 2)));
  b.swap16();
  return b.toString('utf16le');
}

function utf32le(text: string): Uint8Array {
  const points = [...text].map((c) => c.codePointAt(0)!);
  const b = Buffer.alloc(points.length * 4);
  points.forEach((p, i) => b.writeUInt32LE(p, i * 4));
  return b;
}

function fromUtf32le(bytes: Uint8Array): string {
  const b = Buffer.from(bytes);
  let out = '';
  for (let i = 0; i + 3 < b.length; i += 4) {
    const p = b.readUInt32LE(i);
    out += p <= 0x10ffff ? String.fromCodePoint(p) : '\ufffd';
  }
  return out;
}

/** A single-byte code page: characters it cannot hold become `?`, as .NET's replacement fallback writes them. */
function singleByte(toChar: (byte: number) => string): { encode: Encode; decode: Decode } {
  let bytesOf: Map<string, number> | undefined;
  return {
    encode: (text) => {
      bytesOf ??= new Map(Array.from({ length: 256 }, (_, b) => [toChar(b), b] as [string, number]).filter(([c]) => c !== '?' && c !== '\ufffd'));
      return Uint8Array.from(text, (c) => bytesOf!.get(c) ?? 0x3f);
    },
    decode: (bytes) => Array.from(bytes, toChar).join(''),
  };
}

const ascii = singleByte((b) => (b < 0x80 ? String.fromCharCode(b) : '?'));
/**
 * Windows-1252's characters for bytes 0x80-0x9F [D] (the rest is Latin-1). Node's 'windows-1252'
 * decoder reads these bytes as Latin-1, so the table is kept here; 0x81, 0x8D, 0x8F, 0x90 and 0x9D
 * map to the control characters of the same code, as .NET maps them.
 */
const CP1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
const ansiBytes = singleByte((b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : String.fromCharCode(b)));
/** Windows-1252 both ways: Latin-1 read at once, then the 0x80-0x9F characters put right (a whole script file reads fast). */
const ansi = {
  encode: ansiBytes.encode,
  decode: (bytes: Uint8Array): string =>
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1').replace(/[\x80-\x9f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!),
};
/** Text in the system's ANSI code page (Windows-1252 on an en-US server) [D]: Encoding.Default, BOM-less non-UTF-8 scripts, Set-Content's default. */
export const encodeAnsi = ansi.encode;
export const decodeAnsi = ansi.decode;
const utf8 = (text: string) => Buffer.from(text, 'utf8');

/** StreamWriter's default: UTF-8 without a byte-order mark. */
export const UTF8_NO_BOM = new TextEncoding('System.Text.UTF8Encoding', 'utf-8', 'Unicode (UTF-8)', 65001, [], utf8, decoder('utf-8'));

/** The encodings [System.Text.Encoding] names, by the lower-case name of its static property. */
export const NAMED_ENCODINGS: Record<string, TextEncoding> = {
  utf8: new TextEncoding('System.Text.UTF8Encoding', 'utf-8', 'Unicode (UTF-8)', 65001, [0xef, 0xbb, 0xbf], utf8, decoder('utf-8')),
  unicode: new TextEncoding('System.Text.UnicodeEncoding', 'utf-16', 'Unicode', 1200, [0xff, 0xfe], (t) => Buffer.from(t, 'utf16le'), decoder('utf-16le')),
  bigendianunicode: new TextEncoding('System.Text.UnicodeEncoding', 'utf-16BE', 'Unicode (Big-Endian)', 1201, [0xfe, 0xff], utf16be, fromUtf16be),
  utf32: new TextEncoding('System.Text.UTF32Encoding', 'utf-32', 'Unicode (UTF-32)', 12000, [0xff, 0xfe, 0, 0], utf32le, fromUtf32le),
  ascii: new TextEncoding('System.Text.ASCIIEncoding', 'us-ascii', 'US-ASCII', 20127, [], ascii.encode, ascii.decode),
  // [D] Encoding.Default is the system's ANSI code page: Windows-1252 on an en-US server.
  default: new TextEncoding('System.Text.SBCSCodePageEncoding', 'Windows-1252', 'Western European (Windows)', 1252, [], ansi.encode, ansi.decode),
};

/** `New-Object System.Text.UTF8Encoding $true|$false`: with or without the byte-order mark. */
export function utf8Encoding(withBom: boolean): TextEncoding {
  return withBom ? NAMED_ENCODINGS.utf8! : UTF8_NO_BOM;
}

/** The encoding a byte-order mark announces and the mark's length; undefined without one. */
export function encodingFromPreamble(bytes: Uint8Array): { encoding: TextEncoding; length: number } | undefined {
  const starts = (mark: readonly number[]) => mark.every((b, i) => bytes[i] === b);
  // UTF-32's mark begins with UTF-16's: it is tried first.
  for (const name of ['utf32', 'utf8', 'unicode', 'bigendianunicode']) {
    const encoding = NAMED_ENCODINGS[name]!;
    if (bytes.length >= encoding.preamble.length && starts(encoding.preamble)) return { encoding, length: encoding.preamble.length };
  }
  return undefined;
}
