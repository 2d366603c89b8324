import { execFileSync } from "node:child_process";
import { statSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, lastMailTo, loginWithPassword, test } from "./fixtures";
import { IMPACT_IDS, IMPACT_QUOTE, IMPACT_TRAINEES } from "./impact.data";
import { PASSWORD, person } from "./people";

const coordinator = person("e2e-impact", "coordinator");
const funder = person("e2e-impact", "funder");

async function loginWithCode(page: Page, email: string) {
  const since = Date.now();
  await page.goto("/login/code");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByRole("button", { name: "Stuur mij een code" }).click();
  const code = (await lastMailTo(email, since)).match(/(?:Uw|Je) inlogcode is: (\d{6})/)?.[1] ?? "";
  expect(code).toMatch(/^\d{6}$/);
  await page.getByLabel("Code uit de mail").fill(code);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

test("the coordinator filters the figures, drills down, sets a target and downloads the report", async ({
  page,
  checkA11y,
}) => {
  await loginWithPassword(page, coordinator.email, PASSWORD);
  await page.goto("/impact");
  await expect(page.getByRole("heading", { level: 1, name: "Effecten" })).toBeVisible();
  await checkA11y();

  // filter on the grant and the period (a GET form)
  await page
    .getByRole("combobox", { name: /^Subsidie/ })
    .selectOption({ label: "Samen werken met ervaring" });
  await page.getByRole("textbox", { name: "Van", exact: true }).fill("2025-01-01");
  await page.getByRole("textbox", { name: "Tot en met", exact: true }).fill("2025-12-31");
  await page.getByRole("button", { name: "Toon cijfers" }).click();
  await expect(page).toHaveURL(/grantId=/);
  const outcomes = page.getByRole("table", { name: "Uitstroom van opgeleide mensen: aantal en deel" });
  await expect(outcomes.getByRole("row", { name: /Betaald werk/ })).toContainText("50%");
  await expect(page.getByText(IMPACT_QUOTE)).toBeVisible();
  // the trend: a compact chart named in words with month names, and the numbers in a table beside it
  const trend = page.getByRole("region", { name: "Ontwikkeling per maand" });
  await expect(trend.getByRole("img")).toHaveAttribute(
    "aria-label",
    /^Ontwikkeling per maand van [a-z]{3} \d{4} tot en met [a-z]{3} \d{4}\./,
  );
  const months = trend.getByRole("table", {
    name: "Aantal opgeleide mensen per situatie aan het eind van elke maand",
  });
  await expect(months.getByRole("rowheader").first()).toHaveText(/^[a-z]{3} \d{4}$/);
  expect((await trend.getByRole("img").boundingBox())?.height ?? 0).toBeLessThan(400);
  await checkA11y();

  // the number of people in paid work leads to the list of names
  await outcomes.getByRole("link", { name: /6, bekijk lijst: Betaald werk/ }).click();
  await expect(page).toHaveURL(/\/impact\/members\?.*figure=paid_job/);
  await expect(page.getByRole("heading", { level: 1, name: "Lijst: Betaald werk" })).toBeVisible();
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(7);
  await expect(page.getByText("Sanne Vermeulen")).toBeVisible();
  await checkA11y();

  // a target on the grant
  await page.goto(`/grants/${IMPACT_IDS.grant}`);
  await checkA11y();
  await page.getByLabel("Wat").selectOption({ label: "Aantal met certificaat" });
  await page.getByLabel("Doel", { exact: true }).fill("10");
  await page.getByRole("button", { name: "Doel opslaan" }).click();
  await expect(page.getByRole("status")).toHaveText("Het doel is opgeslagen.");
  await expect(page.getByRole("table", { name: "Doelen van deze subsidie" })).toContainText(
    "Aantal met certificaat",
  );
  await checkA11y();

  // the report as PDF and as Excel file
  for (const [link, extension] of [
    ["Rapport downloaden (PDF)", "pdf"],
    ["Rapport downloaden (Excel)", "xlsx"],
  ] as const) {
    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: link }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(
      new RegExp(`^tandem-rapport-samen-werken-met-ervaring-\\d{4}-\\d{2}-\\d{2}\\.${extension}$`),
    );
    const path = await download.path();
    expect(statSync(path).size).toBeGreaterThan(500);
    if (extension === "pdf") {
      // tagged, in Dutch, with page numbers (printed by Chromium, decision 004)
      expect(execFileSync("/usr/bin/pdfinfo", [path], { encoding: "utf8" })).toMatch(/Tagged:\s+yes/);
      expect(execFileSync("/usr/bin/pdftotext", [path, "-"], { encoding: "utf8" })).toMatch(
        /Pagina 1 van \d+/,
      );
    }
  }
});

test("a funder signs in with a code and sees the figures of their grant without any name", async ({
  page,
  checkA11y,
}) => {
  await loginWithCode(page, funder.email);
  // a funder lands on the impact view of their grants, with the report downloads there
  await expect(page).toHaveURL(/\/impact/);
  await expect(page.getByRole("heading", { level: 1, name: "Effecten" })).toBeVisible();
  await expect(page.getByRole("link", { name: /\.pdf|PDF/ }).first()).toBeVisible();
  await expect(page.getByText(/U ziet de cijfers van de subsidies die u financiert/)).toBeVisible();
  const outcomes = page.getByRole("table", { name: "Uitstroom van opgeleide mensen: aantal en deel" });
  await expect(outcomes.getByRole("row", { name: /Betaald werk/ })).toContainText("50%");
  await expect(outcomes.getByRole("row", { name: /Vrijwilligerswerk/ })).toContainText("<5");
  await expect(outcomes.getByRole("link")).toHaveCount(0);
  const text = (await page.locator("body").textContent()) ?? "";
  for (const name of IMPACT_TRAINEES) {
    expect(text).not.toContain(name);
    expect(text).not.toContain(name.split(" ").slice(1).join(" "));
  }
  await checkA11y();

  // no list of people, no pool, no training
  for (const path of ["/impact/members?figure=paid_job", "/pool", "/grants"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
  }
  await checkA11y();
});
