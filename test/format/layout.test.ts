import { describe, expect, it } from 'vitest';
import { renderTable } from '../../src/format/table.js';
import { renderListEntry } from '../../src/format/list.js';
import { wrapText } from '../../src/engine/runtime/textWrap.js';
import { renderWide } from '../../src/format/wide.js';
import { formatNumber, toDisplayString, collectionText, formatDate } from '../../src/engine/runtime/displayText.js';
import { compressJson, prettyJson, toJsonTree } from '../../src/cmdlets/core/json.js';
import { uformat } from '../../src/cmdlets/core/uformat.js';
import { splitPath, joinPs } from '../../src/cmdlets/core/pathCmdlets.js';
import { parseTypeName, protectSecret, unprotectSecret } from '../../src/cmdlets/core/objects.js';
import { PSArrayList, PSHashtable, PSObject, SecureString } from '../../src/engine/runtime/values.js';

describe('table layout', () => {
  it('sizes columns from the data with one space between them', () => {
    expect(renderTable([{ label: 'A' }, { label: 'Long' }], [['xyz', 1], ['q', 22]], 80)).toEqual(['A   Long', '-   ----', 'xyz    1', 'q     22']);
  });

  it('keeps set widths and lets the last column take the rest', () => {
    const lines = renderTable([{ label: 'Name', width: 10 }, { label: 'Value' }], [['k', 'v'.repeat(50)]], 40);
    expect(lines[0]).toBe('Name       Value');
    expect(lines[2]).toBe('k          ' + 'v'.repeat(26) + '...');
  });

  it('shrinks the widest data column before a set one and cuts with ...', () => {
    const lines = renderTable([{ label: 'Id', width: 6 }, { label: 'Text' }, { label: 'End' }], [['1', 't'.repeat(100), 'e']], 30);
    expect(lines[2]!.length).toBeLessThanOrEqual(30);
    expect(lines[2]).toMatch(/^1      t+\.\.\. e$/);
  });

  it('wraps cells with -Wrap and hides headers', () => {
    const lines = renderTable([{ label: 'A' }, { label: 'B' }], [['x', 'one two three four']], 12, { wrap: true, hideHeaders: true });
    expect(lines).toEqual(['x one two', '  three four']);
  });

  it('right-aligns numbers and their headers, centers on request', () => {
    expect(renderTable([{ label: 'Count' }], [[5]], 40)).toEqual(['Count', '-----', '    5']);
    expect(renderTable([{ label: 'C', width: 5, alignment: 'Center' }], [['x']], 40)).toEqual(['  C', '  -', '  x']);
  });
});

describe('list layout and text helpers', () => {
  it('pads names and wraps long values under the value column', () => {
    expect(renderListEntry([{ label: 'A', value: 'x' }, { label: 'Longer', value: null }], 80)).toEqual(['A      : x', 'Longer :']);
    expect(wrapText('aaa bbb ccc', 7)).toEqual(['aaa bbb', 'ccc']);
    expect(wrapText('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
  });

  it('lays out wide columns', () => {
    expect(renderWide({ kind: 'wide', items: ['a', 'b', 'c'], columns: 3 }, 30)).toEqual(['a         b         c']);
    expect(renderWide({ kind: 'wide', items: ['aa', 'bb', 'cc', 'dd'], autoSize: true }, 9)).toEqual(['aa bb cc', 'dd']);
  });
});

describe('display strings', () => {
  it('formats numbers like .NET', () => {
    expect(formatNumber(1e20)).toBe('1E+20');
    expect(formatNumber(0.000001)).toBe('1E-06');
    expect(formatNumber(2.93540115740741e-5)).toBe('2.93540115740741E-05');
    expect(formatNumber(1 / 3)).toBe('0.333333333333333');
    expect(formatNumber(-7)).toBe('-7');
  });

  it('formats collections, hashtables and dates', () => {
    expect(collectionText([1, 2, 3, 4, 5])).toBe('{1, 2, 3, 4...}');
    expect(collectionText([])).toBe('{}');
    const h = new PSHashtable();
    h.set('a', 1);
    expect(collectionText(h)).toBe('{a}');
    expect(toDisplayString([[1], 'x'])).toBe('{System.Object[], x}');
    expect(formatDate(new Date(2026, 0, 5, 0, 7, 9))).toBe('1/5/2026 12:07:09 AM');
    expect(toDisplayString(new PSObject('Microsoft.Rtc.Some.Type', { Identity: 'Global', X: 1 }))).toBe('Global');
    expect(toDisplayString(new PSArrayList([true, null]))).toBe('{True, }');
  });
});

describe('helpers of the core cmdlets', () => {
  it('renders JSON in the 5.1 layout', () => {
    const tree = toJsonTree(new PSObject(undefined, { a: [1, new PSObject(undefined, { b: 2 })], c: [] }), 3);
    expect(prettyJson(tree)).toBe(['{', '    "a":  [', '              1,', '              {', '                  "b":  2', '              }', '          ],', '    "c":  [', '', '          ]', '}'].join('\n'));
    expect(compressJson(toJsonTree(new Date(0), 2))).toBe('"\\/Date(0)\\/"');
  });

  it('formats -UFormat', () => {
    expect(uformat(new Date(2026, 1, 3, 4, 5, 6), '%Y-%m-%d %H:%M:%S %A %j')).toBe('2026-02-03 04:05:06 Tuesday 34');
  });

  it('splits and joins paths', () => {
    expect(splitPath('C:\\a\\b.txt', 'parent')).toBe('C:\\a');
    expect(splitPath('b.txt', 'parent')).toBe('');
    expect(splitPath('C:\\a\\', 'leaf')).toBe('a');
    expect(joinPs('C:\\a\\', '\\b')).toBe('C:\\a\\b');
  });

  it('parses generic type names and protects secrets reversibly', () => {
    expect(parseTypeName('System.Collections.Generic.List[string]')).toMatchObject({ name: 'System.Collections.Generic.List', genericArguments: [{ name: 'string' }] });
    expect(parseTypeName('[int[]]')).toMatchObject({ name: 'int', isArray: true });
    const text = protectSecret(new SecureString('Pa55'));
    expect(text).not.toContain('Pa55');
    expect(unprotectSecret(text)).toBe('Pa55');
    expect(unprotectSecret('nonsense')).toBeUndefined();
  });
});

describe('table -AutoSize overflow', () => {
  it('drops the columns that do not fit and says so', () => {
    const lines = renderTable([{ label: 'A' }, { label: 'B' }, { label: 'C' }], [['x'.repeat(10), 'y'.repeat(10), 'z'.repeat(10)]], 22, { autoSize: true });
    expect(lines).toEqual(['WARNING: 1 columns do not fit into the display and were removed.', '', 'A          B', '-          -', 'xxxxxxxxxx yyyyyyyyyy']);
  });
});
