import { readFileSync } from "node:fs";
import { expect, loginWithCode, loginWithPassword, test } from "./fixtures";
import { PASSWORD, person } from "./people";

test("an expert sees on her phone what Tandem holds about her, downloads it, and sees who read her notes", async ({
  page,
  browser,
  checkA11y,
}) => {
  test.setTimeout(120_000);
  // a coordinator opens Pia's private notes and her training record (benefit): both are logged
  await loginWithPassword(page, person("e2e-privacy", "coordinator").email, PASSWORD);
  await page.goto("/pool");
  await page.getByRole("link", { name: "Pia Privé" }).click();
  await page.getByRole("link", { name: "Toon privénotities" }).click();
  await expect(page.getByText("Liever geen avonden in de winter.")).toBeVisible();

  const phoneContext = await browser.newContext({
    viewport: { width: 360, height: 740 },
    locale: "nl-NL",
    timezoneId: "Europe/Amsterdam",
    baseURL: new URL(page.url()).origin,
  });
  const phone = await phoneContext.newPage();
  await loginWithCode(phone, person("e2e-privacy", "expert").email);
  await phone.getByRole("link", { name: "Pia Privé" }).first().click();
  await expect(phone.getByRole("heading", { name: "Mijn account" })).toBeVisible();
  await phone.getByRole("link", { name: "Bekijk mijn gegevens" }).click();
  await expect(phone.getByRole("heading", { level: 1, name: "Mijn gegevens" })).toBeVisible();
  await expect(phone.getByText("over je bewaart, en waar het vandaan komt.")).toBeVisible();
  const pool = phone.getByRole("region", { name: "Gegevens in de pool" });
  await expect(pool.getByText("Liever geen avonden in de winter.")).toBeVisible();
  await expect(pool.getByText("Ik vertel over rondkomen met weinig geld.")).toBeVisible();
  await expect(phone.getByRole("region", { name: "Opleiding" }).getByText("bijstand")).toBeVisible();
  await expect(
    phone.getByRole("region", { name: "Opleiding" }).getByText("Langdurig werkloos"),
  ).toBeVisible();
  await checkA11y(phone);

  // the same as a file
  const [download] = await Promise.all([
    phone.waitForEvent("download"),
    phone.getByRole("link", { name: "Download als bestand (JSON)" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^mijn-gegevens-\d{4}-\d{2}-\d{2}\.json$/);
  const file = JSON.parse(readFileSync((await download.path()) as string, "utf8"));
  expect(file.person).toBe("Pia Privé");
  expect(JSON.stringify(file)).toContain("Liever geen avonden in de winter.");

  // who read it: the coordinator, once, by name and role
  await phone.goto("/account");
  await phone.getByRole("link", { name: "Wie las mijn gegevens" }).click();
  const reads = phone.getByRole("table", { name: "Wie las wat, nieuwste eerst" });
  await expect(reads.getByRole("row").filter({ hasText: "Notities van de coördinatoren" })).toContainText(
    "Pim Coördinator",
  );
  await expect(reads.getByRole("row").filter({ hasText: "Notities van de coördinatoren" })).toContainText(
    "Coördinator",
  );
  await checkA11y(phone);
  await phoneContext.close();

  // she asks to be erased: the coordinator downloads her data for her, then erases her
  await page.goto("/settings");
  await page.getByRole("link", { name: "Privacy", exact: true }).click();
  await checkA11y();
  const exportForm = page.getByRole("region", { name: "Gegevens van iemand downloaden" });
  await exportForm.getByLabel("E-mailadres van de persoon").fill(person("e2e-privacy", "expert").email);
  const [staffDownload] = await Promise.all([
    page.waitForEvent("download"),
    exportForm.getByRole("button", { name: "Download de gegevens" }).click(),
  ]);
  expect(readFileSync((await staffDownload.path()) as string, "utf8")).toContain("Pia Privé");

  const eraseForm = page.getByRole("region", { name: "Iemand wissen" });
  await eraseForm.getByLabel("E-mailadres van de persoon").fill(person("e2e-privacy", "expert").email);
  await eraseForm.getByLabel(/^Typ WISSEN om te bevestigen/).fill("ja");
  await eraseForm.getByRole("button", { name: "Wis deze persoon" }).click();
  await expect(page.locator(".field__error").getByText("Typ het woord WISSEN.")).toBeVisible();
  await checkA11y();
  await eraseForm.getByLabel(/^Typ WISSEN om te bevestigen/).fill("WISSEN");
  await eraseForm.getByRole("button", { name: "Wis deze persoon" }).click();
  await expect(page.getByText("De persoon is gewist.")).toBeVisible();
  const done = page.getByRole("region", { name: "Eerder gewist" });
  await expect(done.getByText(/^P-[0-9A-F]{8}$/)).toBeVisible();
  await page.goto("/pool?q=Pia");
  await expect(page.getByRole("link", { name: "Pia Privé" })).toHaveCount(0);
});
