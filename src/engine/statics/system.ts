// System objects admin scripts touch at their top: [Diagnostics.Stopwatch] for timing, the
// "running as Administrator" guard (WindowsIdentity / WindowsPrincipal / WindowsBuiltInRole),
// and .NET exception objects made from a string (`throw [System.ArgumentException] "…"`).

import { PSObject, TimeSpan } from '../runtime/values.js';
import { toStr, toStringOverride } from '../runtime/convert.js';
import { nativeMethods } from '../members/objects.js';
import type { StaticTable } from './access.js';

/** A running or stopped System.Diagnostics.Stopwatch. */
export function stopwatch(running: boolean): PSObject {
  let started = running ? performance.now() : 0;
  let accumulated = 0;
  let isRunning = running;
  const elapsedMs = () => accumulated + (isRunning ? performance.now() - started : 0);
  const sw = new PSObject('System.Diagnostics.Stopwatch');
  sw.addComputed('IsRunning', () => isRunning);
  sw.addComputed('Elapsed', () => TimeSpan.fromMilliseconds(elapsedMs()));
  sw.addComputed('ElapsedMilliseconds', () => Math.floor(elapsedMs()));
  sw.addComputed('ElapsedTicks', () => Math.floor(elapsedMs() * 10_000));
  const start = () => {
    if (!isRunning) {
      started = performance.now();
      isRunning = true;
    }
  };
  const stop = () => {
    if (isRunning) accumulated += performance.now() - started;
    isRunning = false;
  };
  nativeMethods.set(sw, {
    start,
    stop,
    reset: () => {
      isRunning = false;
      accumulated = 0;
    },
    restart: () => {
      accumulated = 0;
      isRunning = false;
      start();
    },
  });
  return sw;
}

export const stopwatchStatics: StaticTable = {
  props: { frequency: () => 10_000_000, ishighresolution: () => true },
  methods: { startnew: () => stopwatch(true) },
};

/** [I] The shell runs as CONTOSO\Administrator, elevated. */
export function currentIdentity(): PSObject {
  return new PSObject('System.Security.Principal.WindowsIdentity', {
    Name: 'CONTOSO\\Administrator',
    AuthenticationType: 'Kerberos',
    IsAuthenticated: true,
    IsSystem: false,
    IsGuest: false,
    IsAnonymous: false,
  });
}

const ADMIN_ROLES = new Set(['administrator', 'builtin\\administrators', 'administrators', 'user', 'builtin\\users', 'contoso\\domain admins', 'contoso\\rtcuniversalserveradmins', 'rtcuniversalserveradmins', '544', '545']);

/** `[Security.Principal.WindowsPrincipal]$identity`: IsInRole is true for the administrator roles. */
export function windowsPrincipal(identity: unknown): PSObject {
  const p = new PSObject('System.Security.Principal.WindowsPrincipal', { Identity: identity });
  nativeMethods.set(p, { isinrole: (args) => ADMIN_ROLES.has(toStr(args[0]).toLowerCase()) });
  return p;
}

export const identityStatics: StaticTable = {
  methods: { getcurrent: () => currentIdentity() },
};

export const builtInRoleStatics: StaticTable = {
  props: Object.fromEntries(['Administrator', 'User', 'Guest', 'PowerUser', 'AccountOperator', 'SystemOperator', 'PrintOperator', 'BackupOperator', 'Replicator'].map((n) => [n.toLowerCase(), () => n])),
};

/** A .NET exception object made from its message, e.g. `[System.ArgumentException]"bad pool name"`. */
export function exceptionObject(typeName: string, message: string): PSObject {
  const ex = new PSObject([typeName, 'System.Exception'], { Message: message, InnerException: null, Source: null, StackTrace: null, HResult: -2146233087, Data: null });
  toStringOverride.set(ex, () => `${typeName}: ${message}`);
  return ex;
}

export function isExceptionObject(v: unknown): v is PSObject {
  return v instanceof PSObject && v.originalTypeNames.includes('System.Exception');
}

/** The shell's culture (en-US): Get-Culture, [CultureInfo]::CurrentCulture, [Threading.Thread]::CurrentThread.CurrentCulture. */
export function cultureInfo(): PSObject {
  const dateTimeFormat = new PSObject('System.Globalization.DateTimeFormatInfo', [
    ['ShortDatePattern', 'M/d/yyyy'],
    ['LongDatePattern', 'dddd, MMMM d, yyyy'],
    ['ShortTimePattern', 'h:mm tt'],
    ['LongTimePattern', 'h:mm:ss tt'],
    ['DateSeparator', '/'],
    ['TimeSeparator', ':'],
  ]);
  const culture = new PSObject('System.Globalization.CultureInfo', [
    ['LCID', 1033],
    ['Name', 'en-US'],
    ['DisplayName', 'English (United States)'],
    ['TwoLetterISOLanguageName', 'en'],
    ['DateTimeFormat', dateTimeFormat],
  ]);
  toStringOverride.set(culture, () => 'en-US');
  return culture;
}

export const cultureStatics: StaticTable = {
  props: { currentculture: () => cultureInfo(), currentuiculture: () => cultureInfo() },
};

/** [System.Threading.Thread]::CurrentThread: scripts read (and swap) its CurrentCulture around date formatting. */
const threads = new WeakMap<object, PSObject>();
export const threadStatics: StaticTable = {
  props: {
    currentthread: (ev) => {
      let thread = threads.get(ev);
      if (!thread) {
        thread = new PSObject('System.Threading.Thread', [
          ['ManagedThreadId', 1],
          ['IsBackground', false],
          ['Name', null],
          ['CurrentCulture', cultureInfo()],
          ['CurrentUICulture', cultureInfo()],
        ]);
        threads.set(ev, thread);
      }
      return thread;
    },
  },
};
