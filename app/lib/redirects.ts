/** A base that no real request has: a `next` that resolves to another origin is refused. */
const BASE = "http://tandem.invalid";

/**
 * Only same-site paths may be a `next` target (no open redirects). The value is resolved the way a
 * browser resolves a Location header (tabs and newlines dropped, backslashes read as slashes), and
 * accepted only when it stays on this origin; what is returned is the normalised path, query and
 * hash, never a value that a browser could read as `//other.host`.
 */
export function safeNext(next: string | null | undefined, fallback = "/start"): string {
  if (typeof next !== "string" || !next.startsWith("/")) return fallback;
  let url: URL;
  try {
    url = new URL(next, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // "/.//evil" normalises to "//evil", which a browser would read as another host.
  if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) return fallback;
  return path;
}

/**
 * The page a request is for, as a `next` to come back to after signing in. Loaders get the request
 * as it came (react-router.config.ts): a client navigation asks for `/pool.data?_routes=…`
 * (`/_root.data` for `/`), which is the page `/pool`.
 */
export function pagePath(request: Request): string {
  const url = new URL(request.url);
  url.searchParams.delete("_routes");
  url.searchParams.delete("index");
  const path = url.pathname === "/_root.data" ? "/" : url.pathname.replace(/\.data$/, "");
  return path + url.search;
}
