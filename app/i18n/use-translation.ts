import type { i18n } from "i18next";
import { useContext } from "react";
import { I18nContext, useTranslation as useBrowserTranslation } from "react-i18next";

type Translation = ReturnType<typeof useBrowserTranslation>;

/** Per server instance (one per language, i18n.server.ts) and namespace: the same `t` for every render. */
const made = new WeakMap<i18n, Map<string, Translation>>();

/**
 * On the server a page renders once, with every text loaded and a language that never changes, so a
 * fixed `t` per namespace is made once and shared. react-i18next's hook copies the whole i18next
 * instance for each component it renders (measured: about 4% of a signed-in page's server time).
 * Same `t` as react-i18next's: the first namespace asked for (else `common`) is the default one.
 */
function useServerTranslation(ns?: string | readonly string[]): Translation {
  const { i18n } = useContext(I18nContext);
  const namespace = (typeof ns === "string" ? ns : ns?.[0]) ?? "common";
  let byNamespace = made.get(i18n);
  if (!byNamespace) {
    byNamespace = new Map();
    made.set(i18n, byNamespace);
  }
  let translation = byNamespace.get(namespace);
  if (!translation) {
    const fixed = i18n.getFixedT(i18n.language, namespace);
    // a text without values never changes on the server: looked up once (i18next's lookup was ~4% of a page)
    const plain = new Map<string, string>();
    const lookUp = fixed as unknown as (key: unknown, ...rest: unknown[]) => string;
    const t = ((key: unknown, ...rest: unknown[]) => {
      if (rest.length > 0 || typeof key !== "string") return lookUp(key, ...rest);
      let text = plain.get(key);
      if (text === undefined) {
        text = lookUp(key);
        if (plain.size < 10_000) plain.set(key, text); // bounded, should a key ever come from outside
      }
      return text;
    }) as unknown as typeof fixed;
    translation = Object.assign([t, i18n, true], { t, i18n, ready: true }) as unknown as Translation;
    byNamespace.set(namespace, translation);
  }
  return translation;
}

/**
 * `useTranslation` for Tandem's components: react-i18next's in the browser (it follows a namespace
 * that is still loading), a shared one on the server.
 */
export const useTranslation = (
  typeof document === "undefined" ? useServerTranslation : useBrowserTranslation
) as typeof useBrowserTranslation;
