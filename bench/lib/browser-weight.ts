/**
 * The same first load as seen by Chromium itself: bytes received per resource type (encoded, as on
 * the wire, body only) until the network is idle. A check on bench/lib/weight.ts, and it also sees
 * what scripts fetch after they run (e.g. texts loaded as JSON) and fonts or images.
 */
import { type Browser, chromium } from "@playwright/test";

export type BrowserWeight = { js: number; css: number; other: number };

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
    ],
  });
}

export async function browserLoad(browser: Browser, url: string, cookie?: string): Promise<BrowserWeight> {
  const context = await browser.newContext({ locale: "nl-NL", viewport: { width: 360, height: 740 } });
  if (cookie) {
    const [name, ...value] = cookie.split("=");
    await context.addCookies([{ name, value: value.join("="), url }]);
  }
  const page = await context.newPage();
  const weight: BrowserWeight = { js: 0, css: 0, other: 0 };
  const pending: Promise<void>[] = [];
  page.on("requestfinished", (request) => {
    if (request.isNavigationRequest()) return;
    pending.push(
      request.sizes().then(({ responseBodySize }) => {
        const type = request.resourceType();
        if (type === "script") weight.js += responseBodySize;
        else if (type === "stylesheet") weight.css += responseBodySize;
        else weight.other += responseBodySize;
      }),
    );
  });
  await page.goto(url, { waitUntil: "networkidle" });
  await Promise.all(pending);
  await context.close();
  return weight;
}
