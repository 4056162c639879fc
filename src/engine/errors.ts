// ErrorRecord and the exceptions the engine uses to carry errors and control flow.

import { isNumeric, numberToString, numericType } from './runtime/numbers.js';
import type { Extent } from '../lang/ast.js';
import type { SourceLineView } from '../lang/maskedLine.js';

/** System.Management.Automation.ErrorCategory names used by csshell. */
export type ErrorCategory =
  | 'NotSpecified'
  | 'OpenError'
  | 'CloseError'
  | 'DeviceError'
  | 'DeadlockDetected'
  | 'InvalidArgument'
  | 'InvalidData'
  | 'InvalidOperation'
  | 'InvalidResult'
  | 'InvalidType'
  | 'MetadataError'
  | 'NotImplemented'
  | 'NotInstalled'
  | 'ObjectNotFound'
  | 'OperationStopped'
  | 'OperationTimeout'
  | 'SyntaxError'
  | 'ParserError'
  | 'PermissionDenied'
  | 'ResourceBusy'
  | 'ResourceExists'
  | 'ResourceUnavailable'
  | 'ReadError'
  | 'WriteError'
  | 'FromStdErr'
  | 'SecurityError'
  | 'ProtocolError'
  | 'ConnectionError'
  | 'AuthenticationError'
  | 'LimitsExceeded'
  | 'QuotaExceeded'
  | 'NotEnabled';

/** Where an error happened: the command and the source extent to underline. */
export interface InvocationInfo {
  /** Command name as shown before ` : ` (e.g. `New-CsExternalAccessPolicy`); empty for script-level errors. */
  commandName?: string;
  /** Extent underlined with ~~~ (the whole command, a parameter token, or an argument). */
  extent?: Extent;
}

export interface ErrorRecordInit {
  message: string;
  /** .NET exception type name, e.g. `System.Management.Automation.ParameterBindingException`. */
  exceptionType?: string;
  category?: ErrorCategory;
  /** FullyQualifiedErrorId, e.g. `NamedParameterNotFound,Microsoft.Rtc.Management.Internal.NewExternalAccessPolicyCmdlet`. */
  errorId: string;
  targetObject?: unknown;
  /** CategoryInfo target name / type; default derived from targetObject. */
  targetName?: string;
  targetType?: string;
  /** CategoryInfo activity, shown in brackets; defaults to the command name. */
  activity?: string;
  invocation?: InvocationInfo;
  /** An inner exception message, e.g. for conversion failures. */
  innerMessage?: string;
}

export class ErrorRecord {
  message: string;
  exceptionType: string;
  category: ErrorCategory;
  fullyQualifiedErrorId: string;
  targetObject: unknown;
  targetName: string;
  targetType: string;
  activity?: string;
  invocation: InvocationInfo;
  innerMessage?: string;
  /** The script stack / position text; filled by the engine when the record is created in a script. */
  scriptStackTrace?: string;
  /**
   * How its source line is shown (secrets masked): as the session that reported it judges, set when it
   * reaches $Error or `$_`. A record no session reported is judged by the Skype catalog alone.
   */
  lineView?: SourceLineView;

  constructor(init: ErrorRecordInit) {
    this.message = init.message;
    this.exceptionType = init.exceptionType ?? 'System.Management.Automation.RuntimeException';
    this.category = init.category ?? 'NotSpecified';
    this.fullyQualifiedErrorId = init.errorId;
    this.targetObject = init.targetObject;
    this.targetName = init.targetName ?? (init.targetObject == null ? '' : targetText(init.targetObject));
    this.targetType = init.targetType ?? (init.targetObject == null ? '' : typeNameOfTarget(init.targetObject));
    this.activity = init.activity;
    this.invocation = init.invocation ?? {};
    this.innerMessage = init.innerMessage;
  }

  /** `$_.Exception.Message` and `"$_"` give the message. */
  toString(): string {
    return this.message;
  }
}

/** The target's PowerShell string form (its ToString()), as CategoryInfo shows it. */
function targetText(o: unknown): string {
  if (typeof o === 'string') return o;
  if (typeof o === 'number' || typeof o === 'boolean' || typeof o === 'bigint') return String(o);
  if (isNumeric(o)) return numberToString(o);
  if (Array.isArray(o)) return 'System.Object[]';
  if (o instanceof Date) return o.toISOString();
  const bag = o as { typeName?: unknown; isCustom?: unknown; properties?: unknown };
  if (typeof bag.typeName === 'string' && typeof bag.properties === 'function') {
    if (bag.isCustom !== true) return bag.typeName;
    const props = (bag.properties as () => { name: string; value: unknown }[]).call(o);
    return `@{${props.map((p) => `${p.name}=${p.value == null ? '' : typeof p.value === 'object' ? '' : String(p.value)}`).join('; ')}}`;
  }
  const text = String(o);
  return text === '[object Object]' ? (o as object).constructor?.name ?? 'System.Object' : text;
}

function typeNameOfTarget(o: unknown): string {
  if (typeof o === 'string') return 'String';
  if (isNumeric(o)) return numericType(o);
  if (typeof o === 'boolean') return 'Boolean';
  const bag = o as { typeName?: unknown; isCustom?: unknown; dotNetType?: unknown };
  // A custom object is a bare PSObject to .NET: CategoryInfo shows `(@{a=1}:PSObject)`.
  if (bag.isCustom === true) return 'PSObject';
  // An emulated .NET object shows its class, whatever type names were inserted.
  const tn = typeof bag.dotNetType === 'string' ? bag.dotNetType : bag.typeName;
  if (typeof tn === 'string') return tn.split('.').pop() ?? tn;
  return 'Object';
}

/**
 * A terminating error: thrown through the evaluator until a try/catch or the top level handles it.
 * `record` is what `$_` is in a catch block.
 */
/** `RuntimeException` → `RuntimeException,<command class>`; an id that names its command already stays. */
export function qualifyErrorId(record: ErrorRecord, suffix: string): void {
  if (!record.fullyQualifiedErrorId.includes(',')) record.fullyQualifiedErrorId += `,${suffix}`;
}

export class PSRuntimeError extends Error {
  constructor(readonly record: ErrorRecord) {
    super(record.message);
  }
}

/** Control flow for `break` / `continue` (optionally labelled), `return`, `exit`. Not errors. */
export class BreakSignal {
  constructor(readonly label?: string) {}
}
export class ContinueSignal {
  constructor(readonly label?: string) {}
}
export class ReturnSignal {
  constructor(readonly value: unknown[]) {}
}
export class ExitSignal {
  constructor(readonly code: number) {}
}
/** Ctrl+C in the interactive shell: stops the running pipeline. */
export class PipelineStoppedSignal {}

/**
 * Select-Object -First (PowerShell's StopUpstreamCommandsException): the commands upstream of `origin`
 * stop where they are, without an error; `origin` and the commands after it still run their end.
 * `origin` identifies the stopping pipeline element, so a nested pipeline never stops an outer one.
 */
export class StopUpstreamSignal {
  constructor(readonly origin: object) {}
}

/**
 * What went wrong after a streaming command (downstream) while it wrote: it travels through that
 * command's handler, and through any script the handler was running, untouched, and is unwrapped where
 * the command sits in its pipeline.
 */
export class DownstreamFailure {
  constructor(readonly error: unknown) {}
}
