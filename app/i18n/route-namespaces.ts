// Which text namespaces a route's page uses, found by reading its source and the local files it imports.
// Used by a test (every namespace a page uses is declared in its `handle.i18n`, so it reaches the browser)
// and by nothing at run time.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

const appDir = resolve(dirname(new URL(import.meta.url).pathname), "..");

function resolveImport(from: string, spec: string): string | null {
  const base = spec.startsWith("~/") ? join(appDir, spec.slice(2)) : resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.tsx`, `${base}.ts`]) {
    if (candidate.endsWith(".ts") || candidate.endsWith(".tsx")) if (existsSync(candidate)) return candidate;
  }
  return null;
}

/** The namespaces used in a file and in the browser-side files it imports (not `.server` files). */
export function namespacesUsed(
  file: string,
  known: readonly string[],
  seen = new Set<string>(),
): Set<string> {
  const used = new Set<string>();
  if (seen.has(file)) return used;
  seen.add(file);
  const source = readFileSync(file, "utf8");
  for (const m of source.matchAll(/useTranslation\(\s*(\[[^\]]*\]|"[^"]+")/g)) {
    for (const ns of m[1].matchAll(/"([^"]+)"/g)) used.add(ns[1]);
  }
  const prefixed = new RegExp(`\\bt\\(\\s*["\`](${known.join("|")}):[a-zA-Z]`, "g");
  for (const m of source.matchAll(prefixed)) used.add(m[1]);
  for (const m of source.matchAll(/from "((?:\.\.?\/|~\/)[^"]+)"/g)) {
    const spec = m[1];
    if (/\.server$|\/i18n\/|\/lib\/notice$|\+types/.test(spec)) continue;
    const target = resolveImport(file, spec);
    if (target && !target.includes(".server."))
      for (const ns of namespacesUsed(target, known, seen)) used.add(ns);
  }
  used.delete("common");
  return used;
}
