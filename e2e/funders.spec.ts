import { expect, loginWithCode, loginWithPassword, test } from "./fixtures";
import { FUNDERS_GRANT } from "./pages.data";
import { NEW_FUNDER, PASSWORD, person } from "./people";

test("a funder invited from the users page lands on the impact view with the report downloads", async ({
  page,
  checkA11y,
}) => {
  await loginWithPassword(page, person("e2e-funders", "admin").email, PASSWORD);
  await page.goto("/users");
  await expect(page.getByRole("heading", { level: 1, name: "Gebruikers" })).toBeVisible();
  await checkA11y();

  // a funder needs the grant they fund
  await page.getByLabel("Naam", { exact: true }).fill(NEW_FUNDER.name);
  await page.getByLabel("E-mailadres", { exact: true }).fill(NEW_FUNDER.email);
  await page.getByLabel("Rol", { exact: true }).selectOption({ label: "Financier" });
  await page.getByRole("button", { name: "Toevoegen", exact: true }).click();
  await expect(page.locator(".field__error").getByText("Kies de subsidie van deze financier.")).toBeVisible();
  await checkA11y();
  await page.getByLabel(/^Subsidie/).selectOption({ label: FUNDERS_GRANT });
  await page.getByRole("button", { name: "Toevoegen", exact: true }).click();
  await expect(page.getByRole("status")).toContainText("De financier is toegevoegd.");
  await checkA11y();
  await page.context().clearCookies();

  // the funder signs in with a code and lands on the figures of that grant, with its reports
  await loginWithCode(page, NEW_FUNDER.email);
  await expect(page).toHaveURL(/\/impact/);
  await expect(page.getByRole("heading", { level: 1, name: "Effecten" })).toBeVisible();
  await expect(page.getByRole("link", { name: `Rapport ${FUNDERS_GRANT} (PDF)` })).toBeVisible();
  await expect(page.getByRole("link", { name: `Rapport ${FUNDERS_GRANT} (Excel)` })).toBeVisible();
  await checkA11y();
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: `Rapport ${FUNDERS_GRANT} (Excel)` }).click();
  expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);
});
