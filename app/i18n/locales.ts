/** The languages of the interface. Dutch unless a person chose English (whatever the browser says). */
export const locales = ["nl", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "nl";

export function isLocale(value: unknown): value is Locale {
  return locales.includes(value as Locale);
}
