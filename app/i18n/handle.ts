/**
 * What a route tells the root layout about itself, in `export const handle: RouteHandle = { … }`:
 * - `i18n`: the text namespaces its page uses besides `common` (only those are sent to the browser);
 * - `hydrate: false`: the page is served without scripts (its links and forms work without JavaScript),
 *   which keeps the pages experts, client contacts and the public use light on an old phone.
 */
export type RouteHandle = { i18n?: string[]; hydrate?: boolean };

type Match = { handle?: unknown };

function handleOf(match: Match): RouteHandle {
  return (match.handle ?? {}) as RouteHandle;
}

/** `common` and every namespace the matched routes declare. */
export function namespacesOf(matches: Match[]): string[] {
  return [...new Set(["common", ...matches.flatMap((m) => handleOf(m).i18n ?? [])])];
}

/** A page hydrates unless one of its routes says `hydrate: false`. */
export function hydrates(matches: Match[]): boolean {
  return !matches.some((m) => handleOf(m).hydrate === false);
}
