// [System.IO.StreamWriter] and [System.IO.StreamReader] on sandbox files, as admins' logging scripts
// use them. Every access goes through SandboxFiles (links followed again at each write). The .NET
// rules kept [D]: a writer creates or truncates its file when it opens (appends with $true), writes
// UTF-8 without a byte-order mark unless told otherwise, buffers until Flush/Close/Dispose (AutoFlush
// writes at once), and refuses to write once closed; a reader detects the byte-order mark and returns
// $null from ReadLine at the end.

import { dirname } from 'node:path';
import type { SessionInfo } from '../commandMetadata.js';
import { ioFailure, sandboxFiles, SandboxIoError, withoutHostPaths, type SandboxFiles } from './sandbox.js';
import { dotNetFullPath, PathOutsideSandboxError } from './paths.js';
import { encodingFromPreamble, NAMED_ENCODINGS, UTF8_NO_BOM, type TextEncoding } from '../runtime/textEncodings.js';

/** What opening a stream needs from the session: its sandbox and its path resolution. */
export interface StreamHome {
  readonly session: SessionInfo;
  resolvePath(path: string): string;
}

/** .NET's ObjectDisposedException, thrown by any use of a closed writer or reader. */
export class StreamClosedError extends Error {}

/** A .NET exception met while opening, writing or reading, in .NET's words (never a host path). */
export class StreamIoError extends Error {
  constructor(
    message: string,
    readonly exceptionType: string,
  ) {
    super(message);
  }
}

/** [I] Pending text reaches the file once it passes this many characters (.NET's own buffers hold about 4 KB). */
const BUFFER_CHARS = 4096;

/** The writers of each session that are open, flushed when a run ends (flushOpenWriters). */
const openWriters = new WeakMap<SessionInfo, Set<StreamWriterValue>>();

function writersOf(session: SessionInfo): Set<StreamWriterValue> {
  let set = openWriters.get(session);
  if (!set) openWriters.set(session, (set = new Set()));
  return set;
}

/** A stream's file: where it is, and the full path .NET's messages name, fixed when the stream opens. */
interface StreamFile {
  readonly hostPath: string;
  readonly fullPath: string;
  readonly files: SandboxFiles;
}

/** Resolves the path a script gave; a path out of the sandbox is refused as .NET refuses a forbidden one. */
function streamFile(home: StreamHome, psPath: string): StreamFile {
  try {
    const hostPath = home.resolvePath(psPath);
    return { hostPath, fullPath: dotNetFullPath(home.session, psPath, hostPath), files: sandboxFiles(home.session) };
  } catch (e) {
    if (e instanceof PathOutsideSandboxError) throw new StreamIoError(`Access to the path '${e.shownPath}' is denied.`, 'System.UnauthorizedAccessException');
    throw e;
  }
}

/** Runs one access to the stream's file; a failure comes out in .NET's words. */
function access<T>(file: StreamFile, act: (hostPath: string, files: SandboxFiles) => T): T {
  try {
    return act(file.hostPath, file.files);
  } catch (e) {
    if (e instanceof PathOutsideSandboxError) throw new StreamIoError(`Access to the path '${e.shownPath}' is denied.`, 'System.UnauthorizedAccessException');
    if (!(e instanceof SandboxIoError)) throw new StreamIoError(e instanceof Error ? withoutHostPaths(e.message) : String(e), 'System.IO.IOException');
    // .NET tells a missing file from a missing folder.
    const folderMissing = e.code === 'ENOTDIR' || (e.code === 'ENOENT' && !isFolder(file.files, dirname(file.hostPath)));
    const { message, exceptionType } = ioFailure(folderMissing ? 'ENOTDIR' : e.code, file.fullPath);
    throw new StreamIoError(message, exceptionType);
  }
}

function isFolder(files: SandboxFiles, hostPath: string): boolean {
  try {
    return files.isDirectory(hostPath);
  } catch {
    return false;
  }
}

export class StreamWriterValue {
  readonly typeName = 'System.IO.StreamWriter';
  newLine = '\r\n';
  private auto = false;
  private pending = '';
  private closed = false;

  constructor(
    private readonly session: SessionInfo,
    private readonly file: StreamFile,
    readonly encoding: TextEncoding,
    /** .NET writes the byte-order mark only at the start of a file. */
    private preambleDue: boolean,
  ) {
    writersOf(session).add(this);
  }

  get isClosed(): boolean {
    return this.closed;
  }

  get autoFlush(): boolean {
    return this.auto;
  }

  /** Like .NET, turning AutoFlush on flushes what is pending. */
  setAutoFlush(on: boolean): void {
    this.auto = on;
    if (on) this.flush();
  }

