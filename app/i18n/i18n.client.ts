import i18next, { type BackendModule, type i18n, type ResourceLanguage } from "i18next";
import { initReactI18next } from "react-i18next";
import type { Locale } from "./locales";

/** What the server puts in the page: the language and the texts of the namespaces this page uses. */
export type TextsPayload = { locale: Locale; resources: ResourceLanguage };

/** Loads a namespace the first page did not bring, when the person moves to a page that needs it. */
const fetchBackend: BackendModule = {
  type: "backend",
  init() {},
  read(language, namespace, callback) {
    fetch(`/locales/${language}/${namespace}.json`)
      .then((response) =>
        response.ok ? response.json() : Promise.reject(new Error(String(response.status))),
      )
      .then((texts) => callback(null, texts))
      .catch((error: Error) => callback(error, false));
  },
};

/** The browser's i18next instance: one language, the page's namespaces, the rest on demand. */
export function clientI18n(payload: TextsPayload): i18n {
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
