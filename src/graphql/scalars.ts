import { GraphQLError, GraphQLScalarType, Kind } from "graphql";

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar day: "2017-04-12". Serialized from a Date at UTC midnight or a string. */
export const dateScalar = new GraphQLScalarType<string, string>({
  name: "Date",
  description: "A calendar date, YYYY-MM-DD (ISO 8601).",
  serialize(value) {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    if (typeof value === "string" && DAY.test(value)) return value;
    throw new GraphQLError("Date cannot represent this value");
  },
  parseValue(value) {
    return parseDay(value);
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError("Date must be a string YYYY-MM-DD");
    return parseDay(ast.value);
  },
});

/** An instant: ISO 8601 with time zone. */
export const dateTimeScalar = new GraphQLScalarType<Date, string>({
  name: "DateTime",
  description: "An instant, ISO 8601 date-time with time zone (e.g. 2017-04-12T18:30:00Z).",
  serialize(value) {
    const date = value instanceof Date ? value : new Date(String(value));
    if (Number.isNaN(date.getTime()))
      throw new GraphQLError("DateTime cannot represent this value");
    return date.toISOString();
  },
  parseValue(value) {
    return parseInstant(value);
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError("DateTime must be an ISO 8601 string");
    return parseInstant(ast.value);
  },
});

function parseDay(value: unknown): string {
  const match = typeof value === "string" ? DAY.exec(value) : null;
  if (match) {
    const date = new Date(`${value as string}T00:00:00Z`);
    if (!Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value) return value;
  }
  throw new GraphQLError(`Date must be a calendar date YYYY-MM-DD, got ${JSON.stringify(value)}`, {
    extensions: { code: "BAD_USER_INPUT" },
  });
}

function parseInstant(value: unknown): Date {
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) {
    const date = new Date(value);
    if (!Number.isNaN(date.getTime())) return date;
  }
  throw new GraphQLError(`DateTime must be ISO 8601 with time, got ${JSON.stringify(value)}`, {
    extensions: { code: "BAD_USER_INPUT" },
  });
}
