// Invoke-Expression, [scriptblock]::Create and $ExecutionContext.InvokeCommand.NewScriptBlock: PowerShell
// text built at run time, run by the shell's own evaluator.

import { describe, expect, it } from 'vitest';
import { evalPs, runPs } from '../helpers/run.js';

const lines = (output: string) => (output === '' ? [] : output.replace(/\n$/, '').split('\n'));

describe('Invoke-Expression', () => {
  it('runs text in the caller scope', async () => {
    const r = await runPs("$x = 1; Invoke-Expression '$x = 5; $y = 2'; \"$x $y\"");
    expect(r.errors).toBe('');
    expect(lines(r.output)).toEqual(['5 2']);
  });

  it('writes the output of the text, from an argument or the pipeline, through the iex alias too', async () => {
    const v = await evalPs('iex "1 + 2"; "3 * 3" | Invoke-Expression; (Get-Alias iex).Definition');
    expect(v.errors).toBe('');
    expect(v.values).toEqual([3, 9, 'Invoke-Expression']);
  });

  it('inside a function the variables stay in the function', async () => {
    const r = await runPs("function f { iex '$z = 3'; \"in:$z\" }; f; \"out:[$z]\"");
    expect(lines(r.output)).toEqual(['in:3', 'out:[]']);
  });

  it('runs Cs command lines built as text', async () => {
    const r = await runPs('$id = "jabber.org"; iex "New-CsXmppAllowedPartner -Identity $id -PartnerType Federated | Out-Null"; (Get-CsXmppAllowedPartner $id).PartnerType');
    expect(r.errors).toBe('');
    expect(lines(r.output)).toEqual(['Federated']);
  });

  it('text that does not parse stops with a ParseException', async () => {
    const caught = await runPs('try { iex "1 +" } catch { $_.Exception.GetType().FullName; $_.FullyQualifiedErrorId }');
    expect(lines(caught.output)).toEqual(['System.Management.Automation.ParseException', 'ExpectedValueExpression,Microsoft.PowerShell.Commands.InvokeExpressionCommand']);
    const shown = await runPs('iex "1 +"');
    expect(shown.errors).toContain("Invoke-Expression : At line:1 char:4\n+ 1 +\n+    ~\nYou must provide a value expression following the '+' operator.");
    expect(shown.errors).toContain('ParserError: (:) [Invoke-Expression], ParseException');
  });
});

describe('script blocks from text', () => {
  it('[scriptblock]::Create makes a block that takes parameters', async () => {
    const v = await evalPs("$sb = [scriptblock]::Create('param($a) $a * 2'); & $sb 21; $sb.GetType().FullName");
    expect(v.values).toEqual([42, 'System.Management.Automation.ScriptBlock']);
  });

  it('$ExecutionContext.InvokeCommand.NewScriptBlock makes a block', async () => {
    const v = await evalPs("$sb = $ExecutionContext.InvokeCommand.NewScriptBlock('\"pool01\".ToUpper()'); $sb.Invoke()");
    expect(v.values).toEqual(['POOL01']);
  });

  it('a parse error is a failed method call', async () => {
    const r = await runPs('[scriptblock]::Create("(")');
    expect(r.errors).toContain('Exception calling "Create" with "1" argument(s): "At line:1 char:2');
  });
});
