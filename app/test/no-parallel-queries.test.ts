import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/** Source files of the app that run at request time (tests and this guard left out). */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "test" ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe("one query at a time per connection (issue 14.16)", () => {
  it("has no Promise.all in app code: queries of one transaction share a connection", () => {
    // The database tests' guard (one-query-guard.ts) catches the paths they cover; this catches the
    // rest, such as loaders. Work that truly runs on separate connections says so on the same line.
    const offending = sourceFiles("app").flatMap((file) =>
      readFileSync(file, "utf8")
        .split("\n")
        .map((line, i) => ({ line, at: `${file}:${i + 1}` }))
        .filter(
          ({ line }) =>
            /Promise\.(all|allSettled|race|any)\(/.test(line) && !line.includes("separate connections"),
        )
        .map(({ at }) => at),
    );
    expect(offending).toEqual([]);
  });
});
