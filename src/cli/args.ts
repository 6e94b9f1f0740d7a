import { parseArgs, type ParseArgsConfig } from "node:util";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** What a command accepts: its options (`--help`/`-h` is added) and how many positionals. */
export interface CommandSpec<O extends Options> {
  /** The command's name, e.g. "ingest", for error messages. */
  name: string;
  /** Printed on stdout for --help, and after every argument error on stderr. */
  usage: string;
  options: O;
  /** Positional arguments allowed; none by default. */
  /** `missing` names what is absent when fewer than `min` are given ("no PATH given"). */
  positionals?: { min: number; max: number; missing?: string };
}

export type ParsedArgs<O extends Options> = ReturnType<
  typeof parseArgs<{ args: string[]; options: O; allowPositionals: true; strict: true }>
>;

/**
 * Strict argument parsing shared by every CLI command: unknown options,
 * missing option values and a wrong number of positionals are refused (exit
 * code 2, the message and the usage on stderr), and `--help` prints the usage
 * and does nothing else (exit code 0). Returns the parsed arguments, or the
 * exit code when the command must not run.
 */
export function parseCommandArgs<O extends Options>(
  spec: CommandSpec<O>,
  args: string[],
): ParsedArgs<O> | number {
  const { min, max } = spec.positionals ?? { min: 0, max: 0 };
  const refuse = (message: string) => {
    console.error(`newsgraph ${spec.name}: ${message}\n\n${spec.usage}`);
    return 2;
  };
  // --help wins over everything else on the line, even arguments that are wrong.
  const end = args.indexOf("--");
  const options = end >= 0 ? args.slice(0, end) : args;
  if (options.includes("--help") || options.includes("-h")) {
    console.log(spec.usage);
    return 0;
  }
  let parsed: ParsedArgs<O>;
  try {
    parsed = parseArgs({
      args,
      options: spec.options,
      allowPositionals: true,
      strict: true,
    }) as ParsedArgs<O>;
  } catch (error) {
    return refuse((error as Error).message);
  }
  const count = parsed.positionals.length;
  if (count < min) {
    return refuse(
      spec.positionals?.missing ?? (min === 1 ? "an argument is missing" : "arguments are missing"),
    );
  }
  if (count > max) {
    const extra = parsed.positionals.slice(max).join(" ");
    return refuse(
      max === 0 ? `takes no arguments, got "${extra}"` : `unexpected argument(s) "${extra}"`,
    );
  }
  return parsed;
}
