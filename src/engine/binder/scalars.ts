// Scalar conversions used by the binder: DateTime text (numbers convert in the engine's runtime).

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * DateTime from text, en-US culture (the shell's culture [I]): `12/31/2026`, `12/31/2026 5:00 PM`,
 * `2026-12-31`, `2026-12-31T17:00:00`, `2026-12-31 17:00`, ISO with `Z`/offset, `December 31, 2026`.
 */
export function parseDateTime(text: string): Date | undefined {
  const t = text.trim();
  let m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(.+))?$/.exec(t);
  if (m) return withTime(Number(m[3]), Number(m[1]), Number(m[2]), m[4]);
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s](\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})?)?$/i.exec(t);
  if (m) {
    if (m[5]) {
      const d = new Date(`${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}T${padTime(m[4]!)}${m[5].toUpperCase()}`);
      return Number.isNaN(d.getTime()) ? undefined : d;
    }
    return withTime(Number(m[1]), Number(m[2]), Number(m[3]), m[4]);
  }
  m = /^([a-z]+)\s+(\d{1,2}),?\s+(\d{4})(?:\s+(.+))?$/i.exec(t);
  if (m) {
    const month = MONTHS.findIndex((x) => x.startsWith(m![1]!.toLowerCase()) && m![1]!.length >= 3);
    if (month >= 0) return withTime(Number(m[3]), month + 1, Number(m[2]), m[4]);
  }
  return undefined;
}

function padTime(t: string): string {
  const [h, rest] = [t.slice(0, t.indexOf(':')), t.slice(t.indexOf(':'))];
  return `${h.padStart(2, '0')}${rest}${rest.length === 3 ? ':00' : ''}`;
}

function withTime(year: number, month: number, day: number, time: string | undefined): Date | undefined {
  let h = 0;
  let min = 0;
  let s = 0;
  let ms = 0;
  if (time) {
    const tm = /^(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.(\d+))?\s*(AM|PM)?$/i.exec(time.trim());
    if (!tm) return undefined;
    h = Number(tm[1]);
    min = Number(tm[2]);
    s = tm[3] ? Number(tm[3]) : 0;
    ms = tm[4] ? Number(tm[4].padEnd(3, '0').slice(0, 3)) : 0;
    const ampm = tm[5]?.toUpperCase();
    if (ampm) {
      if (h < 1 || h > 12) return undefined;
      if (ampm === 'PM' && h < 12) h += 12;
      if (ampm === 'AM' && h === 12) h = 0;
    }
    if (h > 23 || min > 59 || s > 59) return undefined;
  }
  const d = new Date(year, month - 1, day, h, min, s, ms);
  if (d.getFullYear() !== year || d.getMonth() !== month - 1 || d.getDate() !== day) return undefined;
  return d;
}
