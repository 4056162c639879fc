// Get-CsUser / Get-CsAdUser -LdapFilter: RFC 4515 filters on the Active Directory attributes of the
// accounts, e.g. `(department=Sales)`, `(&(l=Redmond)(title=*Engineer))`, `(!(department=HR))`.
// A filter without outer parentheses (`l=Redmond`, `&(a=1)(b=2)`) is wrapped in them, as the directory
// searcher of the real shell does.

import type { UserRecord } from '../../../store/topologyTypes.js';
import { homeServerDn, type PoolIndex } from './objects.js';

export type LdapNode =
  | { kind: '&' | '|'; items: LdapNode[] }
  | { kind: '!'; item: LdapNode }
  | { kind: 'item'; attribute: string; op: '=' | '>=' | '<=' | '~='; rule?: string; value: string; pattern?: RegExp; raw: string };

export class LdapFilterError extends Error {}

/** [I] Values of attributes the demo directory does not keep per account. */
const COMPANY = 'Contoso';
/** userAccountControl of an enabled normal account (NORMAL_ACCOUNT); every demo account is enabled in AD. */
const USER_ACCOUNT_CONTROL = '512';

type AttributeReader = (u: UserRecord, pools?: PoolIndex) => string | null;

const extra = (name: string): AttributeReader => (u) => {
  const v = u.extra[name];
  return v === undefined || v === null ? null : String(v);
};

/** AD attribute (lower-case LDAP display name) -> value of an account. */
const ATTRIBUTES: Record<string, AttributeReader> = {
  department: (u) => u.department,
  title: (u) => u.title,
  l: (u) => u.city,
  // [I] The office is named after the city the account works in.
  physicaldeliveryofficename: (u) => (u.extra.Office as string | undefined) ?? u.city,
  company: (u) => (u.extra.Company as string | undefined) ?? COMPANY,
  displayname: (u) => u.displayName,
  cn: (u) => u.displayName,
  name: (u) => u.displayName,
  givenname: (u) => u.firstName,
  sn: (u) => u.lastName,
  samaccountname: (u) => u.samAccountName,
  userprincipalname: (u) => u.userPrincipalName,
  mail: (u) => u.email,
  distinguishedname: (u) => u.dn,
  telephonenumber: extra('TelephoneNumber'),
  'msrtcsip-primaryuseraddress': (u) => u.sipAddress,
  'msrtcsip-userenabled': (u) => (u.sipAddress ? (u.enabled ? 'TRUE' : 'FALSE') : null),
  'msrtcsip-primaryhomeserver': (u, pools) => (pools ? homeServerDn(u, pools) : null),
  'msrtcsip-line': (u) => u.lineUri,
  'msrtcsip-optionflags': (u) => (u.sipAddress ? (u.enterpriseVoiceEnabled ? '385' : '257') : null),
  'msrtcsip-deploymentlocator': (u) => (u.sipAddress ? 'SRV:' : null),
  useraccountcontrol: () => USER_ACCOUNT_CONTROL,
  objectclass: () => 'user',
  objectcategory: () => 'person',
};

/** Bitwise matching rules of Active Directory: LDAP_MATCHING_RULE_BIT_AND and _BIT_OR. */
const BIT_AND = '1.2.840.113556.1.4.803';
const BIT_OR = '1.2.840.113556.1.4.804';

class Parser {
  private i = 0;

  /** `offset` maps a position in `s` back to the text the user typed (1 when parentheses were added). */
  constructor(
    private readonly s: string,
    private readonly offset: number,
  ) {}

  private fail(message: string): never {
    throw new LdapFilterError(message);
  }

  private position(): number {
    return Math.max(1, this.i + 1 - this.offset);
  }

  private expect(c: string): void {
    if (this.s[this.i] !== c) this.fail(`"${c}" expected at position ${this.position()}`);
    this.i++;
  }

  private skipSpaces(): void {
    while (this.s[this.i] === ' ') this.i++;
  }

  parse(): LdapNode {
    const node = this.filter();
    const rest = this.s.slice(this.i).trim();
    if (rest) this.fail(`unexpected "${rest}" at position ${this.position()}`);
    return node;
  }

