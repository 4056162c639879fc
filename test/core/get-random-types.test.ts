// Get-Random gives a number of the bounds' type: a Double when either bound is floating point, an
// Int64 when either is an Int64, else an Int32, always within [Minimum, Maximum).
import { describe, expect, it } from 'vitest';
import { runPs } from '../helpers/run.js';

async function line(script: string): Promise<string> {
  const r = await runPs(script);
  expect(r.errors).toBe('');
  return r.output.trim();
}

describe('Get-Random number types', () => {
  it('a floating-point bound gives a Double in range', async () => {
    expect(await line('$r = Get-Random -Minimum 0.0 -Maximum 1.0; $r.GetType().FullName; ($r -ge 0 -and $r -lt 1)')).toBe('System.Double\nTrue');
    expect(await line('$r = Get-Random -Minimum 1 -Maximum 2.5; $r.GetType().FullName; ($r -ge 1 -and $r -lt 2.5)')).toBe('System.Double\nTrue');
    expect(await line('(1..20 | ForEach-Object { Get-Random -Maximum 0.5 } | Where-Object { $_ -ge 0.5 -or $_ -lt 0 }).Count')).toBe('0');
  });

  it('integer bounds give an Int32, an Int64 bound an Int64', async () => {
    expect(await line('(Get-Random -Maximum 10).GetType().FullName; (Get-Random).GetType().FullName')).toBe('System.Int32\nSystem.Int32');
    expect(await line('(Get-Random -Minimum 5000000000 -Maximum 5000000010).GetType().FullName')).toBe('System.Int64');
    expect(await line('(Get-Random -Maximum 10L).GetType().FullName')).toBe('System.Int64');
  });

  it('refuses a Minimum not below the Maximum, naming both', async () => {
    const r = await runPs('Get-Random -Minimum 2.5 -Maximum 1.5');
    expect(r.errors).toMatch(/The Minimum value \(2\.5\) cannot be greater than or equal to the Maximum value \(1\.5\)\./);
  });
});
