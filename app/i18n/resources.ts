import { auth as enAuth } from "./en/auth";
import { common as enCommon } from "./en/common";
import { auth as nlAuth } from "./nl/auth";
import { common as nlCommon } from "./nl/common";

/** Every namespace in both languages. A new feature adds its file in nl/ and en/ and lists it here. */
export const resources = {
  nl: { common: nlCommon, auth: nlAuth },
  en: { common: enCommon, auth: enAuth },
} as const;

export const locales = ["nl", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "nl";
export const namespaces = Object.keys(resources.nl) as (keyof typeof resources.nl)[];

export function isLocale(value: unknown): value is Locale {
  return locales.includes(value as Locale);
}
