// `-Report <path>` of the deployment cmdlets (Test-CsTopology, Get-CsWindowsService, the certificate
// cmdlets, …): after the command, a small report of what it did and what went wrong is written to the
// file, inside the sandbox. [I] Format by extension: `.xml` gives an XML document, anything else HTML
// (the documentation's examples name `.html` files). The report is written even when the command fails,
// since recording failures is what it is for; a report that cannot be written fails the command.

import type { CmdletContext, CmdletImplementation, ErrorSpec } from '../../../engine/cmdlet.js';
import { ErrorRecord } from '../../../engine/errors.js';
import { PSObject } from '../../../engine/runtime/values.js';
import { overrideContext } from './contextOverride.js';
import { CsCommandError, fail } from './commandError.js';
import { prepareSandboxWrite } from './files.js';
import { FileChanges } from './commandFiles.js';
import { sandboxFiles } from '../../../engine/files/sandbox.js';
import { placeFilesBeforeCommit } from './commandTransaction.js';
import { sessionComputer } from './commandContext.js';

type Level = 'Information' | 'Warning' | 'Error';

interface ReportEntry {
  level: Level;
  text: string;
}

/** Properties that name an output object in a report line, most telling first. [I] */
const NAME_PROPERTIES = ['Identity', 'TargetFqdn', 'Name', 'ReplicaFqdn', 'Use', 'Thumbprint'];
/** Properties that tell its state. [I] */
const STATE_PROPERTIES = ['Result', 'Status', 'Exists', 'UpToDate', 'Error', 'Diagnosis'];

function describeObject(value: unknown): string {
  if (!(value instanceof PSObject)) return String(value);
  const name = NAME_PROPERTIES.map((p) => value.get(p)).find((v) => v !== undefined && v !== null && v !== '');
  const states = STATE_PROPERTIES.flatMap((p) => {
    const v = value.get(p);
    return v === undefined || v === null || v === '' ? [] : [`${p}=${String(v)}`];
  });
  return [name === undefined ? value.typeNames[0] ?? 'Object' : String(name), ...states].join(' ');
}

