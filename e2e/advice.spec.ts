import { expect, lastMailTo, loginWithCode, loginWithPassword, test } from "./fixtures";
import { PASSWORD, person } from "./people";

const coordinator = person("e2e-advice", "coordinator");
const contact = person("e2e-advice", "client_contact");
const asker = { email: "sanne@wijkteam-oost.example" };
const ANSWER =
  "U mag een ervaringsdeskundige een vrijwilligersvergoeding geven. Dat is iets anders dan loon. Vraag ons gerust naar een voorbeeldcontract.";

test("an organisation asks the advice desk, a coordinator answers by mail, and the answer becomes a knowledge article", async ({
  page,
  checkA11y,
}) => {
  test.setTimeout(180_000);

  // an organisation asks on a phone, without an account; a too short question is refused at the field
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/vraag/e2e-advice");
  await expect(page.getByRole("heading", { level: 1, name: "Stel een vraag" })).toBeVisible();
  await expect(page.getByText("Uw vraag gaat naar Centrum Vraagbaak.")).toBeVisible();
  await checkA11y();
  await page.getByLabel("Naam van uw organisatie").fill("Wijkteam Oost");
  await page.getByLabel("Uw naam").fill("Sanne de Vries");
  await page.getByLabel("Uw e-mailadres").fill(asker.email);
  await page.getByLabel("Waar gaat uw vraag over?").selectOption({ label: "Betaling en vergoeding" });
  await page
    .getByLabel(/^Uw vraag/)
    .last()
    .fill("Loon?");
  await page.getByRole("button", { name: "Vraag versturen" }).click();
  await expect(page.getByRole("alert")).toContainText("Schrijf uw vraag in minstens tien tekens.");
  await checkA11y();
  const askedAt = Date.now();
  await page
    .getByLabel(/^Uw vraag/)
    .last()
    .fill("Mogen wij een ervaringsdeskundige betalen als vrijwilliger, of moet dat in loondienst?");
  await page.getByRole("button", { name: "Vraag versturen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dank u voor uw vraag" })).toBeVisible();
  await checkA11y();
  expect(await lastMailTo(asker.email, askedAt)).toContain("Wij hebben hem goed ontvangen.");

  // the coordinator finds it in the queue, with the link to the public form
  await page.setViewportSize({ width: 1280, height: 800 });
  await loginWithPassword(page, coordinator.email, PASSWORD);
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Vraagbaak" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Vraagbaak" })).toBeVisible();
  await expect(page.getByRole("link", { name: /\/vraag\/e2e-advice$/ })).toBeVisible();
  const row = page.getByRole("row", { name: /Wijkteam Oost/ });
  await expect(row).toContainText("Nieuw");
  await expect(row).toContainText("Betaling en vergoeding");
  await checkA11y();

  // assign to herself, answer (first too short), the answer goes out by mail
  await row.getByRole("link", { name: "Wijkteam Oost" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Vraag van Wijkteam Oost" })).toBeVisible();
  await page.getByLabel("Geef de vraag aan").selectOption({ label: coordinator.name });
  await page.getByRole("button", { name: "Toewijzen" }).click();
  await expect(page.getByText("De vraag is toegewezen.")).toBeVisible();
  await checkA11y();
  await page.getByLabel("Het antwoord").fill("Ja.");
  await page.getByRole("button", { name: "Antwoord versturen" }).click();
  await expect(page.getByRole("alert")).toContainText("Schrijf een antwoord van minstens tien tekens.");
  await expect(page.getByLabel("Het antwoord")).toHaveAttribute("aria-invalid", "true");
  await checkA11y();
  const answeredAt = Date.now();
  await page.getByLabel("Het antwoord").fill(ANSWER);
  await page.getByRole("button", { name: "Antwoord versturen" }).click();
  await expect(page.getByText("Het antwoord is verstuurd.")).toBeVisible();
  const answerMail = await lastMailTo(asker.email, answeredAt);
  expect(answerMail).toContain("Antwoord op uw vraag");
  expect(answerMail).toContain("vrijwilligersvergoeding");
  await expect(page.getByText("Dezelfde dag").first()).toBeVisible();

  // close it, and make a public article of the answer
  await page.getByRole("button", { name: "Vraag sluiten" }).click();
  await expect(page.getByText("De vraag is gesloten.")).toBeVisible();
  await page.getByRole("button", { name: "Maak een artikel van dit antwoord" }).click();
  await expect(page.getByText(/Er is een concept gemaakt/)).toBeVisible();
  await checkA11y();
  await page.getByLabel(/^Titel/).fill("Mag ik een ervaringsdeskundige als vrijwilliger betalen?");
  await page.getByLabel(/^Gepubliceerd/).check();
  await page.getByLabel(/^Openbaar/).check();
  await page.getByRole("button", { name: "Artikel opslaan" }).click();
  await expect(page.getByText("Het artikel is opgeslagen.")).toBeVisible();
  await checkA11y();

  // the centre opens its knowledge base to everyone
  await page.goto("/settings");
  await page.getByLabel(/^Iedereen/).check();
  await page.getByRole("region", { name: "Kennisbank" }).getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByText("De instelling van de kennisbank is opgeslagen.")).toBeVisible();

  // a client contact finds it by searching
  await page.context().clearCookies();
  await page.setViewportSize({ width: 360, height: 740 });
  await loginWithCode(page, contact.email);
  await page.goto("/knowledge");
  await page.getByLabel("Zoek in de kennisbank").fill("vrijwilliger");
  await page.getByRole("button", { name: "Zoeken" }).click();
  await page.getByRole("link", { name: "Mag ik een ervaringsdeskundige als vrijwilliger betalen?" }).click();
  await expect(page.getByText("vrijwilligersvergoeding")).toBeVisible();
  await checkA11y();

  // and so does anyone, on the public page, which also links to the question form
  await page.context().clearCookies();
  await page.goto("/kennisbank/e2e-advice");
  await expect(
    page.getByRole("heading", { level: 1, name: "Kennisbank van Centrum Vraagbaak" }),
  ).toBeVisible();
  await page.getByRole("link", { name: "Mag ik een ervaringsdeskundige als vrijwilliger betalen?" }).click();
  await expect(page.getByText("vrijwilligersvergoeding")).toBeVisible();
  await expect(page.locator('meta[name="description"]')).toHaveCount(1);
  await checkA11y();
  await page.getByRole("link", { name: /Stel hem aan ons/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Stel een vraag" })).toBeVisible();
});