  write(text: string): void {
    if (this.closed) throw new StreamClosedError('Cannot write to a closed TextWriter.');
    this.pending += text;
    if (this.auto || this.pending.length >= BUFFER_CHARS) this.writePending();
  }

  flush(): void {
    if (this.closed) throw new StreamClosedError('Cannot write to a closed TextWriter.');
    this.writePending();
  }

  /** Close and Dispose: what is pending is written; closing twice does nothing. */
  close(): void {
    if (this.closed) return;
    try {
      this.writePending();
    } finally {
      this.closed = true;
      writersOf(this.session).delete(this);
    }
  }

  /** Appends the pending text (and the byte-order mark when due); kept pending when the file cannot be written. */
  private writePending(): void {
    const body = this.encoding.encode(this.pending);
    const mark = this.preambleDue ? this.encoding.preamble : [];
    if (body.length === 0 && mark.length === 0) return;
    access(this.file, (hostPath, files) => files.appendFile(hostPath, Buffer.concat([Uint8Array.from(mark), body])));
    this.pending = '';
    this.preambleDue = false;
  }

  toString(): string {
    return this.typeName;
  }
}

/** Opens a writer: creates or truncates the file (appends with `append`); the folder must exist. */
export function openStreamWriter(home: StreamHome, psPath: string, append: boolean, encoding: TextEncoding = UTF8_NO_BOM): StreamWriterValue {
  const file = streamFile(home, psPath);
  const preambleDue = access(file, (hostPath, files) => {
    const startsEmpty = !append || files.size(hostPath) === 0;
    files.writeFile(hostPath, new Uint8Array(0), append);
    return startsEmpty;
  });
  return new StreamWriterValue(home.session, file, encoding, preambleDue);
}

export class StreamReaderValue {
  readonly typeName = 'System.IO.StreamReader';
  private position = 0;
  private closed = false;

  /** [I] The file is read whole when the reader opens (its encoding is known from then on). */
  constructor(
    private readonly text: string,
    readonly currentEncoding: TextEncoding,
  ) {}

  get isClosed(): boolean {
    return this.closed;
  }

  private open(): void {
    if (this.closed) throw new StreamClosedError('Cannot read from a closed TextReader.');
  }

  get endOfStream(): boolean {
    this.open();
    return this.position >= this.text.length;
  }

  /** The next line without its CR, LF or CRLF; null at the end. */
  readLine(): string | null {
    this.open();
    if (this.position >= this.text.length) return null;
    const rest = /\r\n|\r|\n/g;
    rest.lastIndex = this.position;
    const m = rest.exec(this.text);
    const end = m ? m.index : this.text.length;
    const line = this.text.slice(this.position, end);
    this.position = m ? end + m[0].length : end;
    return line;
  }

  readToEnd(): string {
    this.open();
    const rest = this.text.slice(this.position);
    this.position = this.text.length;
    return rest;
  }

  /** The next character's code without reading it; -1 at the end. */
  peek(): number {
    this.open();
    return this.position < this.text.length ? this.text.charCodeAt(this.position) : -1;
  }

  /** The next character's code; -1 at the end. */
  read(): number {
    const c = this.peek();
    if (c >= 0) this.position += 1;
    return c;
  }

  close(): void {
    this.closed = true;
  }

  toString(): string {
    return this.typeName;
  }
}

/** Opens a reader: a byte-order mark decides the encoding when `detect` (the default), else `encoding`. */
export function openStreamReader(home: StreamHome, psPath: string, encoding: TextEncoding = NAMED_ENCODINGS.utf8!, detect = true): StreamReaderValue {
  const bytes = access(streamFile(home, psPath), (hostPath, files) => files.readFile(hostPath));
  const marked = detect ? encodingFromPreamble(bytes) : undefined;
  const used = marked?.encoding ?? encoding;
  return new StreamReaderValue(used.decode(bytes.subarray(marked?.length ?? 0)), used);
}

/**
 * [I] Writers a script left open are flushed when its run ends (a script, a `-c` command, a line typed
 * in the shell): .NET would lose their buffers, but an admin who forgot Close() expects the log. They
 * stay open, so the shell's next line can go on writing. Returns the failures, in .NET's words.
 */
export function flushOpenWriters(session: SessionInfo): StreamIoError[] {
  const failures: StreamIoError[] = [];
  for (const writer of openWriters.get(session) ?? []) {
    try {
      writer.flush();
    } catch (e) {
      if (e instanceof StreamIoError) failures.push(e);
      else throw e;
    }
  }
  return failures;
}