  private filter(): LdapNode {
    this.skipSpaces();
    this.expect('(');
    this.skipSpaces();
    const c = this.s[this.i];
    let node: LdapNode;
    if (c === '&' || c === '|') {
      this.i++;
      const items: LdapNode[] = [];
      for (this.skipSpaces(); this.s[this.i] === '('; this.skipSpaces()) items.push(this.filter());
      if (!items.length) this.fail(`"${c}" needs at least one filter at position ${this.position()}`);
      node = { kind: c, items };
    } else if (c === '!') {
      this.i++;
      node = { kind: '!', item: this.filter() };
    } else {
      node = this.comparison();
    }
    this.skipSpaces();
    this.expect(')');
    return node;
  }

  private comparison(): LdapNode {
    const close = this.s.indexOf(')', this.i);
    if (close < 0) this.fail(`")" expected at position ${this.s.length + 1 - this.offset}`);
    const body = this.s.slice(this.i, close);
    const m = /^\s*([a-z][\w-]*|\d+(?:\.\d+)*)?(?::(?:dn:)?([\d.]+))?:?\s*(>=|<=|~=|=)(.*)$/i.exec(body);
    if (!m || !m[1]) this.fail(`"${body}" is not an attribute comparison (position ${this.position()})`);
    const [, attribute, rule, op, raw] = m;
    if (rule && rule !== BIT_AND && rule !== BIT_OR) this.fail(`the matching rule ${rule} is not supported`);
    const value = raw!.trim();
    const node: LdapNode = { kind: 'item', attribute: attribute!.toLowerCase(), op: op as '=', value: unescapeLdap(value), rule, raw: value };
    if (op === '=' && !rule && value !== '*' && /(?<!\\)\*/.test(value)) node.pattern = substringPattern(value);
    this.i = close;
    return node;
  }
}

/** Parses a filter; one without outer parentheses is wrapped in them first. */
export function parseLdapFilter(text: string): LdapNode {
  const s = text.trim();
  // An empty filter is the searcher's default, every object (objectClass=*): an AND of nothing.
  if (!s) return { kind: '&', items: [] };
  const wrapped = !s.startsWith('(');
  return new Parser(wrapped ? `(${s})` : s, wrapped ? 1 : 0).parse();
}

function unescapeLdap(v: string): string {
  return v.replace(/\\([0-9a-f]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** `*` is LDAP's only wildcard (any run of characters); an escaped `\2a` is a literal asterisk. */
function substringPattern(value: string): RegExp {
  const parts = value.split(/(?<!\\)\*/).map((p) => unescapeLdap(p).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  return new RegExp(`^${parts.join('.*')}$`, 'is');
}

function compareItem(node: Extract<LdapNode, { kind: 'item' }>, actual: string): boolean {
  if (node.rule) {
    const have = Number(actual);
    const want = Number(node.value);
    if (!Number.isInteger(have) || !Number.isInteger(want)) return false;
    return node.rule === BIT_AND ? (have & want) === want : (have & want) !== 0;
  }
  if (node.op === '=' && node.value === '*') return true;
  if (node.pattern) return node.pattern.test(actual);
  const order = actual.localeCompare(node.value, undefined, { sensitivity: 'accent' });
  if (node.op === '>=') return order >= 0;
  if (node.op === '<=') return order <= 0;
  // Directory strings compare without regard to case (`~=` is treated as equality).
  return actual.toLowerCase() === node.value.toLowerCase();
}

export function matchLdap(node: LdapNode, u: UserRecord, pools?: PoolIndex): boolean {
  switch (node.kind) {
    case '&':
      return node.items.every((n) => matchLdap(n, u, pools));
    case '|':
      return node.items.some((n) => matchLdap(n, u, pools));
    case '!':
      return !matchLdap(node.item, u, pools);
    default: {
      const read = ATTRIBUTES[node.attribute];
      const actual = read ? read(u, pools) : null;
      if (actual === null || actual === undefined || actual === '') return false;
      return compareItem(node, actual);
    }
  }
}
