// One reading of date text for casts, comparisons and parameter binding: every form one of them
// accepts, the others accept too, with the same result.
import { describe, expect, it } from 'vitest';
import { runPs } from '../helpers/run.js';

/** `[datetime]` cast, `-lt` comparison and a DateTime parameter (Get-Date -Date) of the same text. */
async function threeWays(text: string): Promise<string[]> {
  const r = await runPs(
    [
      `$t = '${text}'`,
      `([datetime]$t).ToString('yyyy-MM-dd HH:mm:ss.fff')`,
      `((Get-Date -Year 3000) -gt $t)`,
      `(Get-Date -Date $t).ToString('yyyy-MM-dd HH:mm:ss.fff')`,
    ].join('\n'),
  );
  expect(r.errors).toBe('');
  return r.output.trim().split('\n');
}

describe('date text', () => {
  it.each([
    ['2026-12-31', '2026-12-31 00:00:00.000'],
    ['2026-12-31 17:05', '2026-12-31 17:05:00.000'],
    ['2026-12-31T17:05:09.25', '2026-12-31 17:05:09.250'],
    ['12/31/2026', '2026-12-31 00:00:00.000'],
    ['12/31/2026 5:05 PM', '2026-12-31 17:05:00.000'],
    ['12/31/2026 17:05:09', '2026-12-31 17:05:09.000'],
    ['December 31, 2026', '2026-12-31 00:00:00.000'],
    ['Dec 31 2026 5:05 PM', '2026-12-31 17:05:00.000'],
    ['31 December 2026', '2026-12-31 00:00:00.000'],
  ])('%s reads the same in a cast, a comparison and a parameter', async (text, want) => {
    expect(await threeWays(text)).toEqual([want, 'True', want]);
  });

  it('an offset or Z converts to local time in all three', async () => {
    const [cast, , param] = await threeWays('2026-12-31T17:05:00+02:00');
    const local = new Date(Date.UTC(2026, 11, 31, 15, 5));
    const p = (n: number) => String(n).padStart(2, '0');
    const want = `${local.getFullYear()}-${p(local.getMonth() + 1)}-${p(local.getDate())} ${p(local.getHours())}:${p(local.getMinutes())}:00.000`;
    expect(cast).toBe(want);
    expect(param).toBe(want);
  });

  it.each(['2026-02-30', '13/01/2026', '12/31/2026 13:00 PM', '2026-12-31 24:00', 'Smarch 3, 2026'])('%s is not a date anywhere', async (text) => {
    const r = await runPs(`[datetime]'${text}'`);
    expect(r.errors).toContain('Cannot convert value');
    const b = await runPs(`Get-Date -Date '${text}'`);
    expect(b.errors).toContain('Cannot bind parameter');
  });
});
