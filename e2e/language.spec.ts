import type { Page } from "@playwright/test";
import { expect, loginWithPassword, test } from "./fixtures";
import { PASSWORD, person } from "./people";

test("the pages work at 360 pixels wide and in English", async ({ page, checkA11y }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/login");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Log in" })).toBeVisible();
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(360);
  await checkA11y();
  await page.getByRole("button", { name: "Nederlands" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Inloggen" })).toBeVisible();
});

test.describe("a browser in English", () => {
  test.use({ locale: "en-US", extraHTTPHeaders: { "Accept-Language": "en-US,en;q=0.9" } });

  test("still gets Dutch, until the person chooses English; the choice is remembered", async ({
    page,
    checkA11y,
  }) => {
    await page.goto("/login");
    await expect(page.locator("html")).toHaveAttribute("lang", "nl");
    await expect(page.getByRole("heading", { level: 1, name: "Inloggen" })).toBeVisible();
    await page.goto("/aanvraag/e2e-public");
    await expect(
      page.getByRole("heading", { level: 1, name: "Ervaringsdeskundigen aanvragen" }),
    ).toBeVisible();
    await checkA11y();

    await page.getByRole("button", { name: "English" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Request experts" })).toBeVisible();
    // another page, and a fresh tab later: still English
    await page.goto("/login");
    await expect(page.getByRole("heading", { level: 1, name: "Log in" })).toBeVisible();
    const later = await page.context().newPage();
    await later.goto("/login/code");
    await expect(later.locator("html")).toHaveAttribute("lang", "en");
    await checkA11y(later);
    await later.close();
  });
});

/** The texts files a page names, without their versions: `/texts/nl/common`, … */
async function textsFiles(page: Page): Promise<string[]> {
  const files = await page
    .locator('script[src^="/texts/"]')
    .evaluateAll((scripts) => scripts.map((s) => s.getAttribute("src") ?? ""));
  return files.map((src) => src.replace(/\.[0-9a-z]+\.js$/, ""));
}

test("a page brings only its own texts in the chosen language, as files the browser keeps", async ({
  page,
}) => {
  await loginWithPassword(page, person("e2e-pool", "coordinator").email, PASSWORD);
  expect(await textsFiles(page)).toEqual(["/texts/nl/common", "/texts/nl/requests", "/texts/nl/employers"]);
  const src = (await page.locator('script[src^="/texts/nl/requests."]').getAttribute("src")) ?? "";
  const file = await page.request.get(src);
  expect(file.headers()["cache-control"]).toContain("immutable");
  expect(await file.text()).toContain("Nieuwe aanvragen om op te pakken");
  // the page started from those files: a move within the app (no new document: the marker stays)
  // shows another page's texts, not keys
  await page.evaluate(() => Object.assign(window, { stillThisDocument: true }));
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Pool" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Pool" })).toBeVisible();
  await expect(page.getByText(/\bpool:/)).toHaveCount(0);
  expect(await page.evaluate(() => "stillThisDocument" in window)).toBe(true);
  await page.goBack();
  await expect(
    page.getByRole("heading", { level: 2, name: "Nieuwe aanvragen om op te pakken" }),
  ).toBeVisible();

  await page.getByRole("button", { name: "English" }).click();
  await page.goto("/start");
  await expect(page.getByRole("heading", { level: 2, name: "New requests to pick up" })).toBeVisible();
  expect(await textsFiles(page)).toEqual(["/texts/en/common", "/texts/en/requests", "/texts/en/employers"]);
});
