/**
 * `npm run screenshots`: a 360 px and a 1280 px full-page screenshot of every page, per role, on the
 * demo data, into screenshots/ (git-ignored), named `<role>--<page>--<width>.png`.
 *
 * Builds into build-bench (BENCH_SKIP_BUILD=1 to reuse it), seeds the demo into an own PGlite folder
 * (plus an invented funder), starts the server, and per role (signed out, admin, coordinator,
 * expert, client contact, funder) visits the role's menu (app/modules/accounts/navigation.ts), then
 * follows links from those pages to one page of each kind (e.g. one request, its match page),
 * two steps deep. Prints the folder, the count, and the pages that are wider than 360 px.
 * SCREENSHOTS_ROLES=coordinator,expert takes only those roles.
 */
import { mkdirSync, rmSync } from "node:fs";
import { resolve } from "node:path";
import { type Browser, chromium } from "@playwright/test";
import { navigationFor, sections } from "~/modules/accounts/navigation";
import {
  buildApp,
  type Demo,
  pgliteTarget,
  pickBusiestMatch,
  prepareDemo,
  type Role,
  startServer,
} from "../bench/lib/app";

const folder = resolve(process.env.SCREENSHOTS_DIR ?? "screenshots");
const widths = [360, 1280];
const perRole = Number(process.env.SCREENSHOTS_PER_ROLE ?? 40);
/** Links not to follow: they change something, download a file or leave the app. */
const skip = /^\/(logout|language)|\.(ics|pdf|xlsx|csv|json)$|^\/export\/./;

/** One name per kind of page: ids become "id". */
const kindOf = (path: string) =>
  path
    .split("?")[0]
    .replace(/\/[0-9a-f]{8}-[0-9a-f-]{27,}/gi, "/:id")
    .replace(/\/[A-Za-z0-9_-]{32}$/, "/:token");
const nameOf = (kind: string) => kind.replaceAll(":", "").replace(/^\//, "").replaceAll("/", "-") || "home";

function startPages(role: Role | "signed-out", demo: Demo): string[] {
  if (role === "signed-out")
    return [
      "/aanvraag/demo",
      "/aanvraag/demo/bedankt",
      "/login",
      "/login/code",
      `/evaluatie/${demo.ids.evaluationToken}`,
      "/vraag/demo",
      "/vraag/demo/bedankt",
      "/kennisbank/demo",
      `/vragenlijst/${demo.ids.questionnaireToken}`,
    ];
  const menu = navigationFor(role).map((item) => item.to);
  // the first agenda link may be an offer without hours; start from one of each
  if (role === "expert") menu.push(`/agenda/${demo.ids.offer}`, `/agenda/${demo.ids.hours}/hours`);
  // and a match page with candidates, not the first request's
  if (role === "admin" || role === "coordinator") {
    menu.push(`/requests/${demo.ids.request}/match`);
    // every list behind a menu item's tabs
    for (const parts of Object.values(sections)) for (const part of parts) menu.push(part.to);
  }
  return menu;
}

async function shootRole(browser: Browser, base: string, role: Role | "signed-out", demo: Demo) {
  const context = await browser.newContext({ locale: "nl-NL", timezoneId: "Europe/Amsterdam" });
  if (role !== "signed-out") {
    const [name, ...value] = demo.cookies[role].split("=");
    await context.addCookies([{ name, value: value.join("="), url: base }]);
  }
  const page = await context.newPage();
  const queue = [...new Set(startPages(role, demo))].map((path) => ({ path, depth: 0 }));
  const seen = new Set(queue.map((q) => kindOf(q.path)));
  const wide: string[] = [];
  let shots = 0;
  for (let i = 0; i < queue.length && i < perRole; i++) {
    const { path, depth } = queue[i];
    const name = nameOf(kindOf(path));
    for (const width of widths) {
      await page.setViewportSize({ width, height: width === 360 ? 740 : 900 });
      const response = await page.goto(base + path, { waitUntil: "load" });
      if (!response?.ok()) console.error(`${role} ${path}: ${response?.status()}`);
      if (
        width === 360 &&
        (await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth))
      )
        wide.push(`${role}--${name}`);
      await page.screenshot({ path: `${folder}/${role}--${name}--${width}.png`, fullPage: true });
      shots++;
    }
    if (depth >= 2) continue;
    const links = await page.$$eval("a[href]", (as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const href of links) {
      const url = new URL(href);
      if (url.origin !== new URL(base).origin || skip.test(url.pathname)) continue;
      const kind = kindOf(url.pathname);
      if (seen.has(kind)) continue;
      seen.add(kind);
      queue.push({ path: url.pathname + url.search, depth: depth + 1 });
    }
  }
  await context.close();
  return { shots, wide };
}

buildApp();
rmSync(folder, { recursive: true, force: true });
mkdirSync(folder, { recursive: true });
const target = pgliteTarget();
const demo = await prepareDemo(target);
const server = await startServer(target);
await pickBusiestMatch(server.base, demo);
const browser = await chromium.launch({
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
try {
  let total = 0;
  const wide: string[] = [];
  const roles = ["signed-out", "admin", "coordinator", "expert", "client_contact", "funder"] as const;
  const only = process.env.SCREENSHOTS_ROLES?.split(",");
  for (const role of roles.filter((r) => !only || only.includes(r))) {
    const result = await shootRole(browser, server.base, role, demo);
    total += result.shots;
    wide.push(...result.wide);
    console.error(`${role}: ${result.shots} screenshots`);
  }
  console.log(`${total} screenshots in ${folder}`);
  if (wide.length > 0) console.log(`wider than 360 px: ${wide.join(", ")}`);
} finally {
  await browser.close();
  await server.stop();
  await target.drop();
}
