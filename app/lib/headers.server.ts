import { randomBytes } from "node:crypto";
import { baseUrl } from "./config.server";

/** A fresh nonce per response: 128 random bits. */
export function createNonce(): string {
  return randomBytes(16).toString("base64");
}

/**
 * The Content-Security-Policy of a page. Scripts only from this site or inline with this response's
 * nonce (React Router's hydration data and module loader); styles from this site, and inline
 * `style="…"` attributes allowed (React renders a few; they cannot run code). No framing, no plugins,
 * forms post only here.
 */
export function contentSecurityPolicy(nonce: string, { dev = false } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** No camera, microphone, location, payment or other powerful features for any page. */
export const PERMISSIONS_POLICY =
  "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), midi=(), " +
  "magnetometer=(), gyroscope=(), accelerometer=(), display-capture=(), interest-cohort=()";

/** Headers every response of the app carries (pages, data requests, downloads). */
export function setCommonHeaders(headers: Headers): Headers {
  headers.set("X-Content-Type-Options", "nosniff");
  headers.set("Referrer-Policy", "same-origin");
  headers.set("Permissions-Policy", PERMISSIONS_POLICY);
  if (baseUrl().startsWith("https://"))
    headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  return headers;
}

/** A page: the common headers, the policy with its nonce, no framing, and no-store when it is personal. */
export function setPageHeaders(headers: Headers, nonce: string, { personal }: { personal: boolean }) {
  setCommonHeaders(headers);
  headers.set(
    "Content-Security-Policy",
    contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development" }),
  );
  headers.set("X-Frame-Options", "DENY");
  if (personal) headers.set("Cache-Control", "private, no-store");
  return headers;
}

/**
 * A file to download (.ics, .xlsx, .csv, .pdf): never cached, never sniffed as something else, always
 * saved as a file rather than shown in the page.
 */
export function download(body: BodyInit, file: { contentType: string; filename: string }): Response {
  // An ASCII name for old clients, the exact name (accents kept) in filename* for the rest.
  const ascii = file.filename
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\w .()-]/g, "_");
  const headers = setCommonHeaders(new Headers());
  headers.set("Content-Type", file.contentType);
  headers.set(
    "Content-Disposition",
    `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
  );
  headers.set("Cache-Control", "private, no-store");
  headers.set("Content-Security-Policy", "default-src 'none'; sandbox");
  return new Response(body, { headers });
}
