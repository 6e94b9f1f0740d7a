import { createRequire } from "node:module";
import pino, { type DestinationStream, type Logger } from "pino";

const require = createRequire(import.meta.url);

/**
 * The process logger: readable, coloured lines when stdout is a terminal
 * (pino-pretty, in this thread so nothing is lost at exit), JSON lines
 * otherwise, for log collectors. LOG_FORMAT=json|pretty (config.logFormat) overrides the guess.
 */
export function createLogger(
  level: string = process.env.LOG_LEVEL ?? "info",
  format: "auto" | "json" | "pretty" = "auto",
): Logger {
  const pretty = format === "pretty" || (format === "auto" && process.stdout.isTTY === true);
  const options = { level, base: { service: "newsgraph" } };
  if (!pretty) return pino(options);
  // Loaded only for a terminal: JSON logging never pays for it.
  const prettyStream = require("pino-pretty") as (options: object) => DestinationStream;
  return pino(
    options,
    prettyStream({
      colorize: true,
      ignore: "pid,hostname,service",
      translateTime: "SYS:HH:MM:ss.l",
    }),
  );
}

export type { Logger };
