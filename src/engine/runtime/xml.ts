// `[xml]` for the configuration files scripts read: the text becomes a tree of objects where an
// element's attributes and child elements are properties ($cfg.Settings.Partner.Domain). A leaf
// element without attributes reads as its text, repeated elements as an array, as PowerShell shows them.

import { PSObject } from './values.js';
import { conversionError, toStr, toStringOverride } from './convert.js';

interface XmlNode {
  name: string;
  attributes: [string, string][];
  children: XmlNode[];
  text: string;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (all, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e.toLowerCase()] ?? all;
  });
}

function parseXml(text: string): XmlNode {
  const root: XmlNode = { name: '#document', attributes: [], children: [], text: '' };
  const stack: XmlNode[] = [root];
  const token = /<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>|<\/\s*([\w:.-]+)\s*>|<([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
  let m: RegExpExecArray | null;
  let consumed = 0;
  while ((m = token.exec(text)) !== null) {
    if (m.index !== consumed) throw new Error('Data at the root level is invalid.');
    consumed = token.lastIndex;
    const top = stack[stack.length - 1]!;
    if (m[1] !== undefined) top.text += m[1];
    else if (m[2] !== undefined) {
      if (top.name !== m[2] || stack.length === 1) throw new Error(`The '${m[2]}' end tag does not match the start tag.`);
      stack.pop();
    } else if (m[3] !== undefined) {
      const attributes: [string, string][] = [];
      for (const a of m[4]!.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attributes.push([a[1]!, decode(a[2] ?? a[3] ?? '')]);
      const node: XmlNode = { name: m[3], attributes, children: [], text: '' };
      top.children.push(node);
      if (m[5] !== '/') stack.push(node);
    } else if (m[6] !== undefined) {
      if (stack.length === 1 && m[6].trim() !== '') throw new Error('Data at the root level is invalid.');
      top.text += decode(m[6]);
    }
  }
  if (consumed !== text.length || stack.length !== 1) throw new Error('Unexpected end of file has occurred.');
  if (root.children.length !== 1) throw new Error('Root element is missing.');
  return root;
}

function nodeValue(n: XmlNode): unknown {
  if (n.attributes.length === 0 && n.children.length === 0) return n.text.trim();
  const o = new PSObject(['System.Xml.XmlElement']);
  for (const [k, v] of n.attributes) o.add(k, v);
  addChildren(o, n);
  if (n.text.trim() !== '') o.add('#text', n.text.trim());
  toStringOverride.set(o, () => n.name);
  return o;
}

function addChildren(o: PSObject, n: XmlNode): void {
  const groups = new Map<string, XmlNode[]>();
  for (const c of n.children) groups.set(c.name, [...(groups.get(c.name) ?? []), c]);
  for (const [name, nodes] of groups) o.add(name, nodes.length === 1 ? nodeValue(nodes[0]!) : nodes.map(nodeValue));
}

/** `[xml]$text` */
export function toXmlDocument(v: unknown): PSObject {
  if (v instanceof PSObject && v.typeName === 'System.Xml.XmlDocument') return v;
  const text = Array.isArray(v) ? v.map(toStr).join('\n') : toStr(v);
  try {
    const doc = new PSObject(['System.Xml.XmlDocument']);
    addChildren(doc, parseXml(text.replace(/^\uFEFF/, '')));
    toStringOverride.set(doc, () => '#document');
    return doc;
  } catch (e) {
    throw conversionError(text, 'System.Xml.XmlDocument', e instanceof Error ? e.message : String(e), 'InvalidCastToXmlDocument');
  }
}
