import { z } from "zod";

/**
 * Characters that change how text around them is shown without being seen: bidi controls
 * (U+061C, U+200E–U+200F, U+202A–U+202E, U+2066–U+2069) and zero-width ones (U+200B–U+200D,
 * U+2060–U+2064, U+FEFF, U+180E, the soft hyphen U+00AD). In a name they can make one person look
 * like another, or turn a file name around.
 */
const HIDDEN = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/u;

export function hasHiddenCharacters(value: string): boolean {
  return HIDDEN.test(value);
}

/**
 * The one schema for a name (a person's or an organisation's): trimmed, between `min` and `max`
 * characters, no bidi controls or zero-width characters. Messages are i18n keys.
 */
export function nameField({
  max,
  min = 1,
  required = "validation.required",
}: {
  max: number;
  min?: number;
  required?: string;
}) {
  return z
    .string({ error: required })
    .trim()
    .min(min, min > 1 ? "validation.tooShort" : required)
    .max(max, "validation.tooLong")
    .refine((value) => !hasHiddenCharacters(value), "validation.hiddenCharacters");
}
