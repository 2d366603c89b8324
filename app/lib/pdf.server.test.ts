import { afterEach, describe, expect, it } from "vitest";
import { chromiumPath, escapeHtml, htmlToPdf } from "./pdf.server";

describe("htmlToPdf", () => {
  const saved = process.env.CHROMIUM_PATH;
  afterEach(() => {
    if (saved === undefined) delete process.env.CHROMIUM_PATH;
    else process.env.CHROMIUM_PATH = saved;
  });

  it("says clearly that no Chromium is there (503), instead of failing somewhere inside", async () => {
    process.env.CHROMIUM_PATH = "/nowhere/chromium";
    expect(chromiumPath()).toBeNull();
    await expect(htmlToPdf("<html lang='nl'></html>", { headerText: "", pageText: "" })).rejects.toThrow(
      expect.objectContaining({
        code: "UNAVAILABLE",
        messageKey: "errors.pdfUnavailable",
        init: { status: 503 },
      }),
    );
  });

  it("escapes text for HTML", () => {
    expect(escapeHtml(`<b>"Zoë" & 'Ğ'</b>`)).toBe("&lt;b&gt;&quot;Zoë&quot; &amp; &#39;Ğ&#39;&lt;/b&gt;");
  });
});
