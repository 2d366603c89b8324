/** Rules for a centre's own colour and logo. Pure: tested without a database. */

/** Relative luminance of an sRGB colour (WCAG 2.2). */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast of a colour with white text (1 to 21). */
export function contrastWithWhite(hex: string): number {
  return 1.05 / (luminance(hex) + 0.05);
}

/** A colour the header, menu and buttons can carry: #rrggbb with white text at 4.5:1 or more (WCAG AA). */
export function colourProblem(hex: string): "format" | "contrast" | null {
  if (!/^#[0-9a-f]{6}$/i.test(hex)) return "format";
  return contrastWithWhite(hex) >= 4.5 ? null : "contrast";
}

export const LOGO_MAX_BYTES = 200 * 1024;

/** The image type of a logo from its first bytes (not its name): PNG, JPEG or WebP, else null. */
export function logoType(bytes: Uint8Array): "image/png" | "image/jpeg" | "image/webp" | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return "image/png";
  if (starts(0xff, 0xd8, 0xff)) return "image/jpeg";
  if (starts(0x52, 0x49, 0x46, 0x46) && String.fromCharCode(...bytes.slice(8, 12)) === "WEBP")
    return "image/webp";
  return null;
}
