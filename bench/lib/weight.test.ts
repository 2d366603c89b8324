import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { brotliCompressSync } from "node:zlib";
import compression from "compression";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assetsOfHtml, firstLoad, importsOf } from "./weight";

describe("assetsOfHtml", () => {
  it("finds script src, modulepreload, stylesheets and the inline module's imports", () => {
    const html = `<link rel="stylesheet" href="/assets/a.css"><link rel="modulepreload" href="/assets/b.js">
      <link rel="icon" href="/favicon.ico"><script src="/assets/c.js"></script>
      <script type="module">import "/assets/manifest.js"; import * as route0 from "/assets/root.js";
      import("/assets/entry.client.js");</script>`;
    expect(assetsOfHtml(html)).toEqual([
      { url: "/assets/c.js", kind: "js" },
      { url: "/assets/a.css", kind: "css" },
      { url: "/assets/b.js", kind: "js" },
      { url: "/assets/manifest.js", kind: "js" },
      { url: "/assets/root.js", kind: "js" },
      { url: "/assets/entry.client.js", kind: "js" },
    ]);
  });

  it("finds nothing in a page without scripts", () => {
    expect(assetsOfHtml('<html><body><form method="post"></form></body></html>')).toEqual([]);
  });
});

describe("importsOf", () => {
  it("follows static imports in minified code but not lazy ones", () => {
    const code = 'import{a as b}from"./chunk-1.js";import"./side.js";const c=()=>import("./lazy.js");';
    expect(importsOf(code)).toEqual(["./chunk-1.js", "./side.js"]);
  });
});

describe("firstLoad", () => {
  const big = (char: string) => char.repeat(4000);
  const files: Record<string, { type: string; body: string }> = {
    "/page": {
      type: "text/html",
      body: `<link rel="stylesheet" href="/a.css"><script type="module">import "/b.js";</script>${big("x")}`,
    },
    "/a.css": { type: "text/css", body: `@import url("/c.css");${big("a")}` },
    "/c.css": { type: "text/css", body: big("c") },
    "/b.js": { type: "text/javascript", body: `import"./d.js";${big("b")}` },
    "/d.js": { type: "text/javascript", body: big("d") },
  };
  let server: Server;
  let base = "";
  beforeAll(async () => {
    const compress = compression();
    server = createServer((req, res) => {
      const file = files[req.url ?? ""];
      if (!file) return void res.writeHead(404).end();
      compress(req as never, res as never, () =>
        res.writeHead(200, { "content-type": file.type }).end(file.body),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("sums what was transferred compressed, following imports in scripts and stylesheets", async () => {
    const weight = await firstLoad(`${base}/page`);
    expect(weight).toMatchObject({
      status: 200,
      htmlEncoding: "br",
      jsEncoding: "br",
      cssEncoding: "br",
      files: 4,
    });
    // brotli makes 4,000 equal characters a few dozen bytes; raw they would be 8,000 per type
    expect(weight.js).toBeLessThan(200);
    expect(weight.css).toBeLessThan(200);
    expect(weight.jsGzip).toBeGreaterThan(0);
    expect(brotliCompressSync(files["/d.js"].body).length).toBeLessThan(100);
  });

  it("reports a page that does not answer 200 without loading anything", async () => {
    expect(await firstLoad(`${base}/missing`)).toMatchObject({ status: 404, files: 0 });
  });
});
