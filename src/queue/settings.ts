/** Settings of the durable ingest queue (apart, so reading the configuration does not load pg-boss). */
export interface QueueSettings {
  /** Attempts after the first for transient faults (database unavailable, conflicts). */
  retryLimit: number;
  /** Seconds before the first retry; doubles each attempt (pg-boss backoff). */
  retryDelaySeconds: number;
  /** A job running longer than this (its worker died or hung) is failed and retried. */
  jobTimeoutSeconds: number;
  /** How often pg-boss looks for such jobs and archives old ones. */
  maintenanceSeconds: number;
}

export const DEFAULT_QUEUE_SETTINGS: QueueSettings = {
  retryLimit: 5,
  retryDelaySeconds: 2,
  jobTimeoutSeconds: 120,
  maintenanceSeconds: 30,
};
