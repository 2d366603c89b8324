import { afterEach, describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce, download, setPageHeaders } from "./headers.server";

const base = process.env.BASE_URL;
afterEach(() => {
  if (base === undefined) delete process.env.BASE_URL;
  else process.env.BASE_URL = base;
});

describe("security headers", () => {
  it("a page's policy allows scripts only with this response's nonce", () => {
    const nonce = createNonce();
    expect(createNonce()).not.toBe(nonce);
    const policy = contentSecurityPolicy(nonce);
    const scripts = policy.split("; ").find((d) => d.startsWith("script-src"));
    expect(scripts).toBe(`script-src 'self' 'nonce-${nonce}'`);
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
  });

  it("HSTS only when BASE_URL is https, no-store only on personal pages", () => {
    process.env.BASE_URL = "http://localhost:3000";
    const plain = setPageHeaders(new Headers(), "n", { personal: false });
    expect(plain.get("Strict-Transport-Security")).toBeNull();
    expect(plain.get("Cache-Control")).toBeNull();
    expect(plain.get("Permissions-Policy")).toContain("camera=()");
    process.env.BASE_URL = "https://tandem.example.org";
    const secure = setPageHeaders(new Headers(), "n", { personal: true });
    expect(secure.get("Strict-Transport-Security")).toMatch(/max-age=\d{8}/);
    expect(secure.get("Cache-Control")).toContain("no-store");
  });

  it("a download is not sniffed, not cached and saved as a file with its own name", () => {
    const response = download("BEGIN:VCALENDAR", {
      contentType: "text/calendar",
      filename: "Rapportage Zoë.pdf",
    });
    expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(response.headers.get("Cache-Control")).toContain("no-store");
    expect(response.headers.get("Content-Disposition")).toBe(
      `attachment; filename="Rapportage Zoe.pdf"; filename*=UTF-8''Rapportage%20Zo%C3%AB.pdf`,
    );
  });
});
