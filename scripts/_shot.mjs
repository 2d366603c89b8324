import { chromium } from "@playwright/test";

const base = process.env.BASE ?? "http://127.0.0.1:3555";
const pages = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
});
for (const width of [360, 1280]) {
  const context = await browser.newContext({ viewport: { width, height: 800 }, locale: "nl-NL" });
  const page = await context.newPage();
  if (process.env.LOGIN) {
    await page.goto(`${base}/login`);
    await page.fill("#email", process.env.LOGIN);
    await page.fill("#password", "demo-tandem-2026");
    await page.click("button[type=submit]");
    await page.waitForLoadState("networkidle");
  }
  for (const path of pages) {
    await page.goto(base + path);
    const name = path.replace(/[^a-z0-9]+/gi, "_") || "root";
    await page.screenshot({ path: `/tmp/shots/${name}-${width}.png`, fullPage: true });
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    console.log(path, width, "scrollWidth", wide);
  }
  await context.close();
}
await browser.close();
