import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createSchema, createYoga } from "graphql-yoga";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { useDashboard } from "../../src/http/dashboard.js";

const schema = createSchema({ typeDefs: "type Query { ok: Boolean }" });

function serve(dir: string) {
  const yoga = createYoga({ schema, plugins: [useDashboard({ dir })], logging: false });
  return (path: string, init: RequestInit = {}) => yoga.fetch(`http://localhost${path}`, init);
}

describe("the /dashboard route", () => {
  let dir: string;
  let fetch: ReturnType<typeof serve>;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "dashboard-"));
    await mkdir(join(dir, "assets"));
    await writeFile(join(dir, "index.html"), "<!doctype html><title>dash</title>");
    await writeFile(join(dir, "assets", "index-abc.js"), "console.log(1)");
    await writeFile(join(dir, "..", "secret.txt"), "not for clients");
    fetch = serve(dir);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    await rm(join(dir, "..", "secret.txt"), { force: true });
  });

  test("sends / to the dashboard", async () => {
    const response = await fetch("/");
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/dashboard/");
  });

  test("serves index.html with a same-origin content security policy for every dashboard path", async () => {
    for (const path of [
      "/dashboard",
      "/dashboard/",
      "/dashboard/event/RXZlbnQ6MQ",
      "/dashboard/entity/x?types=CONSULT",
    ]) {
      const response = await fetch(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get("content-type"), path).toMatch(/^text\/html/);
      expect(await response.text(), path).toContain("<title>dash</title>");
      const csp = response.headers.get("content-security-policy") ?? "";
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("connect-src 'self'");
      expect(response.headers.get("cache-control")).toBe("no-cache");
    }
  });

  test("serves built assets with their type, cached for good; unknown assets are 404", async () => {
    const asset = await fetch("/dashboard/assets/index-abc.js");
    expect(asset.status).toBe(200);
    expect(asset.headers.get("content-type")).toMatch(/^text\/javascript/);
    expect(asset.headers.get("cache-control")).toContain("immutable");
    expect(await asset.text()).toBe("console.log(1)");
    expect((await fetch("/dashboard/assets/missing.js")).status).toBe(404);
  });

  test("never serves a file outside the build directory", async () => {
    for (const path of [
      "/dashboard/assets/%2e%2e/%2e%2e/secret.txt",
      "/dashboard/assets/..%2f..%2fsecret.txt",
      "/dashboard/assets/%2e%2e%2f%2e%2e%2fsecret.txt",
    ]) {
      const response = await fetch(path);
      expect(await response.text(), path).not.toContain("not for clients");
    }
    expect((await fetch("/dashboard/assets/%E0%A4%A")).status).not.toBe(500);
  });

  test("answers other methods with 405 and leaves /graphql alone", async () => {
    expect((await fetch("/dashboard/", { method: "POST" })).status).toBe(405);
    const graphql = await fetch("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ ok }" }),
    });
    expect(await graphql.json()).toEqual({ data: { ok: null } });
  });

  test("says how to build the dashboard when it is not built", async () => {
    const response = await serve(join(dir, "nowhere"))("/dashboard/");
    expect(response.status).toBe(503);
    expect(await response.text()).toContain("npm run build:dashboard");
  });
});
