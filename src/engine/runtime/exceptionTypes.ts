// The .NET exception hierarchy as far as scripts see it: which `catch [T]` clauses an error record
// matches, counting the inner exception an error stands for (DivideByZeroException inside a
// RuntimeException).

import type { TypeName } from '../../lang/ast.js';
import type { ErrorRecord } from '../errors.js';


const PARENTS: Record<string, string> = {
  'system.management.automation.runtimeexception': 'system.systemexception',
  'system.management.automation.parameterbindingexception': 'system.management.automation.runtimeexception',
  'system.management.automation.commandnotfoundexception': 'system.management.automation.runtimeexception',
  'system.management.automation.itemnotfoundexception': 'system.management.automation.sessionstateexception',
  'system.management.automation.sessionstateexception': 'system.management.automation.runtimeexception',
  'system.management.automation.sessionstateunauthorizedaccessexception': 'system.management.automation.sessionstateexception',
  'system.management.automation.actionpreferencestopexception': 'system.management.automation.runtimeexception',
  'system.management.automation.methodinvocationexception': 'system.management.automation.methodexception',
  'system.management.automation.methodexception': 'system.management.automation.runtimeexception',
  'system.management.automation.parseexception': 'system.management.automation.runtimeexception',
  'system.management.automation.scriptcalldepthexception': 'system.systemexception',
  'system.management.automation.pipelinestoppedexception': 'system.management.automation.runtimeexception',
  'system.management.automation.validationmetadataexception': 'system.management.automation.metadataexception',
  'system.management.automation.metadataexception': 'system.management.automation.runtimeexception',
  'system.argumentnullexception': 'system.argumentexception',
  'system.argumentoutofrangeexception': 'system.argumentexception',
  'system.argumentexception': 'system.systemexception',
  'system.invalidoperationexception': 'system.systemexception',
  'system.formatexception': 'system.systemexception',
  'system.invalidcastexception': 'system.systemexception',
  'system.dividebyzeroexception': 'system.arithmeticexception',
  'system.arithmeticexception': 'system.systemexception',
  'system.io.filenotfoundexception': 'system.io.ioexception',
  'system.io.directorynotfoundexception': 'system.io.ioexception',
  'system.io.ioexception': 'system.systemexception',
  'system.unauthorizedaccessexception': 'system.systemexception',
  'system.notsupportedexception': 'system.systemexception',
  'system.notimplementedexception': 'system.systemexception',
  'system.systemexception': 'system.exception',
};

/** Extra exception types an error stands for (e.g. the DivideByZeroException inside a RuntimeException). */
export const innerExceptionTypes = new WeakMap<ErrorRecord, string>();

function ancestry(typeName: string): string[] {
  const out: string[] = [];
  let t: string | undefined = typeName.toLowerCase();
  while (t && !out.includes(t)) {
    out.push(t);
    t = PARENTS[t] ?? (t === 'system.exception' ? undefined : 'system.exception');
  }
  return out;
}

function normalizeCatchName(tn: TypeName): string {
  const n = tn.name.toLowerCase();
  if (n === 'exception') return 'system.exception';
  if (n.includes('.')) return n;
  if (['runtimeexception', 'parameterbindingexception', 'commandnotfoundexception', 'itemnotfoundexception', 'actionpreferencestopexception', 'methodinvocationexception', 'scriptcalldepthexception'].includes(n)) return `system.management.automation.${n}`;
  return `system.${n}`;
}

export function catchMatches(record: ErrorRecord, types: TypeName[]): boolean {
  if (types.length === 0) return true;
  const chain = ancestry(record.exceptionType);
  const inner = innerExceptionTypes.get(record);
  if (inner) chain.push(...ancestry(inner));
  return types.some((t) => chain.includes(normalizeCatchName(t)));
}
