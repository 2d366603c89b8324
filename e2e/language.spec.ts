import { expect, test } from "./fixtures";

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
