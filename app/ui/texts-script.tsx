import { useMatches } from "react-router";
import { namespacesOf } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";

export const TEXTS_ELEMENT_ID = "tandem-texts";

/** JSON in a script element is inert; `<` is escaped so no text can close the element. */
function inertJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

/** The texts never change while the server runs: each language and set of namespaces is written once. */
const written = new Map<string, string>();

/**
 * The texts of this page for the browser: the active language and only the namespaces the matched routes
 * declare (`handle.i18n`). The browser's i18next starts from these; others load when a page needs them.
 */
export function TextsScript({ nonce }: { nonce?: string }) {
  const { i18n } = useTranslation();
  const matches = useMatches();
  const locale = i18n.language;
  const namespaces = namespacesOf(matches);
  const key = `${locale}:${namespaces.join(",")}`;
  let json = written.get(key);
  if (json === undefined) {
    const resources: Record<string, unknown> = {};
    for (const ns of namespaces) {
      const bundle = i18n.getResourceBundle(locale, ns);
      if (bundle) resources[ns] = bundle;
    }
    json = inertJson({ locale, resources });
    written.set(key, json);
  }
  return (
    <script
      id={TEXTS_ELEMENT_ID}
      type="application/json"
      nonce={nonce}
      suppressHydrationWarning
      // biome-ignore lint/security/noDangerouslySetInnerHtml: inert JSON with < escaped (see inertJson)
      dangerouslySetInnerHTML={{ __html: json }}
    />
  );
}
