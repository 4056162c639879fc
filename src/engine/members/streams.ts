// The members of StreamWriter, StreamReader and Encoding values, as Get-Member lists them and method
// calls reach them. .NET's exceptions (a closed writer, a file that cannot be written) come out as
// PowerShell shows them: `Exception calling "WriteLine" with "1" argument(s): "…"`.

import { PSRuntimeError } from '../errors.js';
import { dotNetTypeName, isNull, toBool, toList, toStr, typedArrays } from '../runtime/convert.js';
import { formatDateCulture } from '../runtime/dateText.js';
import { MemberTable } from '../runtime/memberTable.js';
import { PSObject } from '../runtime/values.js';
import type { TextEncoding } from '../runtime/textEncodings.js';
import { formatOperator } from '../operators/format.js';
import { StreamClosedError, StreamIoError, type StreamReaderValue, type StreamWriterValue } from '../files/textStreams.js';
import { arity, intArg, methodException, propertyException, withoutArguments } from './support.js';

/** A .NET exception of a stream as the method-invocation error of the call that met it. */
function asMethodError(name: string, args: unknown[], e: unknown): unknown {
  if (e instanceof StreamClosedError) return methodException(name, args, e.message, 'System.ObjectDisposedException');
  if (e instanceof StreamIoError) return methodException(name, args, e.message, e.exceptionType);
  // A bad composite format: .NET's FormatException, without the -f operator's wording.
  if (e instanceof PSRuntimeError && e.record.exceptionType === 'System.FormatException') {
    return methodException(name, args, e.message.replace(/^Error formatting a string: /, '').replace(/\.\.$/, '.'), 'System.FormatException');
  }
  return e;
}

function guarded<T>(name: string, call: (target: T, args: unknown[]) => unknown): (target: T, args: unknown[]) => unknown {
  return (target, args) => {
    try {
      return call(target, args);
    } catch (e) {
      throw asMethodError(name, args, e);
    }
  };
}

/** What TextWriter.Write(object) writes: the value's ToString() (an array names its type). */
function writtenText(v: unknown): string {
  if (isNull(v)) return '';
  if (Array.isArray(v)) return dotNetTypeName(v);
  if (v instanceof Date) return formatDateCulture(v);
  return toStr(v);
}

/** Write / WriteLine arguments: one value, or a composite format and its arguments. */
function argumentText(args: unknown[]): string {
  if (args.length <= 1) return writtenText(args[0]);
  return formatOperator(toStr(args[0]), args.slice(1));
}

const OVERLOADS = (name: string) => `void ${name}(string value), void ${name}(System.Object value), void ${name}(string format, Params System.Object[] arg)`;

/** The file stream under a writer or reader; null once it is closed, as .NET's BaseStream is. */
function baseStream(closed: boolean, canRead: boolean): PSObject | null {
  return closed ? null : new PSObject('System.IO.FileStream', { CanRead: canRead, CanSeek: true, CanWrite: !canRead });
}

const closeMethod = <T extends { close(): void }>(name: string) => guarded<T>(name, withoutArguments(name, (s: T) => void s.close()));

export const STREAM_WRITER_MEMBERS = new MemberTable<StreamWriterValue>()
  .method('Close', 'void Close()', closeMethod('Close'))
  .method('Dispose', 'void Dispose(), void IDisposable.Dispose()', closeMethod('Dispose'))
  .method('Flush', 'void Flush()', guarded('Flush', withoutArguments('Flush', (w: StreamWriterValue) => void w.flush())))
  .method(
    'Write',
    OVERLOADS('Write'),
    guarded('Write', (w, args) => {
      arity('Write', args, 1, Infinity);
      w.write(argumentText(args));
    }),
  )
  .method(
    'WriteLine',
    `void WriteLine(), ${OVERLOADS('WriteLine')}`,
    guarded('WriteLine', (w, args) => void w.write(argumentText(args) + w.newLine)),
  )
  .settable('AutoFlush', 'bool', (w) => w.autoFlush, (w, value) => {
    try {
      w.setAutoFlush(toBool(value));
    } catch (e) {
      if (e instanceof StreamClosedError) throw propertyException('setting', 'AutoFlush', e.message, 'System.ObjectDisposedException');
      if (e instanceof StreamIoError) throw propertyException('setting', 'AutoFlush', e.message, e.exceptionType);
      throw e;
    }
  })
  .property('BaseStream', 'System.IO.Stream', (w) => baseStream(w.isClosed, false))
  .property('Encoding', 'System.Text.Encoding', (w) => w.encoding)
  .property('FormatProvider', 'System.IFormatProvider', () => 'en-US')
  // [D] Setting NewLine to $null restores the default.
  .settable('NewLine', 'string', (w) => w.newLine, (w, value) => void (w.newLine = isNull(value) ? '\r\n' : toStr(value)));

/** A reader's read: a closed reader throws ObjectDisposedException. */
function readMethod(name: string, read: (r: StreamReaderValue) => unknown) {
  return guarded<StreamReaderValue>(name, withoutArguments(name, read));
}

export const STREAM_READER_MEMBERS = new MemberTable<StreamReaderValue>()
  .method('Close', 'void Close()', closeMethod('Close'))
  .method('Dispose', 'void Dispose(), void IDisposable.Dispose()', closeMethod('Dispose'))
  .method('Peek', 'int Peek()', readMethod('Peek', (r) => r.peek()))
  .method('Read', 'int Read()', readMethod('Read', (r) => r.read()))
  .method('ReadLine', 'string ReadLine()', readMethod('ReadLine', (r) => r.readLine()))
  .method('ReadToEnd', 'string ReadToEnd()', readMethod('ReadToEnd', (r) => r.readToEnd()))
  .property('CurrentEncoding', 'System.Text.Encoding', (r) => r.currentEncoding)
  .property('BaseStream', 'System.IO.Stream', (r) => baseStream(r.isClosed, true))
  .property('EndOfStream', 'bool', (r) => {
    try {
      return r.endOfStream;
    } catch (e) {
      if (e instanceof StreamClosedError) throw propertyException('getting', 'EndOfStream', e.message, 'System.ObjectDisposedException');
      throw e;
    }
  });

/** A byte[] as .NET methods return it. */
function byteArray(bytes: Iterable<number>): number[] {
  const out = [...bytes];
  typedArrays.set(out, 'System.Byte[]');
  return out;
}

export const ENCODING_MEMBERS = new MemberTable<TextEncoding>()
  .method('GetBytes', 'byte[] GetBytes(string s)', (e, args) => (arity('GetBytes', args, 1), byteArray(e.encode(toStr(args[0])))))
  .method('GetPreamble', 'byte[] GetPreamble()', withoutArguments('GetPreamble', (e: TextEncoding) => byteArray(e.preamble)))
  .method('GetString', 'string GetString(byte[] bytes)', (e, args) => (arity('GetString', args, 1), e.decode(Uint8Array.from(toList(args[0]), intArg))))
  .property('EncodingName', 'string', (e) => e.encodingName)
  .property('WebName', 'string', (e) => e.webName)
  .property('IsSingleByte', 'bool', (e) => e.isSingleByte)
  .property('CodePage', 'int', (e) => e.codePage);
