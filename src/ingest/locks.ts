import { createHash } from "node:crypto";
import type { Prisma } from "../generated/prisma/client.js";

type Tx = Prisma.TransactionClient;

/** A transaction-scoped advisory lock on a named merge key. */
export interface MergeLock {
  name: string;
  /** Shared locks only exclude exclusive holders of the same name. */
  shared: boolean;
}

/**
 * Takes the given advisory locks for the rest of the transaction, in one
 * statement and in a fixed global order, so two ingests never deadlock on
 * them. Readers that resolve entities or merge events under these locks see
 * every row committed by an earlier holder (READ COMMITTED).
 */
export async function acquireMergeLocks(tx: Tx, locks: MergeLock[]): Promise<void> {
  const byKey = new Map<bigint, boolean>();
  for (const lock of locks) {
    const id = lockId(lock.name);
    // An exclusive request for a key wins over a shared one in the same transaction.
    byKey.set(id, (byKey.get(id) ?? true) && lock.shared);
  }
  if (byKey.size === 0) return;
  const ordered = [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  // The ordered subquery fixes the order the lock functions run in (see the
  // PostgreSQL manual on advisory locks with ORDER BY).
  await tx.$queryRaw`
    SELECT count(CASE WHEN l.shared THEN pg_advisory_xact_lock_shared(l.id)
                      ELSE pg_advisory_xact_lock(l.id) END)::int AS n
    FROM (SELECT id, shared, n FROM unnest(
            ${ordered.map(([id]) => id.toString())}::bigint[],
            ${ordered.map(([, shared]) => shared)}::boolean[])
          WITH ORDINALITY AS t(id, shared, n) ORDER BY n) l`;
}

function lockId(name: string): bigint {
  return createHash("sha256").update(name).digest().readBigInt64BE(0);
}
