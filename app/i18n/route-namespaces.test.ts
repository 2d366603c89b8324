import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { namespaces } from "./resources";
import { namespacesUsed } from "./route-namespaces";

const routesDir = join(import.meta.dirname, "..", "routes");
const pages = readdirSync(routesDir).filter(
  (f) => f.endsWith(".tsx") && readFileSync(join(routesDir, f), "utf8").includes("export default"),
);

function declared(source: string): string[] {
  const list = source.match(/export const handle: RouteHandle = \{[^}]*i18n: \[([^\]]*)\]/)?.[1] ?? "";
  return [...list.matchAll(/"([^"]+)"/g)].map((m) => m[1]);
}

describe("texts sent with a page", () => {
  it.each(pages)("%s declares every namespace its page uses", (file) => {
    const path = join(routesDir, file);
    const used = [...namespacesUsed(path, namespaces)].sort();
    const missing = used.filter((ns) => !declared(readFileSync(path, "utf8")).includes(ns));
    expect(missing, `add them to \`export const handle: RouteHandle = { i18n: [...] }\` in ${file}`).toEqual(
      [],
    );
  });

  it("finds namespaces in the page and in the components it imports", () => {
    expect([...namespacesUsed(join(routesDir, "_app.requests.$requestId.match.tsx"), namespaces)]).toContain(
      "matching",
    );
  });
});
