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
  if (!pretty) return bufferedJsonLogger(options);
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

/** Buffered log lines reach stdout at least this often. */
const FLUSH_INTERVAL_MS = 200;

/**
 * JSON lines through a buffered destination: one write per 4 KB instead of one
 * per line (the request log line was 7 % of the server's busy time answering a
 * dashboard, one write each). Warnings and errors are written at once, the rest
 * within FLUSH_INTERVAL_MS, and pino flushes what is left when the process exits.
 */
function bufferedJsonLogger(options: pino.LoggerOptions): Logger {
  const destination = pino.destination({ dest: 1, sync: false, minLength: 4096 });
  const timer = setInterval(() => destination.flush(), FLUSH_INTERVAL_MS);
  timer.unref();
  return pino(
    {
      ...options,
      hooks: {
        logMethod(args, method, level) {
          method.apply(this, args);
          if (level >= WARN_LEVEL) destination.flush();
        },
      },
    },
    destination,
  );
}

const WARN_LEVEL = 40;

export type { Logger };
