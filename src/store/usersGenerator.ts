// Large generated deployments for tests and benchmarks: N extra AD accounts on top of the demo
// deployment, deterministic for a seed (same seed and count -> byte-identical user rows).

import type { Store } from './store.js';
import type { NewUser } from './topologyTypes.js';
import { insertUsers } from './usersRepository.js';
import { seededRandom } from './seededRandom.js';

const FIRST = ['Alex', 'Bea', 'Carlos', 'Dana', 'Elif', 'Farah', 'Goran', 'Hana', 'Ivan', 'Jana', 'Kofi', 'Lea', 'Mateo', 'Nia', 'Oskar', 'Paula', 'Quinn', 'Rosa', 'Sven', 'Tara', 'Umar', 'Vera', 'Wen', 'Xavi', 'Yara', 'Zoltan'];
const LAST = ['Abbott', 'Berg', 'Cruz', 'Dietrich', 'Egan', 'Fontaine', 'Gupta', 'Holm', 'Ibarra', 'Jensen', 'Kowalski', 'Lund', 'Meyer', 'Nakamura', 'Olsen', 'Pereira', 'Quist', 'Rossi', 'Silva', 'Tran', 'Ueda', 'Varga', 'Weiss', 'Young', 'Zimmer'];
const DEPARTMENTS = ['Sales', 'Finance', 'Marketing', 'Engineering', 'Support', 'HR', 'Legal', 'IT'];
/** Job titles per department (the LDAP `title` attribute admins filter on). [I] */
const TITLES: Record<string, string[]> = {
  Sales: ['Account Manager', 'Sales Representative', 'Sales Engineer'],
  Finance: ['Financial Analyst', 'Accountant', 'Controller'],
  Marketing: ['Marketing Specialist', 'Campaign Manager', 'Content Writer'],
  Engineering: ['Software Engineer', 'Test Engineer', 'Program Manager'],
  Support: ['Support Engineer', 'Help Desk Technician', 'Support Lead'],
  HR: ['HR Generalist', 'Recruiter', 'Payroll Specialist'],
  Legal: ['Corporate Counsel', 'Paralegal'],
  IT: ['Systems Administrator', 'Network Engineer'],
};

export interface GenerateOptions {
  users: number;
  seed?: number;
  domain?: string;
  /** Share of accounts enabled for Skype for Business. [I] 0.9 */
  enabledShare?: number;
  /** Pools and their sites users are spread over (weights add up to 1). */
  pools?: { fqdn: string; site: string; weight: number }[];
}

const DEFAULT_POOLS = [
  { fqdn: 'pool01.contoso.com', site: 'Redmond', weight: 0.6 },
  { fqdn: 'pool02.contoso.com', site: 'Dublin', weight: 0.4 },
];

function* generatedUsers(opts: GenerateOptions): Generator<NewUser> {
  const rnd = seededRandom(opts.seed ?? 1);
  const domain = opts.domain ?? 'contoso.com';
  const pools = opts.pools ?? DEFAULT_POOLS;
  const enabledShare = opts.enabledShare ?? 0.9;
  const pick = <T>(list: T[]) => list[Math.floor(rnd() * list.length)]!;
  for (let i = 1; i <= opts.users; i++) {
    const first = pick(FIRST);
    const last = pick(LAST);
    let r = rnd();
    const pool = pools.find((p) => (r -= p.weight) < 0) ?? pools[pools.length - 1]!;
    const sam = `${first}.${last}${i}`.toLowerCase();
    const enabled = rnd() < enabledShare;
    const department = pick(DEPARTMENTS);
    yield {
      displayName: `${first} ${last} ${i}`,
      firstName: first,
      lastName: last,
      samAccountName: sam,
      userPrincipalName: `${sam}@${domain}`,
      email: `${sam}@${domain}`,
      department,
      // Chosen without drawing from the generator, so the other columns stay as they were for a seed.
      title: TITLES[department]![i % TITLES[department]!.length]!,
      city: pool.site,
      ou: `OU=${pool.site},DC=contoso,DC=com`,
      enabled,
      sipAddress: enabled ? `sip:${sam}@${domain}` : null,
      registrarPool: enabled ? pool.fqdn : null,
    };
  }
}

/** Adds `opts.users` generated accounts in one transaction; returns how many were written. */
export function generateUsers(store: Store, opts: GenerateOptions): number {
  return insertUsers(store, generatedUsers(opts));
}
