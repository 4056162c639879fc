// Get-CsUser / Get-CsAdUser -LdapFilter: RFC 4515 filters on the Active Directory attributes of the
// accounts, e.g. `(department=Sales)`, `(&(l=Redmond)(title=*Engineer))`, `(!(department=HR))`.

import type { UserRecord } from '../../store/topologyTypes.js';
import { wildcardMatch } from './topoCommon.js';

export type LdapNode =
  | { kind: '&' | '|'; items: LdapNode[] }
  | { kind: '!'; item: LdapNode }
  | { kind: 'item'; attribute: string; op: '=' | '>=' | '<=' | '~='; value: string };

export class LdapFilterError extends Error {}

/** AD attribute (lower-case) -> value of an account. */
const ATTRIBUTES: Record<string, (u: UserRecord) => string | null> = {
  department: (u) => u.department,
  l: (u) => u.city,
  displayname: (u) => u.displayName,
  cn: (u) => u.displayName,
  name: (u) => u.displayName,
  givenname: (u) => u.firstName,
  sn: (u) => u.lastName,
  samaccountname: (u) => u.samAccountName,
  userprincipalname: (u) => u.userPrincipalName,
  mail: (u) => u.email,
  title: (u) => u.title,
  distinguishedname: (u) => u.dn,
  'msrtcsip-primaryuseraddress': (u) => u.sipAddress,
  'msrtcsip-userenabled': (u) => (u.sipAddress ? (u.enabled ? 'TRUE' : 'FALSE') : null),
  'msrtcsip-line': (u) => u.lineUri,
  objectclass: () => 'user',
  objectcategory: () => 'person',
};

export function parseLdapFilter(text: string): LdapNode {
  let i = 0;
  const s = text.trim();
  const expect = (c: string) => {
    if (s[i] !== c) throw new LdapFilterError(`"${c}" expected at position ${i + 1}`);
    i++;
  };
  const filter = (): LdapNode => {
    while (s[i] === ' ') i++;
    expect('(');
    let node: LdapNode;
    const c = s[i];
    if (c === '&' || c === '|') {
      i++;
      const items: LdapNode[] = [];
      while (s[i] === '(' || s[i] === ' ') {
        if (s[i] === ' ') i++;
        else items.push(filter());
      }
      if (!items.length) throw new LdapFilterError(`"${c}" needs at least one filter`);
      node = { kind: c, items };
    } else if (c === '!') {
      i++;
      node = { kind: '!', item: filter() };
    } else {
      const close = s.indexOf(')', i);
      if (close < 0) throw new LdapFilterError('")" expected');
      const body = s.slice(i, close);
      const m = /^([\w.-]+)\s*(>=|<=|~=|=)(.*)$/.exec(body);
      if (!m) throw new LdapFilterError(`"${body}" is not an attribute comparison`);
      node = { kind: 'item', attribute: m[1]!.toLowerCase(), op: m[2] as '=', value: unescapeLdap(m[3]!) };
      i = close;
    }
    expect(')');
    return node;
  };
  const node = filter();
  if (s.slice(i).trim()) throw new LdapFilterError(`unexpected "${s.slice(i).trim()}"`);
  return node;
}

function unescapeLdap(v: string): string {
  return v.replace(/\\([0-9a-f]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

export function matchLdap(node: LdapNode, u: UserRecord): boolean {
  switch (node.kind) {
    case '&':
      return node.items.every((n) => matchLdap(n, u));
    case '|':
      return node.items.some((n) => matchLdap(n, u));
    case '!':
      return !matchLdap(node.item, u);
    default: {
      const read = ATTRIBUTES[node.attribute];
      const actual = read ? read(u) : null;
      if (actual === null || actual === undefined || actual === '') return false;
      if (node.op === '=' && node.value === '*') return true;
      if (node.op === '>=') return actual.localeCompare(node.value, undefined, { sensitivity: 'accent' }) >= 0;
      if (node.op === '<=') return actual.localeCompare(node.value, undefined, { sensitivity: 'accent' }) <= 0;
      // `*` is the only wildcard in LDAP; escape PowerShell's other wildcard characters.
      return wildcardMatch(node.value.replace(/([?[\]`])/g, '`$1'), actual);
    }
  }
}
