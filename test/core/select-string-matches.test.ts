// Select-String's MatchInfo.Matches holds real regex Match objects: log-parsing scripts read the
// groups of each hit by number and by name, as they would from [regex]::Match.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runPs } from '../helpers/run.js';

async function lines(script: string): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'csshell-sls-'));
  writeFileSync(join(dir, 'log.txt'), 'user=kenmyer pool=pool01\r\nuser=davidl pool=pool02\r\n');
  const r = await runPs(script, { workingDirectory: dir });
  expect(r.errors).toBe('');
  return r.output.split(/\r?\n/).filter((l) => l.trim() !== '');
}

describe('Select-String matches', () => {
  it('gives each hit its groups by number and by name (.NET numbering: unnamed groups first)', async () => {
    expect(await lines('$r = Select-String -Path log.txt -Pattern "user=(\\w+) pool=(\\w+)"; $r[0].Matches[0].Groups[1].Value; $r[1].Matches[0].Groups[2].Value')).toEqual(['kenmyer', 'pool02']);
    expect(await lines('$r = Select-String -Path log.txt -Pattern "user=(?<u>\\w+) pool=(\\w+)"; $r[0].Matches[0].Groups["u"].Value; $r[0].Matches[0].Groups[1].Value')).toEqual(['kenmyer', 'pool01']);
  });

  it('Match members and display, one match or all of them', async () => {
    expect(await lines('$m = ("a1b22" | Select-String "\\d+").Matches; $m.Count; $m[0].Index; $m[0].Length; $m[0].Success; $m[0].GetType().FullName')).toEqual([
      '1', '1', '1', 'True', 'System.Text.RegularExpressions.Match',
    ]);
    expect(await lines('("a1b22" | Select-String "\\d+" -AllMatches).Matches | ForEach-Object { "$($_.Index):$($_.Value)" }')).toEqual(['1:1', '3:22']);
    expect(await lines('Select-String -Path log.txt -Pattern "pool=\\w+" | Format-List Matches')).toEqual(['Matches : {pool=pool01}', 'Matches : {pool=pool02}']);
  });
});
