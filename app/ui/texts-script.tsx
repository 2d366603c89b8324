import type { i18n } from "i18next";
import { useMatches } from "react-router";
import { namespacesOf } from "~/i18n/handle";
import type { Locale } from "~/i18n/locales";
import { type TextsPayload, textsFile } from "~/i18n/texts-files";
import { useTranslation } from "~/i18n/use-translation";

export const TEXTS_ELEMENT_ID = "tandem-texts";

/** JSON in a script element is inert; `<` is escaped so no text can close the element. */
function inertJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

/** On the server: each language and set of namespaces' payload, worked out once (the texts never change). */
const payloads = new Map<string, { payload: TextsPayload; json: string }>();

function serverPayload(i18n: i18n, matches: ReturnType<typeof useMatches>) {
  const locale = i18n.language as Locale;
  const declared = namespacesOf(matches);
  const key = `${locale}:${declared.join(",")}`;
  let made = payloads.get(key);
  if (!made) {
    const namespaces: string[] = [];
    const files: string[] = [];
    for (const ns of declared) {
      const bundle = i18n.getResourceBundle(locale, ns);
      if (!bundle) continue;
      namespaces.push(ns);
      files.push(textsFile(locale, ns, bundle).url);
    }
    const payload = { locale, namespaces, files };
    made = { payload, json: inertJson(payload) };
    payloads.set(key, made);
  }
  return made;
}

/** In the browser: what the page came with, read once by entry.client before it hydrates. */
let pagePayload: TextsPayload | null = null;

export function readTextsPayload(): TextsPayload {
  pagePayload = JSON.parse(document.getElementById(TEXTS_ELEMENT_ID)?.textContent ?? "null") as TextsPayload;
  return pagePayload;
}

/**
 * Which texts this page uses and where the browser finds them: the active language and only the
 * namespaces the matched routes declare (`handle.i18n`), each as a cached script
 * (app/i18n/texts-files.ts). In the browser the elements stay as the page came: namespaces of later
 * pages load through i18next's backend.
 */
export function TextsScript({ nonce }: { nonce?: string }) {
  const { i18n } = useTranslation();
  const matches = useMatches();
  const { payload, json } = pagePayload
    ? { payload: pagePayload, json: inertJson(pagePayload) }
    : serverPayload(i18n, matches);
  return (
    <>
      <script
        id={TEXTS_ELEMENT_ID}
        type="application/json"
        nonce={nonce}
        suppressHydrationWarning
        // biome-ignore lint/security/noDangerouslySetInnerHtml: inert JSON with < escaped (see inertJson)
        dangerouslySetInnerHTML={{ __html: json }}
      />
      {payload.files.map((src) => (
        <script key={src} src={src} defer nonce={nonce} suppressHydrationWarning />
      ))}
    </>
  );
}
