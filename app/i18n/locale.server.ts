import { defaultLocale, isLocale, type Locale } from "./locales";

/**
 * The language of a request: the `lang` cookie a person chose (kept for a year), else Dutch. The
 * browser's own language does not count: Tandem's users are Dutch, and an English phone should not
 * turn an expert's pages English unless they asked for it.
 */
export function localeOf(request: Request): Locale {
  const cookie = request.headers.get("cookie") ?? "";
  const chosen = cookie.match(/(?:^|;\s*)lang=(nl|en)/)?.[1];
  return isLocale(chosen) ? chosen : defaultLocale;
}

export function languageCookie(locale: Locale): string {
  return `lang=${locale}; Path=/; Max-Age=31536000; SameSite=Lax`;
}
