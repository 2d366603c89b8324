import type { Page } from "@playwright/test";
import { expect, lastMailTo, loginWithPassword, test } from "./fixtures";
import { PUBLIC_CONTACT } from "./pages.data";
import { PASSWORD, person } from "./people";

const coordinator = person("e2e-public", "coordinator");
const visitor = { email: "wim@buurtkracht.example" };

async function fillRequest(page: Page, date: string) {
  await page.getByLabel("Naam van uw organisatie").fill("Stichting Buurtkracht");
  await page.getByLabel("Soort organisatie").selectOption({ label: "Welzijn" });
  await page.getByLabel("Uw naam").fill("Wim Wijkman");
  await page.getByLabel("Uw e-mailadres").fill(visitor.email);
  await page.getByLabel("Onderwerp").fill("Gesprek met buurtbewoners");
  await page.getByLabel(/^Datum 1 /).fill(date);
  await page.getByLabel(/^Begintijd 1 /).fill("14:00");
  await page.getByLabel(/^Eindtijd 1 /).fill("16:00");
  await page.getByLabel("Plaats of adres").fill("Buurthuis Het Plein");
}

test("the public form shows the centre, says what is kept, refuses a past date, and a quick person gets a receipt", async ({
  page,
  checkA11y,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/aanvraag/e2e-public");
  // the centre's own header and its contact in the footer
  await expect(page.getByRole("banner")).toContainText("Centrum Openbaar");
  await expect(page.getByRole("contentinfo")).toContainText(PUBLIC_CONTACT.email);
  await expect(page.getByRole("contentinfo")).toContainText(PUBLIC_CONTACT.phone);
  // a short privacy notice: what is kept, why, how long, whom to ask
  const privacy = page.getByRole("region", { name: "Wat wij met uw gegevens doen" });
  await expect(privacy).toContainText("bewaart uw naam, e-mailadres");
  await expect(privacy).toContainText("zolang wij met uw aanvraag bezig zijn");
  await expect(privacy).toContainText(`U bereikt Centrum Openbaar via ${PUBLIC_CONTACT.email}.`);
  // the spam trap is not there for a person, nor for a screen reader
  await expect(page.getByRole("textbox", { name: "Laat dit veld leeg" })).toHaveCount(0);
  await checkA11y();

  // a date in the past: a clear message at the field and in the summary, nothing sent
  await fillRequest(page, "2020-03-02");
  await page.getByRole("button", { name: "Aanvraag versturen" }).click();
  await expect(page.getByRole("alert")).toContainText("Deze datum is al voorbij.");
  await expect(page.locator(".field__error").getByText(/Deze datum is al voorbij/)).toBeVisible();
  await checkA11y();

  // straight away with a good date: a person who is quick is never told "that was very fast"
  const sentAt = Date.now();
  await page.getByLabel(/^Datum 1 /).fill("2027-06-14");
  await page.getByRole("button", { name: "Aanvraag versturen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Bedankt voor uw aanvraag" })).toBeVisible();
  await expect(page.getByText(/snel/)).toHaveCount(0);
  await expect(page.getByRole("banner")).toContainText("Centrum Openbaar");
  await checkA11y();

  // a receipt with the reference number, and the coordinators hear a new request arrived
  const receipt = await lastMailTo(visitor.email, sentAt);
  const number = receipt.match(/Het nummer van uw aanvraag is (\d+)\./)?.[1];
  expect(number).toMatch(/^\d+$/);
  const notice = await lastMailTo(coordinator.email, sentAt);
  expect(notice).toContain(`Nieuwe aanvraag ${number}`);
  expect(notice).toMatch(/\/requests\/[0-9a-f-]{36}/);

  // the coordinator finds it under that number
  await page.setViewportSize({ width: 1280, height: 800 });
  await loginWithPassword(page, coordinator.email, PASSWORD);
  await page.goto("/requests?status=new");
  await expect(page.getByRole("row", { name: /Gesprek met buurtbewoners/ })).toContainText(String(number));
  await checkA11y();
});
