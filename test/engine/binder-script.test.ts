// Binding for script functions (metadata built from param() blocks) and core-cmdlet parameter types:
// PowerShell type literals, argument-transformation errors, ValidateSet, remaining and unbound arguments.

import { describe, expect, it } from 'vitest';
import { PSHashtable, ScriptBlockValue, SecureString } from '../../src/engine/runtime/values.js';
import { bound, failed } from './binderHarness.js';
import { CharValue } from '../../src/engine/runtime/charValue.js';

describe('script-function types', () => {
  const fn = (type: string, extra: Partial<{ isArray: boolean; validateSet: string[] }> = {}) => ({
    name: 'Test-Thing',
    verb: 'Test',
    noun: 'Thing',
    defaultParameterSet: null,
    parameterSets: [],
    supportsShouldProcess: false,
    parameters: [
      { name: 'Value', type, isArray: extra.isArray ?? false, isSwitch: type === 'switch', aliases: [], sets: { __AllParameterSets: { required: false, position: 0 } }, pipeline: 'False' as const, validateSet: extra.validateSet },
    ],
  });

  it.each([
    ['string', '5', '5'],
    ['int', '"12"', 12],
    ['bool', '$true', true],
    ['datetime', '"1/2/2026"', new Date(2026, 0, 2)],
    ['string[]', 'a,b', ['a', 'b']],
    ['int[]', '1,"2"', [1, 2]],
    ['object', '7', 7],
    ['array', 'x', ['x']],
  ])('[%s] %s', async (type, arg, value) => {
    const r = await bound(`Test-Thing ${arg}`, { metadata: fn(type), options: { script: true } });
    expect(r.params.Value).toEqual(value);
  });

  it('script conversion errors are argument-transformation errors', async () => {
    const r = await failed('Test-Thing abc', { metadata: fn('int'), options: { script: true } });
    expect(r.errorId).toBe('ParameterArgumentTransformationError');
    expect(r.message).toBe('Cannot process argument transformation on parameter \'Value\'. Cannot convert value "abc" to type "System.Int32". Error: "Input string was not in a correct format."');
    const b = await failed('Test-Thing true', { metadata: fn('bool'), options: { script: true } });
    expect(b.message).toBe(
      'Cannot process argument transformation on parameter \'Value\'. Cannot convert value "System.String" to type "System.Boolean". Boolean parameters accept only Boolean values and numbers, such as $True, $False, 1 or 0.',
    );
  });

  it('scriptblock and hashtable types', async () => {
    const sb = new ScriptBlockValue({} as never, ' 1 ');
    expect((await bound('Test-Thing $s', { metadata: fn('scriptblock'), options: { script: true }, vars: { s: sb } })).params.Value).toBe(sb);
    const r = await failed('Test-Thing x', { metadata: fn('scriptblock'), options: { script: true } });
    expect(r.message).toBe('Cannot process argument transformation on parameter \'Value\'. Cannot convert the "x" value of type "System.String" to type "System.Management.Automation.ScriptBlock".');
    const h = new PSHashtable();
    expect((await bound('Test-Thing $h', { metadata: fn('hashtable'), vars: { h } })).params.Value).toBe(h);
  });

  it('ValidateSet', async () => {
    const meta = fn('string', { validateSet: ['Red', 'Green'] });
    expect((await bound('Test-Thing green', { metadata: meta })).params.Value).toBe('green');
    const r = await failed('Test-Thing Blue', { metadata: meta });
    expect(r.message).toBe(
      'Cannot validate argument on parameter \'Value\'. The argument "Blue" does not belong to the set "Red,Green" specified by the ValidateSet attribute. Supply an argument that is in the set and then try the command again.',
    );
  });

  it('a non-string type with a ValidateSet matches like an enum and gives canonical names', async () => {
    const meta = fn('ConsoleColor', { validateSet: ['Black', 'DarkBlue', 'Red', 'Yellow'] });
    expect((await bound('Test-Thing red', { metadata: meta })).params.Value).toBe('Red');
    expect((await bound('Test-Thing darkb', { metadata: meta })).params.Value).toBe('DarkBlue');
    const r = await failed('Test-Thing Pink', { metadata: meta });
    expect(r.message).toBe(
      'Cannot bind parameter \'Value\'. Cannot convert value "Pink" to type "System.ConsoleColor". Error: "Unable to match the identifier name Pink to a valid enumerator name. Specify one of the following enumerator names and try again:\nBlack, DarkBlue, Red, Yellow"',
    );
  });

  it('Char takes one character', async () => {
    expect((await bound("Test-Thing ';'", { metadata: fn('Char') })).params.Value).toBe(CharValue.of(59));
    const r = await failed('Test-Thing ab', { metadata: fn('Char') });
    expect(r.message).toBe('Cannot bind parameter \'Value\'. Cannot convert value "ab" to type "System.Char". Error: "String must be exactly one character long."');
  });

  it('SecureString takes only a secure string', async () => {
    const s = new SecureString('x');
    expect((await bound('Test-Thing $s', { metadata: fn('SecureString'), vars: { s } })).params.Value).toBe(s);
    expect((await failed('Test-Thing x', { metadata: fn('SecureString') })).message).toBe(
      'Cannot bind parameter \'Value\'. Cannot convert the "x" value of type "System.String" to type "System.Security.SecureString".',
    );
  });

  it('functions without CmdletBinding collect unbound arguments', async () => {
    const r = await bound('Test-Thing a b c', { metadata: fn('string'), options: { includeCommon: false, allowUnbound: true } });
    expect(r.params.Value).toBe('a');
    expect(r.binder.unboundArguments).toEqual(['b', 'c']);
  });

  it('ValueFromRemainingArguments collects the rest', async () => {
    const meta = fn('object');
    meta.parameters[0]!.sets.__AllParameterSets!.position = 0;
    (meta.parameters[0] as { remainingArguments?: boolean }).remainingArguments = true;
    expect((await bound('Test-Thing a b c', { metadata: meta })).params.Value).toEqual(['a', 'b', 'c']);
    expect((await bound('Test-Thing a', { metadata: meta })).params.Value).toBe('a');
  });
});
