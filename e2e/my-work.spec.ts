import { expect, loginWithCode, test } from "./fixtures";
import { MY_WORK } from "./pages.data";
import { person } from "./people";

test("an expert's Mijn inzet shows what is coming, what was done with its hours, and what to write", async ({
  page,
  checkA11y,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await loginWithCode(page, person("e2e-my-work", "expert").email);
  await expect(page).toHaveURL(/\/agenda$/);
  await expect(page.getByRole("heading", { level: 1, name: "Mijn inzet" })).toBeVisible();

  // totals for this month and this year
  const totals = page.getByRole("list", { name: "Je uren" });
  await expect(totals.getByRole("listitem").filter({ hasText: "Deze maand" })).toContainText(
    "1 uur en 30 min.",
  );
  await expect(totals.getByRole("listitem").filter({ hasText: "Dit jaar" })).toContainText(/keer ingezet/);

  // upcoming work, past work with its hours, and a clear "Uren invullen" for work done and not written
  await expect(page.getByRole("region", { name: "Wat je gaat doen" })).toContainText(MY_WORK.upcoming);
  const past = page.getByRole("region", { name: "Eerder" });
  await expect(past).toContainText(MY_WORK.written);
  await expect(past).toContainText("Ingevuld: 1 uur en 30 min.");
  const toWrite = page.getByRole("region", { name: "Uren invullen" });
  await expect(toWrite).toContainText(MY_WORK.toWrite);
  await expect(toWrite).not.toContainText(MY_WORK.written);
  await checkA11y();

  // writing the hours
  await toWrite.getByRole("link", { name: `Uren invullen: ${MY_WORK.toWrite}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Uren en reiskosten" })).toBeVisible();
  await checkA11y();
  await page.getByLabel("Uren", { exact: true }).fill("2");
  await page.getByLabel(/^Minuten/).fill("0");
  await page.getByLabel("Geen reiskosten").check();
  await page.getByRole("button", { name: "Uren opslaan" }).click();
  await expect(page.getByRole("status").first()).toContainText("Je uren zijn opgeslagen.");
  await checkA11y();

  // back on Mijn inzet: nothing left to write, the work is with the past work and its hours
  // on a phone the menu is behind the "Menu" button
  await page.getByRole("navigation").getByText("Menu", { exact: true }).click();
  await page.getByRole("navigation").getByRole("link", { name: "Mijn inzet" }).click();
  await expect(page.getByRole("region", { name: "Uren invullen" })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Eerder" })).toContainText("Ingevuld: 2 uur");
  await checkA11y();
});
