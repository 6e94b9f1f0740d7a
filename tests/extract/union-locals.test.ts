import { expect, it } from "vitest";
import { extract } from "../../src/extract/pipeline.js";

it("a union's numbered unit before a title is an organization, and the titled name a person", () => {
  const entities = extract(
    [
      "Machinists reject contract",
      "SEATTLE (AP) — Striking machinists voted down the company's latest offer on Sunday.",
      '"Our members have spoken," IAM District 751 President Jon Holden told reporters.',
      "UAW Local 600 Vice President Rosa Delgado said her members would walk out in solidarity.",
    ].join("\n\n"),
  ).entities.map((e) => ({ name: e.name, type: e.type }));
  expect(entities).toContainEqual({ name: "IAM District 751", type: "ORGANIZATION" });
  expect(entities).toContainEqual({ name: "UAW Local 600", type: "ORGANIZATION" });
  expect(entities).toContainEqual({ name: "Jon Holden", type: "PERSON" });
  expect(entities).toContainEqual({ name: "Rosa Delgado", type: "PERSON" });
});
