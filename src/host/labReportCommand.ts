// `csshell lab report <folders...> [--format text|csv|html] [--output <file>]`: gathers trainees' lab
// folders into one table (src/labs/labReport.ts). A folder that cannot be reported is named on stderr
// and skipped. The output file is written under the working directory only.

import { resolve } from 'node:path';
import { SandboxFiles } from '../engine/files/sandbox.js';
import { gatherLabReport } from '../labs/labReport.js';
import { reportHtml } from '../labs/labReportHtml.js';
import { reportCsv, reportText } from '../labs/labReportText.js';

const FORMATS = ['text', 'csv', 'html'] as const;
type ReportFormat = (typeof FORMATS)[number];

interface ReportArgs {
  folders: string[];
  format: ReportFormat;
  output?: string;
}

/** The parsed arguments, or a message saying what is wrong with them. */
function reportArgs(args: string[]): ReportArgs | string {
  const parsed: ReportArgs = { folders: [], format: 'text' };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--format' || arg === '--output') {
      const value = args[++i];
      if (value === undefined) return `${arg} needs a value`;
      if (arg === '--output') parsed.output = value;
      else if ((FORMATS as readonly string[]).includes(value)) parsed.format = value as ReportFormat;
      else return `unknown format '${value}' (text, csv or html)`;
    } else if (arg.startsWith('--')) {
      return `unknown option '${arg}'`;
    } else {
      parsed.folders.push(arg);
    }
  }
  return parsed.folders.length ? parsed : 'name at least one lab folder';
}

export async function labReportCommand(args: string[]): Promise<number> {
  const parsed = reportArgs(args);
  if (typeof parsed === 'string') {
    process.stderr.write(`csshell lab report: ${parsed}.\nusage: csshell lab report <folder>... [--format text|csv|html] [--output <file>]\n`);
    return 2;
  }
  const report = await gatherLabReport(parsed.folders.map((f) => resolve(f)));
  for (const s of report.skipped) process.stderr.write(`csshell lab report: skipped ${s.folder}: it ${s.reason}.\n`);
  const text = parsed.format === 'csv' ? reportCsv(report.rows) : parsed.format === 'html' ? reportHtml(report.rows) : reportText(report.rows);
  if (parsed.output === undefined) {
    process.stdout.write(text);
  } else {
    try {
      new SandboxFiles(process.cwd()).writeFile(resolve(parsed.output), text);
    } catch (e) {
      process.stderr.write(`csshell lab report: cannot write '${parsed.output}': ${e instanceof Error ? e.message : String(e)}\n`);
      return 1;
    }
  }
  return report.rows.length ? 0 : 1;
}
