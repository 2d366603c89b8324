/**
 * What a browser transfers on a first load of one page: the HTML, then every script and stylesheet
 * it references (script src, modulepreload, imports in inline module scripts, static imports inside
 * the scripts, @import in stylesheets), as the server sends them (compressed or not).
 */
import { request } from "node:http";
import { brotliDecompressSync, gunzipSync, gzipSync, inflateSync } from "node:zlib";

export type Fetched = { status: number; encoding: string; transferred: number; body: Buffer };

/** GET with `Accept-Encoding: br, gzip`; `transferred` is the body's size on the wire. */
export function get(url: string, headers: Record<string, string> = {}): Promise<Fetched> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { "accept-encoding": "br, gzip", ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("error", reject);
      res.on("end", () => {
        const raw = Buffer.concat(chunks);
        const encoding = String(res.headers["content-encoding"] ?? "none");
        resolve({
          status: res.statusCode ?? 0,
          encoding,
          transferred: raw.length,
          body: decode(raw, encoding),
        });
      });
    });
    req.on("error", reject);
    req.end();
  });
}

function decode(raw: Buffer, encoding: string): Buffer {
  if (encoding === "br") return brotliDecompressSync(raw);
  if (encoding === "gzip") return gunzipSync(raw);
  if (encoding === "deflate") return inflateSync(raw);
  return raw;
}

type Kind = "js" | "css";

/** The scripts and stylesheets an HTML page references directly. */
export function assetsOfHtml(html: string): { url: string; kind: Kind }[] {
  const found: { url: string; kind: Kind }[] = [];
  const attr = (tag: string, name: string) =>
    tag.match(new RegExp(`\\s${name}\\s*=\\s*["']([^"']+)["']`, "i"))?.[1];
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attr(tag, "src");
    if (src) found.push({ url: src, kind: "js" });
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attr(tag, "rel") ?? "").toLowerCase();
    const href = attr(tag, "href");
    if (!href) continue;
    if (rel === "modulepreload") found.push({ url: href, kind: "js" });
    if (rel === "stylesheet") found.push({ url: href, kind: "css" });
  }
  for (const [, code] of html.matchAll(/<script\b[^>]*type=["']module["'][^>]*>([\s\S]*?)<\/script>/gi))
    for (const url of importsOf(code, true)) found.push({ url, kind: "js" });
  return found;
}

/** Module specifiers a script loads: static `import … from "x"` and `import "x"`; with `dynamic`, also `import("x")`. */
export function importsOf(code: string, dynamic = false): string[] {
  const pattern = dynamic
    ? /\b(?:import|from)\s*\(?\s*["']([^"']+\.m?js)["']/g
    : /\b(?:import|from)\s*["']([^"']+\.m?js)["']/g;
  return [...code.matchAll(pattern)].map((m) => m[1]);
}

export type Weight = {
  status: number;
  htmlEncoding: string;
  html: number;
  js: number;
  jsGzip: number;
  css: number;
  cssGzip: number;
  files: number;
  /** Content-Encoding of the first script and stylesheet ("none" when sent raw). */
  jsEncoding: string;
  cssEncoding: string;
};

/** Measures one page's first load. Cookies go only to the HTML (assets are public). */
export async function firstLoad(pageUrl: string, cookie?: string): Promise<Weight> {
  const page = await get(pageUrl, cookie ? { cookie } : {});
  const weight: Weight = {
    status: page.status,
    htmlEncoding: page.encoding,
    html: page.transferred,
    js: 0,
    jsGzip: 0,
    css: 0,
    cssGzip: 0,
    files: 0,
    jsEncoding: "-",
    cssEncoding: "-",
  };
  if (page.status !== 200) return weight;
  const queue = assetsOfHtml(page.body.toString("utf8")).map((a) => ({
    ...a,
    url: new URL(a.url, pageUrl).href,
  }));
  const seen = new Set<string>();
  while (queue.length > 0) {
    const asset = queue.shift();
    if (!asset || seen.has(asset.url)) continue;
    seen.add(asset.url);
    const got = await get(asset.url);
    if (got.status !== 200) throw new Error(`${asset.url} answered ${got.status}`);
    weight.files++;
    const text = got.body.toString("utf8");
    const gzip = gzipSync(got.body).length;
    if (asset.kind === "js") {
      weight.js += got.transferred;
      weight.jsGzip += gzip;
      if (weight.jsEncoding === "-") weight.jsEncoding = got.encoding;
      for (const url of importsOf(text)) queue.push({ url: new URL(url, asset.url).href, kind: "js" });
    } else {
      weight.css += got.transferred;
      weight.cssGzip += gzip;
      if (weight.cssEncoding === "-") weight.cssEncoding = got.encoding;
      for (const [, url] of text.matchAll(/@import\s+(?:url\()?["']?([^"')\s;]+)/g))
        queue.push({ url: new URL(url, asset.url).href, kind: "css" });
    }
  }
  return weight;
}

export const kb = (bytes: number) => (bytes / 1024).toFixed(1);
