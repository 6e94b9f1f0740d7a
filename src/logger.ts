import pino, { type Logger } from "pino";

/** The process logger: JSON lines on stdout. */
export function createLogger(level: string = process.env.LOG_LEVEL ?? "info"): Logger {
  return pino({ level, base: { service: "newsgraph" } });
}

export type { Logger };
