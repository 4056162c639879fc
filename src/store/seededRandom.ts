// The one seeded random generator: generated deployments (usersGenerator.ts), Get-Random -SetSeed and
// the parser's fuzz inputs repeat their sequence for a seed. It lives in the store, the lowest floor
// that draws from it; the cmdlets above may import it, and the store may import no engine code.

/** mulberry32: small, fast, deterministic; values in [0, 1). The sequence for a seed must never change. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
