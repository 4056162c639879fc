// renderErrorRecord: the Windows PowerShell 5.1 NormalView layout (DOMAIN.md §5.1).

import { describe, expect, it } from 'vitest';
import type { Extent, Source } from '../../src/lang/ast.js';
import { ErrorRecord } from '../../src/engine/errors.js';
import { renderErrorRecord } from '../../src/format/errorView.js';
import { failed } from './binderHarness.js';

function extent(text: string, start: number, end: number, file?: string): Extent {
  const source: Source = { text, file };
  const before = text.slice(0, start).split('\n');
  const line = before.length;
  const column = before[before.length - 1]!.length + 1;
  const upto = text.slice(0, end).split('\n');
  return { source, start, end, line, column, endLine: upto.length, endColumn: upto[upto.length - 1]!.length + 1 };
}

describe('renderErrorRecord', () => {
  it('a parameter-binding error on a one-liner', async () => {
    const r = await failed('New-CsExternalAccessPolicy -Identity XmppUsers -EnableXmpAccess $true');
    expect(renderErrorRecord(r.record)).toBe(
      [
        "New-CsExternalAccessPolicy : A parameter cannot be found that matches parameter name 'EnableXmpAccess'.",
        'At line:1 char:48',
        '+ New-CsExternalAccessPolicy -Identity XmppUsers -EnableXmpAccess $true',
        '+                                                ~~~~~~~~~~~~~~~~',
        '    + CategoryInfo          : InvalidArgument: (:) [New-CsExternalAccessPolicy], ParameterBindingException',
        '    + FullyQualifiedErrorId : NamedParameterNotFound,Microsoft.Rtc.Management.Internal.NewExternalAccessPolicyCmdlet',
      ].join('\n'),
    );
  });

  it('a throw at script level has no command prefix', () => {
    const text = 'throw "text"';
    const rec = new ErrorRecord({
      message: 'text',
      category: 'OperationStopped',
      errorId: 'text',
      targetObject: 'text',
      activity: '',
      invocation: { extent: extent(text, 0, text.length) },
    });
    expect(renderErrorRecord(rec)).toBe(
      [
        'text',
        'At line:1 char:1',
        '+ throw "text"',
        '+ ~~~~~~~~~~~~',
        '    + CategoryInfo          : OperationStopped: (text:String) [], RuntimeException',
        '    + FullyQualifiedErrorId : text',
      ].join('\n'),
    );
  });

  it('a script file shows the path and the line of the error', () => {
    const text = '$x = 1\n  Get-CsFoo -Bar\n';
    const rec = new ErrorRecord({
      message: "The term 'Get-CsFoo' is not recognized as the name of a cmdlet.",
      category: 'ObjectNotFound',
      errorId: 'CommandNotFoundException',
      targetObject: 'Get-CsFoo',
      exceptionType: 'System.Management.Automation.CommandNotFoundException',
      activity: '',
      invocation: { extent: extent(text, 9, 18, 'C:\\scripts\\setup.ps1') },
    });
    expect(renderErrorRecord(rec).split('\n').slice(1, 5)).toEqual([
      'At C:\\scripts\\setup.ps1:2 char:3',
      '+   Get-CsFoo -Bar',
      '+   ~~~~~~~~~',
      '    + CategoryInfo          : ObjectNotFound: (Get-CsFoo:String) [], CommandNotFoundException',
    ]);
  });

  it('an empty extent still gets one tilde', () => {
    const text = 'Get-Thing';
    const rec = new ErrorRecord({ message: 'm', errorId: 'X', invocation: { commandName: 'Get-Thing', extent: extent(text, 9, 9) } });
    expect(renderErrorRecord(rec).split('\n')[3]).toBe('+          ~');
  });

  it('a long line is windowed around an error near its end', () => {
    const text = `Set-CsExternalAccessPolicy -Identity Global -EnableFederationAccess $true -EnableXmppAccess true`;
    const start = text.indexOf('true', text.indexOf('-EnableXmppAccess'));
    const rec = new ErrorRecord({ message: 'm', errorId: 'X', invocation: { commandName: 'Set-CsExternalAccessPolicy', extent: extent(text, start, start + 4) } });
    const lines = renderErrorRecord(rec).split('\n');
    expect(lines[1]).toBe(`At line:1 char:${start + 1}`);
    // The window is 69 characters wide; room left after the error goes to earlier context.
    expect(lines[2]).toBe(`+ ... ${text.slice(text.length - 69)}`);
    expect(lines[3]).toBe(`+ ${' '.repeat(4 + start - (text.length - 69))}~~~~`);
  });

  it('a long line with an early error is cut at the end', () => {
    const text = `Set-CsExternalAccessPolicy -Bogus 1 -EnableFederationAccess $true -EnableXmppAccess $true -Force`;
    const rec = new ErrorRecord({ message: 'm', errorId: 'X', invocation: { commandName: 'Set-CsExternalAccessPolicy', extent: extent(text, 27, 33) } });
    const lines = renderErrorRecord(rec).split('\n');
    expect(lines[2]).toBe(`+ ${text.slice(0, 69)} ...`);
    expect(lines[3]).toBe(`+ ${' '.repeat(27)}~~~~~~`);
  });

  it('an error in the middle of a long line keeps context on both sides', () => {
    const text = `${'a'.repeat(60)} Get-Thing -Bogus ${'b'.repeat(60)}`;
    const start = text.indexOf('-Bogus');
    const rec = new ErrorRecord({ message: 'm', errorId: 'X', invocation: { commandName: 'Get-Thing', extent: extent(text, start, start + 6) } });
    const lines = renderErrorRecord(rec).split('\n');
    expect(lines[2]).toBe(`+ ... ${text.slice(start - 55, start - 55 + 69)} ...`);
    expect(lines[3]).toBe(`+ ${' '.repeat(4 + 55)}~~~~~~`);
  });

  it('an error wider than the window is underlined to its edge', () => {
    const text = `Get-Thing ${'x'.repeat(100)}`;
    const rec = new ErrorRecord({ message: 'm', errorId: 'X', invocation: { commandName: 'Get-Thing', extent: extent(text, 10, 110) } });
    const lines = renderErrorRecord(rec).split('\n');
    expect(lines[2]).toBe(`+ ${text.slice(0, 69)} ...`);
    expect(lines[3]).toBe(`+ ${' '.repeat(10)}${'~'.repeat(59)}`);
  });

  it('a multi-line extent underlines to the end of its first line', () => {
    const text = 'Get-Thing -A 1 `\n  -B 2';
    const rec = new ErrorRecord({ message: 'm', errorId: 'X', invocation: { commandName: 'Get-Thing', extent: extent(text, 0, text.length) } });
    expect(renderErrorRecord(rec).split('\n').slice(2, 4)).toEqual(['+ Get-Thing -A 1 `', '+ ~~~~~~~~~~~~~~~~']);
  });

  it('no extent: message and category lines only', () => {
    const rec = new ErrorRecord({ message: 'Cannot find "XmppAllowedPartner" with identity "x".', errorId: 'NotFound,Cls', category: 'ObjectNotFound', targetObject: 'x', invocation: { commandName: 'Get-CsXmppAllowedPartner' } });
    expect(renderErrorRecord(rec)).toBe(
      [
        'Get-CsXmppAllowedPartner : Cannot find "XmppAllowedPartner" with identity "x".',
        '    + CategoryInfo          : ObjectNotFound: (x:String) [Get-CsXmppAllowedPartner], RuntimeException',
        '    + FullyQualifiedErrorId : NotFound,Cls',
      ].join('\n'),
    );
  });

  it('long target names are shortened in CategoryInfo', () => {
    const target = 'CN=Ken Myer,OU=Redmond,OU=Users,DC=contoso,DC=com';
    const rec = new ErrorRecord({ message: 'm', errorId: 'X', targetObject: target, invocation: { commandName: 'Grant-X' } });
    expect(renderErrorRecord(rec)).toContain(`(${target.slice(0, 15)}...${target.slice(-15)}:String)`);
  });

  it('tabs are expanded before underlining', () => {
    const text = '\tGet-Thing -Bad';
    const rec = new ErrorRecord({ message: 'm', errorId: 'X', invocation: { commandName: 'Get-Thing', extent: extent(text, 11, 15) } });
    expect(renderErrorRecord(rec).split('\n').slice(2, 4)).toEqual(['+     Get-Thing -Bad', '+               ~~~~']);
  });
});
