// How `csshell check` prints its findings: `file:line:col:` lines for people, `--format json` for tools,
// `--format sarif` (SARIF 2.1.0) for code-scanning services and editors.

import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findingText, type CheckFinding } from '../engine/check/findings.js';

export type CheckFormat = 'text' | 'json' | 'sarif';
export const CHECK_FORMATS: CheckFormat[] = ['text', 'json', 'sarif'];

export interface FileFindings {
  file: string;
  findings: CheckFinding[];
}

export function textReport(results: FileFindings[]): string {
  const lines: string[] = [];
  for (const { file, findings } of results) {
    for (const f of findings) {
      const level = f.severity === 'warning' ? 'warning: ' : '';
      const who = f.command ? `${f.command}: ` : '';
      lines.push(`${file}:${f.line}:${f.column}: ${level}${who}${findingText(f)} [${f.errorId}]\n`);
    }
  }
  return lines.join('');
}

export function jsonReport(results: FileFindings[]): string {
  const findings = results.flatMap(({ file, findings }) =>
    findings.map((f) => ({
      file,
      line: f.line,
      column: f.column,
      rule: f.errorId,
      severity: f.severity,
      ...(f.command ? { command: f.command } : {}),
      message: f.message.trimEnd(),
      ...(f.suggestions ? { suggestions: f.suggestions } : {}),
    })),
  );
  const count = (s: string) => findings.filter((f) => f.severity === s).length;
  return `${JSON.stringify({ findings, errors: count('error'), warnings: count('warning') }, null, 2)}\n`;
}

/** What each rule means, for the SARIF rule list. [I] Binding rules share one description. */
const RULE_TEXT: Record<string, string> = {
  ParserError: 'The script has a syntax error.',
  CommandNotFoundException: 'The command is not a cmdlet, function or alias known to the shell.',
  CommandNotEmulated: 'The command belongs to a Windows module csshell does not emulate.',
  IdentityNotFound: 'The object named does not exist in the deployment when the command runs.',
  IdentityAlreadyExists: 'The object to create already exists in the deployment.',
};

function fileUri(file: string): string {
  return isAbsolute(file) ? pathToFileURL(file).href : encodeURI(file.replace(/\\/g, '/'));
}

export function sarifReport(results: FileFindings[], version: string): string {
  const ruleIds = [...new Set(results.flatMap((r) => r.findings.map((f) => f.errorId)))].sort();
  const rules = ruleIds.map((id) => ({
    id,
    shortDescription: { text: RULE_TEXT[id] ?? 'The command cannot be bound to its parameters as written.' },
  }));
  const sarifResults = results.flatMap(({ file, findings }) =>
    findings.map((f) => ({
      ruleId: f.errorId,
      ruleIndex: ruleIds.indexOf(f.errorId),
      level: f.severity,
      message: { text: findingText(f) },
      locations: [{ physicalLocation: { artifactLocation: { uri: fileUri(file) }, region: { startLine: f.line, startColumn: f.column } } }],
    })),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'csshell', version, rules } }, results: sarifResults }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
