import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, extname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { Plugin } from "graphql-yoga";

/** Where the dashboard is served; its Vite build uses the same base. */
export const DASHBOARD_PATH = "/dashboard";

/**
 * The dashboard's own pages may load only from this server: no CDN, no
 * third-party requests. ECharts positions its tooltips with inline styles.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join("; ");

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".json": "application/json; charset=utf-8",
  ".woff2": "font/woff2",
};

/** dashboard/dist of this package, found from this file whether it runs from src/ or a build. */
export function defaultDashboardDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json")) && dirname(dir) !== dir) dir = dirname(dir);
  return join(dir, "dashboard", "dist");
}

/**
 * Serves the dashboard's built files under /dashboard (any other path below it
 * gets index.html, so the dashboard's own routes survive a reload) and sends `/`
 * there. Hashed assets are cached for good; index.html is revalidated.
 */
export function useDashboard({ dir = defaultDashboardDir() }: { dir?: string } = {}): Plugin {
  const root = resolve(dir);
  const cache = new Map<string, Uint8Array<ArrayBuffer>>();
  const read = async (path: string): Promise<Uint8Array<ArrayBuffer> | null> => {
    const cached = cache.get(path);
    if (cached) return cached;
    try {
      const bytes = new Uint8Array(await readFile(path));
      cache.set(path, bytes);
      return bytes;
    } catch {
      return null;
    }
  };
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      const { pathname } = url;
      if (pathname === "/" && (request.method === "GET" || request.method === "HEAD")) {
        endResponse(
          new fetchAPI.Response(null, { status: 302, headers: { location: `${DASHBOARD_PATH}/` } }),
        );
        return;
      }
      if (pathname !== DASHBOARD_PATH && !pathname.startsWith(`${DASHBOARD_PATH}/`)) return;
      if (request.method !== "GET" && request.method !== "HEAD") {
        endResponse(
          new fetchAPI.Response("method not allowed", { status: 405, headers: { allow: "GET" } }),
        );
        return;
      }
      const below = decodeURIComponentSafe(pathname.slice(DASHBOARD_PATH.length + 1));
      const asset = below !== null && below.startsWith("assets/") ? resolve(root, below) : null;
      // Only files inside the build directory, never a path that climbs out of it.
      if (asset && !relative(root, asset).startsWith("..") && asset.startsWith(root + sep)) {
        const bytes = await read(asset);
        endResponse(
          bytes
            ? new fetchAPI.Response(request.method === "HEAD" ? null : bytes, {
                headers: {
                  "content-type": CONTENT_TYPES[extname(asset)] ?? "application/octet-stream",
                  "cache-control": "public, max-age=31536000, immutable",
                  "x-content-type-options": "nosniff",
                },
              })
            : new fetchAPI.Response("not found", { status: 404 }),
        );
        return;
      }
      const index = await read(join(root, "index.html"));
      if (!index) {
        endResponse(
          new fetchAPI.Response(
            "The dashboard is not built: run `npm run build:dashboard` (npm install does it).\n",
            { status: 503, headers: { "content-type": "text/plain; charset=utf-8" } },
          ),
        );
        return;
      }
      endResponse(
        new fetchAPI.Response(request.method === "HEAD" ? null : index, {
          headers: {
            "content-type": CONTENT_TYPES[".html"]!,
            "cache-control": "no-cache",
            "content-security-policy": CONTENT_SECURITY_POLICY,
            "x-content-type-options": "nosniff",
            "referrer-policy": "no-referrer",
          },
        }),
      );
    },
  };
}

function decodeURIComponentSafe(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}
