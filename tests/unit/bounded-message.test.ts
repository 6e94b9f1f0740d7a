import { expect, test } from "vitest";
import { boundedMessage } from "../../src/http/error-codes.js";

test("a message keeps its words and the start of a long value, with the value's length", () => {
  const id = "QQ".repeat(5000);
  expect(boundedMessage(`Invalid global ID: ${id}`)).toBe(
    `Invalid global ID: ${id.slice(0, 60)}… (10000 characters)`,
  );
});

test("an ordinary message is left as it is", () => {
  const message =
    'Variable "$first" got invalid value "ten"; Int cannot represent non-integer value';
  expect(boundedMessage(message)).toBe(message);
});

test("many short values still end at 1,000 characters", () => {
  const message = `values ${"abc ".repeat(600)}`;
  const bounded = boundedMessage(message);
  expect(bounded).toBe(`${message.slice(0, 1000)}… (${message.length} characters)`);
});
