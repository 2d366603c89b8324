import { describe, expect, it } from "vitest";
import { pagePath, safeNext } from "./redirects";

describe("safeNext", () => {
  it.each([
    "/\t/evil.example/x",
    "/\n/evil.example/x",
    "/\r/evil.example/x",
    "//evil.example/x",
    "/\\evil.example/x",
    "/\\\\evil.example",
    "\\/evil.example",
    "/.//evil.example",
    "/x/../..//evil.example",
    "https://evil.example/",
    "javascript:alert(1)",
    " /start",
    "",
  ])("refuses %j", (attack) => {
    expect(safeNext(attack)).toBe("/start");
    expect(safeNext(attack, "/")).toBe("/");
  });

  it("refuses what a browser would make of the decoded query value", () => {
    // ?next=/%09/evil.example/x arrives in searchParams as "/\t/evil.example/x".
    const next = new URL("http://x/login?next=/%09/evil.example/x").searchParams.get("next");
    expect(safeNext(next)).toBe("/start");
  });

  it("keeps same-site paths with query and hash", () => {
    expect(safeNext("/requests?status=new#list")).toBe("/requests?status=new#list");
    expect(safeNext("/agenda/abc")).toBe("/agenda/abc");
    expect(safeNext("/%2F/evil.example")).toBe("/%2F/evil.example");
    expect(safeNext(null)).toBe("/start");
    expect(safeNext(undefined, "/")).toBe("/");
  });
});

describe("pagePath", () => {
  it.each([
    ["http://x/pool?status=active", "/pool?status=active"],
    ["http://x/pool.data?status=active&_routes=routes%2F_app.pool._index", "/pool?status=active"],
    ["http://x/_root.data", "/"],
    ["http://x/requests?index", "/requests"],
  ])("%s is the page %s", (url, page) => {
    expect(pagePath(new Request(url))).toBe(page);
  });
});