function errorText(error: ErrorSpec | ErrorRecord | unknown): string {
  if (error instanceof ErrorRecord) return error.message;
  if (error && typeof error === 'object' && 'message' in error) return String((error as { message: unknown }).message);
  return String(error);
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

interface ReportHeader {
  cmdlet: string;
  computer: string;
  time: Date;
}

const errorCount = (entries: ReportEntry[]) => entries.filter((e) => e.level === 'Error').length;

export function reportXml(h: ReportHeader, entries: ReportEntry[]): string {
  const lines = entries.map((e) => `  <Entry Level="${e.level}">${escapeXml(e.text)}</Entry>`);
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<Report Cmdlet="${escapeXml(h.cmdlet)}" Computer="${escapeXml(h.computer)}" Time="${h.time.toISOString()}" Errors="${errorCount(entries)}">`,
    ...lines,
    '</Report>',
    '',
  ].join('\r\n');
}

export function reportHtml(h: ReportHeader, entries: ReportEntry[]): string {
  const rows = entries.map((e) => `<tr class="${e.level.toLowerCase()}"><td>${e.level}</td><td>${escapeXml(e.text)}</td></tr>`);
  return [
    '<!DOCTYPE html>',
    `<html><head><meta charset="utf-8"><title>${escapeXml(h.cmdlet)} report</title></head><body>`,
    `<h1>${escapeXml(h.cmdlet)}</h1>`,
    `<p>Computer: ${escapeXml(h.computer)}<br>Time: ${h.time.toISOString()}<br>Errors: ${errorCount(entries)}</p>`,
    '<table border="1"><tr><th>Level</th><th>Message</th></tr>',
    ...rows,
    '</table></body></html>',
    '',
  ].join('\r\n');
}

/** A context whose output, warnings and errors are also noted for the report. */
function recordingContext(ctx: CmdletContext, entries: ReportEntry[]): CmdletContext {
  const overrides: Partial<CmdletContext> = {
    writeObject: (value, enumerate) => {
      const items = enumerate !== false && Array.isArray(value) ? value : [value];
      for (const v of items) entries.push({ level: 'Information', text: describeObject(v) });
      ctx.writeObject(value, enumerate);
    },
    writeError: (error) => {
      entries.push({ level: 'Error', text: errorText(error) });
      ctx.writeError(error);
    },
    throwTerminatingError: (error) => {
      entries.push({ level: 'Error', text: errorText(error) });
      return ctx.throwTerminatingError(error);
    },
    writeWarning: (text) => {
      entries.push({ level: 'Warning', text });
      ctx.writeWarning(text);
    },
    writeVerbose: (text) => {
      entries.push({ level: 'Information', text });
      ctx.writeVerbose(text);
    },
  };
  return overrideContext(ctx, overrides);
}

/** The report so far, as XML or HTML by the file's extension. */
function reportText(ctx: CmdletContext, psPath: string, entries: ReportEntry[]): string {
  const header = { cmdlet: ctx.metadata.name, computer: sessionComputer(ctx), time: new Date() };
  return /\.xml$/i.test(psPath) ? reportXml(header, entries) : reportHtml(header, entries);
}

/**
 * Adds `-Report` to a cmdlet: a bad report path fails before anything is done; afterwards the report
 * lists the objects written, warnings, verbose notes and errors (also a terminating one).
 *
 * The report is part of the command's change: every store transaction of the command puts the report
 * written so far in place before it commits (commandTransaction.ts), so a report that cannot be written
 * fails the command with nothing changed. At the end the complete report replaces it; that last write
 * goes to a path written a moment before, so only a file system failing in between could leave the
 * store changed with the earlier report in place.
 */
export function withReport(impl: CmdletImplementation): CmdletImplementation {
  const entries: ReportEntry[] = [];
  let target: { hostPath: string; psPath: string } | undefined;
  let started = false;

  const start = (ctx: CmdletContext) => {
    if (started) return;
    started = true;
    const psPath = ctx.params.Report;
    if (psPath === undefined || psPath === null || String(psPath) === '') return;
    target = { psPath: String(psPath), hostPath: prepareSandboxWrite(ctx, String(psPath), (spec) => fail(spec, true), { createFolders: true }) };
  };
  /** Puts the report in place; when it cannot be, the command fails and the report is not tried again. */
  const place = (ctx: CmdletContext, files: FileChanges) => {
    if (!target) return;
    const { hostPath, psPath } = target;
    files.place(hostPath, psPath, reportText(ctx, psPath, entries), (spec) => {
      target = undefined;
      return ctx.throwTerminatingError(spec);
    });
  };
  const finish = (ctx: CmdletContext) => {
    const files = new FileChanges(() => sandboxFiles(ctx.engine.session));
    place(ctx, files);
    files.keep();
    target = undefined;
  };
  const phase = (run?: (c: CmdletContext) => void | Promise<void>) =>
    async (ctx: CmdletContext) => {
      try {
        start(ctx);
      } catch (e) {
        return rethrowAsTerminating(ctx, e);
      }
      if (!run) return;
      try {
        await run(target ? recording(ctx) : ctx);
      } catch (e) {
        // A terminating error raised through the context is noted already; any other failure is noted here.
        const last = entries[entries.length - 1];
        if (target && !(last?.level === 'Error' && last.text === errorText(e))) entries.push({ level: 'Error', text: errorText(e) });
        finish(ctx);
        throw e;
      }
    };
  const recording = (ctx: CmdletContext) => {
    const noting = recordingContext(ctx, entries);
    placeFilesBeforeCommit(noting, (files) => place(ctx, files));
    return noting;
  };
  return {
    begin: phase(impl.begin?.bind(impl)),
    process: phase(impl.process?.bind(impl)),
    end: async (ctx) => {
      await phase(impl.end?.bind(impl))(ctx);
      finish(ctx);
    },
  };
}

/** A CsCommandError from the report path check is thrown as the command's terminating error. */
function rethrowAsTerminating(ctx: CmdletContext, e: unknown): never {
  if (e instanceof CsCommandError) ctx.throwTerminatingError(e.spec);
  throw e;
}
