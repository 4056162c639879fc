// Lab files in YAML: every built-in lab validates, and broken lab files are reported at the line and
// column of the fault (the schema is src/labs/labSchema.ts).

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_LAB_FILES } from '../../src/labs/builtinLabs.js';
import { formatLabFileErrors, readLabFile } from '../../src/labs/labFile.js';
import { checkLab, labStorePath, prepareLab } from '../../src/labs/labs.js';
import { createSession } from '../../src/engine/createSession.js';
import { RecordingHost } from '../../src/engine/recordingHost.js';
import { openStore } from '../../src/store/open.js';
import { builtins } from '../../src/cmdlets/index.js';
import { repoRoot, runCli } from '../helpers/cli.js';

/** The errors of a lab file as `line:col: message`. */
function errorsOf(text: string): string[] {
  return formatLabFileErrors('', readLabFile(text).errors).map((l) => l.slice(1));
}

const TASK = `  - id: edge
    title: Allow federated users on the Access Edge
    hints:
      - Federated users must be let in at the Access Edge.
      - Set-CsAccessEdgeConfiguration
      - Set-CsAccessEdgeConfiguration -AllowFederatedUsers $true
    check: (Get-CsAccessEdgeConfiguration).AllowFederatedUsers
`;
const HEAD = `name: small-lab
title: A small lab
description: One task.
tasks:
`;

describe('built-in lab files', () => {
  it.each(Object.keys(BUILTIN_LAB_FILES))('%s validates', (file) => {
    expect(formatLabFileErrors(file, readLabFile(BUILTIN_LAB_FILES[file]!).errors)).toEqual([]);
  });

  it('a lab file that is right gives its definition', () => {
    const { lab, errors } = readLabFile(HEAD + TASK);
    expect(errors).toEqual([]);
    expect(lab?.tasks.map((t) => t.id)).toEqual(['edge']);
    expect(lab?.setup).toEqual([]);
  });
});

describe('broken lab files', () => {
  it('a missing required key is reported at the map that lacks it', () => {
    expect(errorsOf(`name: small-lab\ndescription: One task.\ntasks:\n${TASK.replace('    check: (Get-CsAccessEdgeConfiguration).AllowFederatedUsers\n', '')}`)).toEqual([
      "1:1: the lab has no 'title'",
      "4:5: task 1 has no 'check'",
    ]);
  });

  it('a value of the wrong type, and an unknown key', () => {
    expect(errorsOf(`name: small-lab\ntitle: 2019\ndescription: One task.\ntask: []\ntasks:\n${TASK}`)).toEqual([
      '4:1: unknown key \'task\' in the lab (known keys: name, title, description, setup, tasks)',
      "2:8: 'title' must be text, not the number 2019",
    ]);
  });

  it('two tasks with the same id: the second id is at fault', () => {
    expect(errorsOf(HEAD + TASK + TASK)).toEqual(["12:9: task id 'edge' is already the id of task 1"]);
  });

  it('a task without three hints', () => {
    const text = HEAD + TASK.replace('      - Set-CsAccessEdgeConfiguration\n', '');
    expect(errorsOf(text)).toEqual(['8:7: a task has 3 hints (a nudge, the cmdlet, the full command), not 2']);
  });

  it('a diagnosis rule without a message, and one that is not a map', () => {
    const text = `${HEAD}${TASK}    diagnosis:\n      - require: $true\n      - just words\n`;
    expect(errorsOf(text)).toEqual([
      "13:9: a diagnosis rule has no 'message'",
      "14:9: a diagnosis rule must be a map with 'require' and 'message', not text",
    ]);
  });

  it('PowerShell that does not parse, at the column of the fault (plain, quoted and literal block)', () => {
    const text = `${HEAD}${TASK.replace('check: (Get-CsAccessEdgeConfiguration).AllowFederatedUsers', 'check: |\n      $a = 1\n      (Get-CsAccessEdgeConfiguration.AllowFederatedUsers')}    diagnosis:\n      - require: $x -eq\n        message: "the value is $($x"\n`;
    const errors = errorsOf(text);
    expect(errors[0]).toMatch(/^13:57: PowerShell does not parse: Missing closing '\)'/);
    expect(errors[1]).toMatch(/^15:24: PowerShell does not parse: You must provide a value expression following the '-eq' operator/);
    expect(errors[2]).toMatch(/^16:19: PowerShell does not parse: The string is missing the terminator/);
    expect(errors).toHaveLength(3);
  });

  it('a YAML syntax error, a bad name and an empty title', () => {
    expect(errorsOf('name: small-lab\ntitle: [unclosed\n')[0]).toMatch(/^3:1: YAML: /);
    expect(errorsOf(`name: Small Lab\ntitle: ""\ndescription: x\ntasks:\n${TASK}`)).toEqual([
      "1:7: 'name' must be a name of lowercase letters, digits and dashes: 'Small Lab' is not",
      "2:8: 'title' must not be empty",
    ]);
  });

  it('a lab without tasks, and a file that is not a map', () => {
    expect(errorsOf(`name: small-lab\ntitle: t\ndescription: d\ntasks: []\n`)).toEqual(['4:8: a lab needs at least one task']);
    expect(errorsOf('- just\n- a list\n')).toEqual(['1:1: a lab file is a map with name, title, description, setup and tasks']);
  });
});

