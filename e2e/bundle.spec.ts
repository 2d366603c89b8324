import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";

/**
 * No server code reaches the browser: the client build (made before the journeys) holds no drizzle
 * table definitions, no zod, no database driver and no server-only module. A value list that a page
 * needs lives in a `values`/`reasons` file without them (docs/decisions/006-light-pages.md).
 */
const assets = join(process.env.BUILD_DIR ?? "build", "client", "assets");
const markers = [
  { what: "drizzle table definitions", pattern: /pgTable|drizzle-orm/ },
  { what: "zod", pattern: /ZodError|\$ZodType/ },
  { what: "a database driver", pattern: /@electric-sql\/pglite|pg-protocol/ },
  { what: "better-auth's server", pattern: /betterAuth\(|better-auth\/api/ },
];

test("the browser bundles hold no server or schema code", () => {
  const files = readdirSync(assets).filter((f) => f.endsWith(".js"));
  expect(files.length).toBeGreaterThan(0);
  const found: string[] = [];
  for (const file of files) {
    const code = readFileSync(join(assets, file), "utf8");
    for (const marker of markers) if (marker.pattern.test(code)) found.push(`${file}: ${marker.what}`);
  }
  expect(found).toEqual([]);
});
