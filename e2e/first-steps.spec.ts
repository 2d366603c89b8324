import { expect, loginWithPassword, test } from "./fixtures";
import { PASSWORD, person } from "./people";

test("a new centre's empty start page shows the first steps", async ({ page, checkA11y }) => {
  await loginWithPassword(page, person("e2e-first-steps", "coordinator").email, PASSWORD);
  const steps = page.getByRole("region", { name: "Eerste stappen" });
  await expect(steps).toBeVisible();
  await expect(steps.getByText("Kies de gebieden waar uw centrum werkt")).toBeVisible();
  await expect(steps.getByText("Zet de ervaringsdeskundigen in de pool")).toBeVisible();
  await expect(steps.getByText("Deel het aanvraagformulier")).toBeVisible();
  await expect(steps.locator(".steps__done")).toHaveCount(0); // nothing ticked off yet
  // the public form's link, to share
  const formLink = steps.getByRole("link", { name: /\/aanvraag\/e2e-first-steps$/ });
  await expect(formLink).toBeVisible();
  await checkA11y();

  // each step leads where it is done
  await steps.getByRole("link", { name: "Naar de instellingen" }).click();
  await expect(page).toHaveURL(/\/settings$/);
  await page.goBack();
  await steps.getByRole("link", { name: "Ervaringsdeskundige toevoegen" }).click();
  await expect(page).toHaveURL(/\/pool\/new$/);
  await page.goBack();
  await formLink.click();
  await expect(page.getByRole("heading", { level: 1, name: "Ervaringsdeskundigen aanvragen" })).toBeVisible();
  await expect(page.getByRole("banner")).toContainText("Centrum Begin");
  await checkA11y();
});
