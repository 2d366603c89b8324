import { useMatches } from "react-router";
import { namespacesOf } from "~/i18n/handle";
import type { Locale } from "~/i18n/locales";
import { type TextsPayload, textsFileUrl, textsVersion } from "~/i18n/texts-files";
import { useTranslation } from "~/i18n/use-translation";

export const TEXTS_ELEMENT_ID = "tandem-texts";

/** JSON in a script element is inert; `<` is escaped so no text can close the element. */
function inertJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

/** The texts never change while the server runs: each file name is worked out once. */
const fileUrls = new Map<string, string>();

function fileUrl(locale: Locale, namespace: string, bundle: unknown): string {
  const key = `${locale}/${namespace}`;
  let url = fileUrls.get(key);
  if (!url) {
    url = textsFileUrl(locale, namespace, textsVersion(JSON.stringify(bundle)));
    fileUrls.set(key, url);
  }
  return url;
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
  let payload = pagePayload;
  if (!payload) {
    const locale = i18n.language as Locale;
    const namespaces = namespacesOf(matches).filter((ns) => i18n.getResourceBundle(locale, ns));
    const files = namespaces.map((ns) => fileUrl(locale, ns, i18n.getResourceBundle(locale, ns)));
    payload = { locale, namespaces, files };
  }
  return (
    <>
      <script
        id={TEXTS_ELEMENT_ID}
        type="application/json"
        nonce={nonce}
        suppressHydrationWarning
        // biome-ignore lint/security/noDangerouslySetInnerHtml: inert JSON with < escaped (see inertJson)
        dangerouslySetInnerHTML={{ __html: inertJson(payload) }}
      />
      {payload.files.map((src) => (
        <script key={src} src={src} defer nonce={nonce} suppressHydrationWarning />
      ))}
    </>
  );
}
