// Out-Default as a stream: lines come out as objects go in, with the same framing as formatting them all
// at once; a table fixes its widths from its first rows; Format-* write PowerShell's format records.

import { describe, expect, it } from 'vitest';
import { formatDefault, OutDefaultStream } from '../../src/format/index.js';
import { TABLE_LAYOUT_ROWS } from '../../src/format/tableStream.js';
import { PSObject } from '../../src/engine/runtime/values.js';
import { evalPs, runPs } from '../helpers/run.js';

const row = (name: string, n: number) => new PSObject(undefined, { Name: name, N: n });
const big = (i: number) => new PSObject(undefined, { a: i, b: 2, c: 3, d: 4, e: 5 });

/** Everything a stream writes for `values`, object by object, and what it wrote after each one. */
function streamed(values: unknown[], width = 120) {
  const out = new OutDefaultStream(width);
  const steps = values.map((v) => out.write(v));
  const last = out.finish();
  return { lines: [...steps.flat(), ...last], steps, last };
}

describe('OutDefaultStream', () => {
  it('writes the same lines as formatting everything at once, for mixed output', () => {
    const mixed = ['text', row('a', 1), row('bb', 22), big(1), 'more', row('c', 3), big(2), 7];
    expect(streamed(mixed).lines).toEqual(formatDefault(mixed, 120));
  });

  it('a list entry and a scalar are written as soon as they arrive', () => {
    const { steps } = streamed([big(1), big(2)]);
    expect(steps[0]).toEqual(['', 'a : 1', 'b : 2', 'c : 3', 'd : 4', 'e : 5', '']);
    expect(steps[1]).toEqual(['a : 2', 'b : 2', 'c : 3', 'd : 4', 'e : 5', '']);
    expect(streamed(['x']).steps[0]).toEqual(['x']);
  });

  it(`a table waits for ${TABLE_LAYOUT_ROWS} rows, then fixes its widths and writes each later row at once`, () => {
    const rows = Array.from({ length: TABLE_LAYOUT_ROWS + 2 }, (_, i) => row(`n${i % 10}`, i % 10));
    rows[TABLE_LAYOUT_ROWS + 1] = row('a much longer name than any before', 1);
    const { steps, last } = streamed(rows);
    expect(steps[0]).toEqual(['']);
    expect(steps.slice(1, TABLE_LAYOUT_ROWS - 1).every((s) => s.length === 0)).toBe(true);
    expect(steps[TABLE_LAYOUT_ROWS - 1]!.slice(0, 3)).toEqual(['Name N', '---- -', 'n0   0']);
    expect(steps[TABLE_LAYOUT_ROWS - 1]).toHaveLength(2 + TABLE_LAYOUT_ROWS);
    expect(steps[TABLE_LAYOUT_ROWS]).toEqual(['n0   0']);
    // As in PowerShell, a later wider value is cut to the widths already chosen.
    expect(steps[TABLE_LAYOUT_ROWS + 1]).toEqual(['a... 1']);
    expect(last).toEqual(['', '']);
  });

  it('a short table is laid out from all its rows when the output ends', () => {
    const { steps, last } = streamed([row('a', 1), row('a long name', 2)]);
    expect(steps).toEqual([[''], []]);
    expect(last).toEqual(['Name        N', '----        -', 'a           1', 'a long name 2', '', '']);
  });
});

describe('Format-* write format records as the objects come', () => {
  it('Format-Table writes a start, a group start, one entry per object, a group end and an end', async () => {
    const { values } = await evalPs('1..3 | ForEach-Object { [pscustomobject]@{ N = $_ } } | Format-Table | ForEach-Object { $_.GetType().Name }');
    expect(values).toEqual(['FormatStartData', 'GroupStartData', 'FormatEntryData', 'FormatEntryData', 'FormatEntryData', 'GroupEndData', 'FormatEndData']);
    expect((await evalPs('@() | Format-Table')).values).toEqual([]);
  });

  it('kept format records still render, and -AutoSize sizes from every row', async () => {
    const kept = await runPs('$t = 1..2 | ForEach-Object { [pscustomobject]@{ N = $_ } } | Format-List; $t | Out-String -Stream');
    expect(kept.output).toBe('\nN : 1\n\nN : 2\n\n\n');
    const names = Array.from({ length: TABLE_LAYOUT_ROWS + 1 }, (_, i) => (i === TABLE_LAYOUT_ROWS ? 'the widest name of all' : `n${i}`));
    const list = names.map((n) => `'${n}'`).join(',');
    const auto = await runPs(`${list} | ForEach-Object { [pscustomobject]@{ Name = $_ } } | Format-Table -AutoSize`);
    expect(auto.output.split('\n')).toContain('the widest name of all');
    const streamedTable = await runPs(`${list} | ForEach-Object { [pscustomobject]@{ Name = $_ } } | Format-Table`);
    expect(streamedTable.output.split('\n')).toContain('t...');
  });
});
