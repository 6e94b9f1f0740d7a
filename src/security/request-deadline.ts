import { getOperationAST, type ExecutionArgs } from "graphql";
import type { Plugin } from "graphql-yoga";
import { withRequestDeadline } from "../db/client.js";

/**
 * Gives each query a time budget of `ms`: once spent, the statements it has
 * not issued yet fail with QUERY_TIMEOUT instead of running (see
 * withRequestDeadline). Mutations are left to PostgreSQL's statement_timeout,
 * so an ingest never stops half-way through its work for the clock. Must
 * come after every plugin that replaces the execute function.
 */
export function useRequestDeadline({ ms }: { ms: number }): Plugin {
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      if (ms <= 0) return;
      if (getOperationAST(args.document, args.operationName)?.operation !== "query") return;
      setExecuteFn((executeArgs: ExecutionArgs) =>
        withRequestDeadline(ms, () => executeFn(executeArgs)),
      );
    },
  };
}
