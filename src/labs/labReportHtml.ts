// The lab report as one self-contained HTML page: inline CSS, the table, and per lab an inline SVG
// bar chart of how many trainees finished each task. No scripts, nothing loaded from elsewhere, and
// every text from a lab folder or a lab file is escaped.

import { finishedPerTask, type TraineeRow } from './labReport.js';
import { REPORT_HEADERS, rowCells } from './labReportText.js';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const STYLE = `body{font-family:system-ui,sans-serif;margin:2em;color:#222}
table{border-collapse:collapse;margin-bottom:2em}th,td{border:1px solid #bbb;padding:.3em .7em;text-align:left}
th{background:#eef}td.num{text-align:right}svg text{font-size:12px}`;

/** [I] Chart geometry: one bar per task, BAR_HEIGHT high, scaled to the number of trainees. */
const BAR_HEIGHT = 22;
const LABEL_WIDTH = 260;
const BAR_WIDTH = 300;

function chart(title: string, tasks: string[], counts: number[], trainees: number): string {
  const height = tasks.length * (BAR_HEIGHT + 6) + 10;
  const bars = tasks.map((task, i) => {
    const y = 5 + i * (BAR_HEIGHT + 6);
    const width = trainees ? Math.round((counts[i]! / trainees) * BAR_WIDTH) : 0;
    return [
      `<text x="${LABEL_WIDTH - 8}" y="${y + 15}" text-anchor="end">${escapeHtml(task)}</text>`,
      `<rect x="${LABEL_WIDTH}" y="${y}" width="${width}" height="${BAR_HEIGHT}" fill="#4a7bd0"><title>${counts[i]} of ${trainees}</title></rect>`,
      `<text x="${LABEL_WIDTH + width + 6}" y="${y + 15}">${counts[i]} of ${trainees}</text>`,
    ].join('');
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeHtml(title)}" width="${LABEL_WIDTH + BAR_WIDTH + 80}" height="${height}">${bars.join('\n')}</svg>`;
}

function table(rows: TraineeRow[]): string {
  const head = `<tr>${REPORT_HEADERS.map((h) => `<th>${h}</th>`).join('')}</tr>`;
  const body = rows.map((r) => `<tr>${rowCells(r).map((c, i) => `<td${i >= 2 ? ' class="num"' : ''}>${escapeHtml(c)}</td>`).join('')}</tr>`);
  return `<table>\n${head}\n${body.join('\n')}\n</table>`;
}

export function reportHtml(rows: TraineeRow[], generatedAt = new Date()): string {
  const charts = finishedPerTask(rows).map(({ lab, trainees, counts }) => {
    const title = `How many trainees finished each task of ${lab.name}`;
    return `<h2>${escapeHtml(lab.title)} (${escapeHtml(lab.name)})</h2>\n<p>${escapeHtml(title)}, out of ${trainees}.</p>\n${chart(title, lab.tasks.map((t) => t.id), counts, trainees)}`;
  });
  return [
    '<!DOCTYPE html>',
    '<html lang="en"><head><meta charset="utf-8"><title>csshell lab report</title>',
    `<style>${STYLE}</style></head><body>`,
    '<h1>Lab report</h1>',
    `<p>${rows.length} trainee folders, gathered ${escapeHtml(generatedAt.toISOString())}.</p>`,
    table(rows),
    ...charts,
    '</body></html>',
    '',
  ].join('\n');
}
