/**
 * The page's texts as files the browser keeps: one script per language and namespace at
 * `/texts/<locale>/<namespace>.<version>.js`, the version a hash of its texts, so a file never changes
 * under its name and can be cached for a year. A page names its files in a small JSON element; the
 * scripts put the texts in `self.tandemTexts` before the app's module starts (app/entry.client.tsx).
 * Before, every page carried its texts inline: 22 KB on the start page, written and compressed again
 * for each request and downloaded again on each page (docs/performance.md).
 */
import type { Locale } from "./locales";

/** What the page's JSON element says: its language, its namespaces and the files that hold them. */
export type TextsPayload = { locale: Locale; namespaces: string[]; files: string[] };

/** Where the scripts leave the texts: `self.tandemTexts["nl/requests"]`. */
export type LoadedTexts = Record<string, Record<string, unknown>>;

/** FNV-1a, 32 bits, as base 36: enough to tell two versions of a namespace apart. */
export function textsVersion(json: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < json.length; i++) {
    hash ^= json.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/** One namespace's file: where it is, its version and its script. */
export type TextsFile = { url: string; version: string; body: string };

/** The texts never change while the server runs: each file is made once, for the page and the route alike. */
const files = new Map<string, TextsFile>();

/** The file of one language's namespace, from its texts (the server's only: the browser has no use for it). */
export function textsFile(locale: string, namespace: string, texts: unknown): TextsFile {
  const key = `${locale}/${namespace}`;
  let file = files.get(key);
  if (!file) {
    const json = JSON.stringify(texts);
    const version = textsVersion(json);
    file = {
      url: `/texts/${locale}/${namespace}.${version}.js`,
      version,
      // JSON is a JavaScript expression, so the texts go in as they are
      body: `(self.tandemTexts=self.tandemTexts||{})[${JSON.stringify(key)}]=${json};\n`,
    };
    files.set(key, file);
  }
  return file;
}
