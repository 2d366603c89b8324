import { existsSync } from "node:fs";
import { AppError } from "./errors";

/**
 * HTML to a tagged PDF with Chromium (decision 00N-report-pdf): headings, paragraphs and tables
 * become the PDF's structure tree, `<html lang>` its language, the fonts are embedded, and headings
 * give the outline. One Chromium at a time, started for the file and closed after it.
 */
export type PdfOptions = {
  /** Shown small at the top of every page (the centre's name). */
  headerText: string;
  /** Shown at the bottom of every page: "Pagina {{page}} van {{pages}}". */
  pageText: string;
};

const candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

/** The Chromium to use: CHROMIUM_PATH (only that), or Debian's package; null when neither is there. */
export function chromiumPath(): string | null {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) return existsSync(configured) ? configured : null;
  return candidates.find((path) => existsSync(path)) ?? null;
}

const escapes: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Text for inside HTML elements and attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => escapes[c]);
}

function footer(pageText: string): string {
  const [before, between, after] = escapeHtml(pageText)
    .replace("{{page}}", "\u0000")
    .replace("{{pages}}", "\u0000")
    .split("\u0000");
  return `<div style="font-family: 'Liberation Sans', 'DejaVu Sans', Arial, sans-serif; font-size: 8pt; width: 100%; text-align: center; color: #333;">${before ?? ""}<span class="pageNumber"></span>${between ?? ""}<span class="totalPages"></span>${after ?? ""}</div>`;
}

function header(text: string): string {
  return `<div style="font-family: 'Liberation Sans', 'DejaVu Sans', Arial, sans-serif; font-size: 8pt; width: 100%; margin: 0 18mm; color: #333;">${escapeHtml(text)}</div>`;
}

let queue: Promise<unknown> = Promise.resolve();

/** Runs one job after the other, so a burst of downloads does not start a Chromium each at once. */
function oneAtATime<T>(job: () => Promise<T>): Promise<T> {
  const next = queue.then(job, job);
  queue = next.catch(() => undefined);
  return next;
}

/** The PDF of a whole HTML document (with `<html lang="…">` and `<title>`). */
export async function htmlToPdf(html: string, options: PdfOptions): Promise<Buffer> {
  const { chromium } = await import("playwright-core");
  // Without CHROMIUM_PATH and without Debian's package: Playwright's own browser, when installed.
  const own = process.env.CHROMIUM_PATH ? null : chromium.executablePath();
  const executablePath = chromiumPath() ?? (own && existsSync(own) ? own : null);
  if (!executablePath) throw new AppError("UNAVAILABLE", "errors.pdfUnavailable");
  return oneAtATime(async () => {
    const browser = await chromium.launch({
      executablePath,
      headless: true,
      timeout: 20_000,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage"],
    });
    try {
      const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: "load", timeout: 20_000 });
      const pdf = await page.pdf({
        format: "A4",
        tagged: true,
        outline: true,
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: header(options.headerText),
        footerTemplate: footer(options.pageText),
        margin: { top: "20mm", bottom: "18mm", left: "18mm", right: "18mm" },
      });
      return Buffer.from(pdf);
    } finally {
      await browser.close();
    }
  });
}
