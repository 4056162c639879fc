// Opening a StreamWriter or a StreamReader the ways scripts do: a cast of a path
// (`[System.IO.StreamWriter] $path`), New-Object, `::new()` and [System.IO.File]::CreateText /
// AppendText / OpenText. The constructor overloads are read once here; each route shows .NET's
// exception in the shape PowerShell gives it.

import { castError, conversionError, isNull, toBool, toStr } from '../runtime/convert.js';
import { TextEncoding, utf8Encoding } from '../runtime/textEncodings.js';
import { openStreamReader, openStreamWriter, StreamIoError, StreamReaderValue, StreamWriterValue, type StreamHome } from '../files/textStreams.js';
import { argumentConversionError, argumentConversionMessage, methodException, overloadError } from '../members/support.js';
import type { StaticMethod } from './access.js';

const WRITER = 'System.IO.StreamWriter';
const READER = 'System.IO.StreamReader';

/** True for the types whose constructors open a file. */
export function isStreamType(fullName: string): boolean {
  return fullName === WRITER || fullName === READER;
}

/** Constructor arguments PowerShell cannot bind: no overload takes that many, or one cannot be converted. */
export class StreamArgumentError extends Error {
  constructor(
    readonly count: number,
    readonly conversion?: { parameter: string; value: unknown; type: string },
  ) {
    super('no constructor takes these arguments');
  }

  /** PowerShell's text, naming the method as the route calls it (`StreamWriter` for New-Object, `new` for ::new). */
  messageFor(method: string): string {
    const c = this.conversion;
    if (!c) return `Cannot find an overload for "${method}" and the argument count: "${this.count}".`;
    return argumentConversionMessage(method, c.parameter, c.value, c.type);
  }
}

/** The path argument: .NET refuses $null and an empty path inside the constructor. */
function pathArgument(v: unknown): string {
  if (isNull(v)) throw new StreamIoError('Value cannot be null.\r\nParameter name: path', 'System.ArgumentNullException');
  const path = toStr(v);
  if (path === '') throw new StreamIoError('Empty path name is not legal.', 'System.ArgumentException');
  return path;
}

function encodingArgument(v: unknown, count: number): TextEncoding {
  if (v instanceof TextEncoding) return v;
  if (isNull(v)) throw new StreamIoError('Value cannot be null.\r\nParameter name: encoding', 'System.ArgumentNullException');
  throw new StreamArgumentError(count, { parameter: 'encoding', value: v, type: 'System.Text.Encoding' });
}

/**
 * The constructors scripts call: StreamWriter(path), (path, append), (path, append, encoding) and
 * (…, bufferSize); StreamReader(path), (path, detectEncodingFromByteOrderMarks), (path, encoding) and
 * (path, encoding, detect…). Throws StreamIoError (.NET's exception) or StreamArgumentError.
 */
export function openStream(home: StreamHome, fullName: string, args: unknown[]): StreamWriterValue | StreamReaderValue {
  const n = args.length;
  if (n < 1 || n > (fullName === WRITER ? 4 : 3)) throw new StreamArgumentError(n);
  const path = pathArgument(args[0]);
  if (fullName === WRITER) return openStreamWriter(home, path, n >= 2 && toBool(args[1]), n >= 3 ? encodingArgument(args[2], n) : undefined);
  if (n === 1) return openStreamReader(home, path);
  if (n === 2 && typeof args[1] === 'boolean') return openStreamReader(home, path, undefined, args[1]);
  return openStreamReader(home, path, encodingArgument(args[1], n), n === 3 ? toBool(args[2]) : true);
}

/** `[System.IO.StreamWriter]::new(…)`: a .NET exception is `Exception calling ".ctor" …`. */
export function constructStream(home: StreamHome, fullName: string, args: unknown[]): StreamWriterValue | StreamReaderValue {
  try {
    return openStream(home, fullName, args);
  } catch (e) {
    if (e instanceof StreamIoError) throw methodException('.ctor', args, e.message, e.exceptionType);
    if (e instanceof StreamArgumentError && !e.conversion) throw overloadError('new', e.count);
    if (e instanceof StreamArgumentError) throw argumentConversionError('new', e.conversion!.parameter, e.conversion!.value, e.conversion!.type);
    throw e;
  }
}

/**
 * `[System.IO.StreamWriter] $path`: PowerShell converts a string through the type's string
 * constructor; its exception shows as `Cannot convert value "…" to type "…". Error: "…"`.
 */
export function castToStream(home: StreamHome, fullName: string, value: unknown): unknown {
  if (isNull(value)) return null;
  if (fullName === WRITER ? value instanceof StreamWriterValue : value instanceof StreamReaderValue) return value;
  if (typeof value !== 'string') throw castError(value, fullName);
  try {
    return openStream(home, fullName, [value]);
  } catch (e) {
    if (e instanceof StreamIoError) throw conversionError(value, fullName, e.message, 'InvalidCastConstructorException');
    throw e;
  }
}

/** An [System.IO.File] method that returns a stream: .NET's exception is `Exception calling "<Name>" …`. */
function fileStreamMethod(name: string, open: (home: StreamHome, path: unknown) => unknown): StaticMethod {
  return (args, ev) => {
    if (args.length !== 1) throw overloadError(name, args.length);
    try {
      return open(ev.services, args[0]);
    } catch (e) {
      if (e instanceof StreamIoError) throw methodException(name, args, e.message, e.exceptionType);
      throw e;
    }
  };
}

/** [System.IO.File]'s methods that open a text stream (UTF-8 without a byte-order mark). */
export const fileStreamStatics: Record<string, StaticMethod> = {
  createtext: fileStreamMethod('CreateText', (home, path) => openStreamWriter(home, pathArgument(path), false)),
  appendtext: fileStreamMethod('AppendText', (home, path) => openStreamWriter(home, pathArgument(path), true)),
  opentext: fileStreamMethod('OpenText', (home, path) => openStreamReader(home, pathArgument(path))),
};

/** `New-Object System.Text.UTF8Encoding $false` / `[System.Text.UTF8Encoding]::new($true)`. */
export function newUtf8Encoding(args: unknown[]): TextEncoding {
  return utf8Encoding(args.length > 0 && toBool(args[0]));
}
