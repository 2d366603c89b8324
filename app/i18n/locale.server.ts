import { defaultLocale, isLocale, type Locale } from "./resources";

/** The language of a request: the `lang` cookie a user chose, else the browser's preference, else Dutch. */
export function localeOf(request: Request): Locale {
  const cookie = request.headers.get("cookie") ?? "";
  const chosen = cookie.match(/(?:^|;\s*)lang=(nl|en)/)?.[1];
  if (isLocale(chosen)) return chosen;
  const accept = request.headers.get("accept-language") ?? "";
  for (const part of accept.split(",")) {
    const tag = part.trim().slice(0, 2).toLowerCase();
    if (tag === "nl") return "nl";
    if (tag === "en") return "en";
  }
  return defaultLocale;
}

export function languageCookie(locale: Locale): string {
  return `lang=${locale}; Path=/; Max-Age=31536000; SameSite=Lax`;
}