describe('csshell lab validate', () => {
  it('prints file:line:col errors; exit 0 valid, 1 invalid, 2 missing file', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'csshell-labv-'));
    writeFileSync(join(cwd, 'good.yaml'), HEAD + TASK);
    writeFileSync(join(cwd, 'bad.yaml'), HEAD + TASK + TASK);
    expect(runCli(['lab', 'validate', 'good.yaml'], { cwd })).toMatchObject({ status: 0, stdout: "good.yaml: valid lab 'small-lab' (1 tasks)\n" });
    const bad = runCli(['lab', 'validate', 'good.yaml', 'bad.yaml'], { cwd });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain("bad.yaml:12:9: task id 'edge' is already the id of task 1\n");
    const missing = runCli(['lab', 'validate', 'bad.yaml', 'nope.yaml'], { cwd });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe("csshell lab validate: cannot find the file 'nope.yaml'.\n");
  });
});

describe('the guide for trainers (fixtures/labs/README.md)', () => {
  it('its complete example validates and starts broken, then is solved by its last hints', async () => {
    const guide = readFileSync(join(repoRoot, 'fixtures', 'labs', 'README.md'), 'utf8');
    const example = /```yaml\n([\s\S]*?)```/.exec(guide)![1]!;
    const { lab, errors } = readLabFile(example);
    expect(errors).toEqual([]);
    const folder = mkdtempSync(join(tmpdir(), 'csshell-labv-'));
    await prepareLab(lab!, folder);
    const store = openStore(labStorePath(folder));
    try {
      const before = await checkLab(lab!, store, folder);
      expect(before.map((r) => r.diagnosis)).toEqual(['the global policy has EnableFederationAccess False', 'AllowFederatedUsers is False in the Access Edge configuration']);
      const engine = createSession({ host: new RecordingHost(), store, session: { localComputer: 'fe01.contoso.com', workingDirectory: folder, interactive: false }, builtins: builtins() });
      await engine.execute(lab!.tasks.map((t) => t.hints[2]).join('\n'));
      expect((await checkLab(lab!, store, folder)).map((r) => r.done)).toEqual([true, true]);
    } finally {
      store.close();
    }
  });
});

describe('lab documentation', () => {
  it('every option and verb of csshell lab --help is in the README lab section', async () => {
    const { LAB_USAGE } = await import('../../src/host/labCommand.js');
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('### Training labs'), readme.indexOf('### The demo deployment'));
    const options = [...new Set(LAB_USAGE.match(/--[a-z-]+/g))];
    expect(options.length).toBeGreaterThan(6);
    expect(options.filter((o) => !section.includes(`\`${o}`))).toEqual([]);
    const verbs = [...LAB_USAGE.matchAll(/^ {2}csshell lab ([a-z]+)/gm)].map((m) => m[1]!);
    expect(verbs.filter((v) => !section.includes(`lab ${v}`))).toEqual([]);
    for (const command of ['Reset-Lab', 'Set-LabOption', 'Get-LabTask', 'Test-LabProgress', 'Get-LabHint']) expect(LAB_USAGE + section).toContain(command);
  });
});
