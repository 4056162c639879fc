// System.Decimal: a 96-bit integer scaled by a power of ten (0..28). It keeps its scale, so `1.10d`
// prints 1.10, and its arithmetic is exact until the 96 bits are full, then rounds half to even.

const MAX_UNITS = (1n << 96n) - 1n;
const MAX_SCALE = 28;

const pow10 = (n: number): bigint => 10n ** BigInt(n);

/** a / b rounded half to even (b > 0 or < 0). */
function divRoundHalfEven(a: bigint, b: bigint): bigint {
  const q = a / b;
  const r = a % b;
  if (r === 0n) return q;
  const twice = 2n * (r < 0n ? -r : r);
  const absB = b < 0n ? -b : b;
  const away = twice > absB || (twice === absB && q % 2n !== 0n);
  if (!away) return q;
  return (a < 0n) !== (b < 0n) ? q - 1n : q + 1n;
}

export class DecimalNumber {
  constructor(
    /** The unscaled integer. */
    readonly units: bigint,
    /** Digits after the decimal point. */
    readonly scale: number,
  ) {}

  readonly typeName = 'System.Decimal';

  /** Fits units/scale into 96 bits and 28 places, rounding; undefined on overflow. */
  static fit(units: bigint, scale: number): DecimalNumber | undefined {
    let u = units;
    let s = scale;
    while (s > MAX_SCALE || (s > 0 && (u > MAX_UNITS || u < -MAX_UNITS))) {
      u = divRoundHalfEven(u, 10n);
      s--;
    }
    if (u > MAX_UNITS || u < -MAX_UNITS) return undefined;
    return new DecimalNumber(u, s);
  }

  /** Decimal text `-12.340`, `1e3`, `.5`; undefined when it is not one or does not fit. */
  static parse(text: string): DecimalNumber | undefined {
    const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i.exec(text.trim());
    if (!m || (m[2] === '' && (m[3] ?? '') === '')) return undefined;
    const frac = m[3] ?? '';
    let units = BigInt(`${m[2] || '0'}${frac}`);
    let scale = frac.length - Number(m[4] ?? 0);
    if (scale < 0) {
      units *= pow10(-scale);
      scale = 0;
    }
    return DecimalNumber.fit(m[1] === '-' ? -units : units, scale);
  }

  /** .NET's decimal(double): the double rounded to 15 significant digits, trailing zeros dropped. */
  static fromDouble(n: number): DecimalNumber | undefined {
    if (!Number.isFinite(n)) return undefined;
    return DecimalNumber.parse(n.toPrecision(15))?.stripZeros(0);
  }

  static fromInteger(n: number | bigint): DecimalNumber | undefined {
    return DecimalNumber.fit(BigInt(n), 0);
  }

  /** Rounded half to even to at most `scale` places. */
  roundTo(scale: number): DecimalNumber {
    if (this.scale <= scale) return this;
    return new DecimalNumber(divRoundHalfEven(this.units, pow10(this.scale - scale)), scale);
  }

  /** Drops trailing zeros after the point, keeping at least `minScale` places. */
  stripZeros(minScale: number): DecimalNumber {
    let u = this.units;
    let s = this.scale;
    while (s > minScale && u % 10n === 0n) {
      u /= 10n;
      s--;
    }
    return new DecimalNumber(u, s);
  }

  toString(): string {
    const negative = this.units < 0n;
    const digits = (negative ? -this.units : this.units).toString().padStart(this.scale + 1, '0');
    const body = this.scale === 0 ? digits : `${digits.slice(0, -this.scale)}.${digits.slice(-this.scale)}`;
    return negative ? `-${body}` : body;
  }

  toNumber(): number {
    return Number(this.toString());
  }

  valueOf(): number {
    return this.toNumber();
  }

  /** The integer part (toward zero). */
  truncate(): bigint {
    return this.units / pow10(this.scale);
  }

  isZero(): boolean {
    return this.units === 0n;
  }

  negate(): DecimalNumber {
    return new DecimalNumber(-this.units, this.scale);
  }

  private aligned(o: DecimalNumber): [bigint, bigint, number] {
    const s = Math.max(this.scale, o.scale);
    return [this.units * pow10(s - this.scale), o.units * pow10(s - o.scale), s];
  }

  compare(o: DecimalNumber): number {
    const [a, b] = this.aligned(o);
    return a < b ? -1 : a > b ? 1 : 0;
  }

  add(o: DecimalNumber): DecimalNumber | undefined {
    const [a, b, s] = this.aligned(o);
    return DecimalNumber.fit(a + b, s);
  }

  subtract(o: DecimalNumber): DecimalNumber | undefined {
    return this.add(o.negate());
  }

  multiply(o: DecimalNumber): DecimalNumber | undefined {
    return DecimalNumber.fit(this.units * o.units, this.scale + o.scale);
  }

  /** The quotient with as many places as fit, then trailing zeros dropped down to the operands' scale difference. */
  divide(o: DecimalNumber): DecimalNumber | undefined {
    const shift = MAX_SCALE + o.scale - this.scale;
    const num = shift >= 0 ? this.units * pow10(shift) : this.units;
    const den = shift >= 0 ? o.units : o.units * pow10(-shift);
    const q = DecimalNumber.fit(divRoundHalfEven(num, den), MAX_SCALE);
    return q?.stripZeros(Math.max(0, this.scale - o.scale));
  }

  /** Remainder with the dividend's sign, as C#'s % on decimals. */
  remainder(o: DecimalNumber): DecimalNumber | undefined {
    const [a, b, s] = this.aligned(o);
    return DecimalNumber.fit(a % b, s);
  }
}
