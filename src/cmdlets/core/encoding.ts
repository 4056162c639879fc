// Text encodings of the file cmdlets (-Encoding), with Windows PowerShell 5.1's defaults per cmdlet.

import { decodeAnsi, encodeAnsi } from '../../engine/runtime/textEncodings.js';
import { conversionError, toNumber, typedArrays } from '../../engine/runtime/convert.js';
import { makeInteger, type PsNumber } from '../../engine/runtime/numbers.js';

export const ENCODING_NAMES = ['Unknown', 'String', 'Unicode', 'BigEndianUnicode', 'UTF8', 'UTF7', 'UTF32', 'ASCII', 'Default', 'OEM', 'Byte'];

/** 5.1 defaults: Out-File / `>` write UTF-16 LE with a BOM; Set-/Add-Content write ANSI; Export-Csv writes ASCII. */
export const DEFAULT_ENCODING = {
  outFile: 'Unicode',
  setContent: 'Default',
  exportCsv: 'ASCII',
} as const;

export function encodeText(text: string, encoding: string | undefined, withBom = true): Buffer {
  switch ((encoding ?? 'Default').toLowerCase()) {
    case 'unicode':
    case 'string':
    case 'unknown':
      return Buffer.concat([withBom ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), Buffer.from(text, 'utf16le')]);
    case 'bigendianunicode': {
      const le = Buffer.from(text, 'utf16le');
      for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
      return Buffer.concat([withBom ? Buffer.from([0xfe, 0xff]) : Buffer.alloc(0), le]);
    }
    case 'utf8':
      return Buffer.concat([withBom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, 'utf8')]);
    case 'utf32': {
      const cps = [...text].map((c) => c.codePointAt(0)!);
      const b = Buffer.alloc(cps.length * 4 + (withBom ? 4 : 0));
      let off = 0;
      if (withBom) off = b.writeUInt32LE(0xfeff, 0);
      for (const cp of cps) off = b.writeUInt32LE(cp, off);
      return b;
    }
    case 'ascii':
    case 'utf7':
      return Buffer.from(text.replace(/[^\x00-\x7f]/g, '?'), 'latin1');
    case 'oem':
      return Buffer.from(text.replace(/[^\x00-\xff]/g, '?'), 'latin1');
    default:
      return Buffer.from(encodeAnsi(text));
  }
}

/** Reads bytes as text: a BOM decides, otherwise UTF-8 when valid, else ANSI (Windows-1252). */
export function decodeText(buf: Buffer, encoding?: string): string {
  const enc = encoding?.toLowerCase();
  if (buf[0] === 0xff && buf[1] === 0xfe) return buf.subarray(2).toString('utf16le');
  if (buf[0] === 0xfe && buf[1] === 0xff) {
    const swapped = Buffer.from(buf.subarray(2));
    for (let i = 0; i + 1 < swapped.length; i += 2) [swapped[i], swapped[i + 1]] = [swapped[i + 1]!, swapped[i]!];
    return swapped.toString('utf16le');
  }
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return buf.subarray(3).toString('utf8');
  if (enc === 'unicode') return buf.toString('utf16le');
  if (enc === 'ascii' || enc === 'oem') return buf.toString('latin1');
  if (enc === 'default') return decodeAnsi(buf);
  const utf8 = buf.toString('utf8');
  return utf8.includes('\ufffd') ? decodeAnsi(buf) : utf8;
}

/** Splits file text into lines as Get-Content does (CRLF or LF; a final newline adds no empty line). */
export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** [I] Files are written with Windows line endings, as the real shell writes them. */
export const NEWLINE = '\r\n';

/** -Encoding Byte: the file's content is its raw bytes, not text. */
export function isByteEncoding(encoding: unknown): boolean {
  return typeof encoding === 'string' && encoding.toLowerCase() === 'byte';
}

/** A value written with -Encoding Byte, as .NET's Convert.ToByte takes it (rounded; 0-255 or refused). */
export function toByte(v: unknown): number {
  const n = Math.round(toNumber(v, 'System.Byte'));
  if (!(n >= 0 && n <= 255)) throw conversionError(v, 'System.Byte', 'Value was either too large or too small for an unsigned byte.', 'InvalidCastIConvertible');
  return n;
}

/** Bytes read with -Encoding Byte: [byte] values, and for -Raw one Byte[]. */
export function byteValues(bytes: Uint8Array): PsNumber[] {
  const out = Array.from(bytes, (b) => makeInteger('Byte', b));
  typedArrays.set(out, 'System.Byte[]');
  return out;
}
