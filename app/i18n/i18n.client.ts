import i18next, { type BackendModule, type i18n, type ResourceLanguage } from "i18next";
import { initReactI18next } from "react-i18next";
import type { Locale } from "./locales";
import type { LoadedTexts, TextsPayload } from "./texts-files";

/** The language and the texts of the namespaces the page uses. */
export type PageTexts = { locale: Locale; resources: ResourceLanguage };

function fetchNamespace(language: string, namespace: string): Promise<ResourceLanguage[string]> {
  return fetch(`/locales/${language}/${namespace}.json`).then((response) =>
    response.ok ? response.json() : Promise.reject(new Error(String(response.status))),
  );
}

/**
 * The texts the page named (app/ui/texts-script.tsx): from the scripts it loaded before this module,
 * or fetched here when one did not arrive (blocked, or failed on a bad connection), so the first
 * render always has them.
 */
export async function pageTexts(payload: TextsPayload): Promise<PageTexts> {
  const loaded = ((self as { tandemTexts?: LoadedTexts }).tandemTexts ?? {}) as LoadedTexts;
  const resources: ResourceLanguage = {};
  // one after the other: normally every file has arrived and nothing is fetched
  for (const ns of payload.namespaces)
    resources[ns] =
      (loaded[`${payload.locale}/${ns}`] as ResourceLanguage[string] | undefined) ??
      (await fetchNamespace(payload.locale, ns).catch(() => ({})));
  return { locale: payload.locale, resources };
}

/** Loads a namespace the first page did not bring, when the person moves to a page that needs it. */
const fetchBackend: BackendModule = {
  type: "backend",
  init() {},
  read(language, namespace, callback) {
    fetchNamespace(language, namespace)
      .then((texts) => callback(null, texts))
      .catch((error: Error) => callback(error, false));
  },
};

/** The browser's i18next instance: one language, the page's namespaces, the rest on demand. */
export function clientI18n(payload: PageTexts): i18n {
  const instance = i18next.createInstance();
  instance
    .use(fetchBackend)
    .use(initReactI18next)
    .init({
      lng: payload.locale,
      fallbackLng: false,
      resources: { [payload.locale]: payload.resources },
      partialBundledLanguages: true,
      ns: Object.keys(payload.resources),
      defaultNS: "common",
      interpolation: { escapeValue: false },
      initAsync: false,
    });
  return instance;
}
