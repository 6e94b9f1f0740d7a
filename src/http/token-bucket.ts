/** What one client may spend: `perSecond` tokens refill a bucket of at most `burst`. 0 disables. */
export interface BucketRate {
  perSecond: number;
  burst: number;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/** Buckets kept before idle ones are swept (a full bucket carries no state worth keeping). */
const SWEEP_ABOVE = 10_000;
const SWEEP_EVERY = 1_000;

/**
 * Token buckets keyed by client. `take` answers 0 when a request may go ahead,
 * else the seconds until a token is back (the Retry-After value). Memory stays
 * bounded: once many keys are held, buckets that have refilled are dropped,
 * and a flood of distinct keys evicts the oldest.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();
  private inserted = 0;

  constructor(
    private readonly rate: BucketRate,
    private readonly now: () => number = () => performance.now(),
    private readonly maxKeys = 100_000,
  ) {}

  get enabled(): boolean {
    return this.rate.perSecond > 0;
  }

  /** Spends one token of `key`; returns 0 when granted, else whole seconds to wait (at least 1). */
  take(key: string): number {
    if (!this.enabled) return 0;
    const now = this.now();
    const burst = Math.max(1, this.rate.burst);
    let bucket = this.buckets.get(key);
    if (bucket) {
      bucket.tokens = Math.min(
        burst,
        bucket.tokens + ((now - bucket.updatedAt) / 1000) * this.rate.perSecond,
      );
      bucket.updatedAt = now;
      // Re-insert so that Map order is least recently used first.
      this.buckets.delete(key);
    } else {
      bucket = { tokens: burst, updatedAt: now };
      this.inserted += 1;
      // Amortized: a sweep walks every bucket, so it runs once per SWEEP_EVERY new clients.
      if (this.buckets.size >= SWEEP_ABOVE && this.inserted % SWEEP_EVERY === 0) {
        this.sweep(now, burst);
      }
      if (this.buckets.size >= this.maxKeys) {
        // Still too many: drop the least recently used.
        const oldest = this.buckets.keys().next();
        if (!oldest.done) this.buckets.delete(oldest.value);
      }
    }
    this.buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / this.rate.perSecond));
  }

  /** Gives back a token taken by `take` (for a request that turned out to be charged elsewhere). */
  refund(key: string): void {
    const bucket = this.buckets.get(key);
    if (bucket) bucket.tokens = Math.min(Math.max(1, this.rate.burst), bucket.tokens + 1);
  }

  /** How many clients currently have state (for tests of the memory bound). */
  get size(): number {
    return this.buckets.size;
  }

  private sweep(now: number, burst: number): void {
    for (const [key, bucket] of this.buckets) {
      const refilled = bucket.tokens + ((now - bucket.updatedAt) / 1000) * this.rate.perSecond;
      if (refilled >= burst) this.buckets.delete(key);
    }
  }
}

/**
 * The rate-limit key for an address: IPv4 (and IPv4-mapped IPv6) as is, IPv6
 * by its /64 prefix, since one host usually holds a whole /64 and could
 * otherwise rotate addresses to get fresh buckets.
 */
export function clientKey(address: string | null): string {
  if (!address) return "unknown";
  const plain = address.toLowerCase().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "");
  if (!plain.includes(":")) return plain;
  const withoutZone = plain.split("%")[0]!;
  const [head = "", tail] = withoutZone.split("::");
  const headGroups = head === "" ? [] : head.split(":");
  const tailGroups = tail === undefined || tail === "" ? [] : tail.split(":");
  const missing = Math.max(0, 8 - headGroups.length - tailGroups.length);
  const groups = [...headGroups, ...Array<string>(missing).fill("0"), ...tailGroups];
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}
