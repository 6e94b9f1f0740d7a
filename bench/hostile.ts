/**
 * The hostile mix of bench/load.ts: which phases run in which order, and the
 * verdict on their throughput. Kept apart from the load driver itself.
 */

export type Phase = "plain" | "hostile";

/**
 * The phases of a run with a hostile share: `rounds` of each, alternating in
 * ABBA order (plain, hostile, hostile, plain, …) so that a machine whose load
 * drifts during the run weighs on both alike. Without a hostile share, one
 * plain phase.
 */
export function phaseSchedule(hostileShare: number, rounds: number): Phase[] {
  if (hostileShare <= 0) return ["plain"];
  const schedule: Phase[] = [];
  for (let round = 0; round < rounds; round++) {
    schedule.push(
      ...(round % 2 === 0 ? (["plain", "hostile"] as const) : (["hostile", "plain"] as const)),
    );
  }
  return schedule;
}

/** Within this fraction of the plain phase's honest throughput counts as "same throughput". */
export const THROUGHPUT_TOLERANCE = 0.1;

/** "1.03 (within ±10 %)" for honest requests/s with the hostile share against without. */
export function describeThroughputRatio(hostilePerSecond: number, plainPerSecond: number): string {
  const ratio = hostilePerSecond / plainPerSecond;
  const within = Math.abs(ratio - 1) <= THROUGHPUT_TOLERANCE;
  return `${ratio.toFixed(3)} (${within ? "within" : "OUTSIDE"} ±${THROUGHPUT_TOLERANCE * 100} %)`;
}
