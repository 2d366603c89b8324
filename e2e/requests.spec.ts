import { expect, lastMailTo, loginWithPassword, test } from "./fixtures";
import { PASSWORD, person } from "./people";

const coordinator = person("e2e-requests", "coordinator");
const contact = person("e2e-requests", "client_contact");

test("a coordinator registers clients and requests, and a visitor sends the public form", async ({
  page,
  checkA11y,
}) => {
  test.setTimeout(180_000);
  await loginWithPassword(page, coordinator.email, PASSWORD);
  await checkA11y();

  // a client with a contact person
  await page.getByRole("navigation").getByRole("link", { name: "Opdrachtgevers" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Opdrachtgevers" })).toBeVisible();
  await checkA11y();
  await page.getByRole("link", { name: "Opdrachtgever toevoegen" }).click();
  await checkA11y();
  await page.getByLabel("Naam van de organisatie").fill("Gemeente Tandemstad");
  await page.getByLabel("Soort organisatie").selectOption({ label: "Gemeente" });
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Gemeente Tandemstad" })).toBeVisible();
  await checkA11y();
  await page.getByLabel("Naam", { exact: true }).fill("Fatima El Amrani");
  await page.getByLabel("E-mailadres").fill("fatima@tandemstad.example");
  await page.getByLabel("Functie").fill("Beleidsmedewerker armoede");
  await page.getByRole("button", { name: "Contactpersoon toevoegen" }).click();
  await expect(page.getByText("De contactpersoon is toegevoegd.")).toBeVisible();
  await expect(page.getByRole("cell", { name: "Fatima El Amrani", exact: true })).toBeVisible();
  await checkA11y();

  // a request with two dates
  await page.getByRole("link", { name: "Nieuwe aanvraag voor deze opdrachtgever" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nieuwe aanvraag" })).toBeVisible();
  await checkA11y();
  await page.getByLabel("Contactpersoon").selectOption({ label: "Fatima El Amrani (Gemeente Tandemstad)" });
  await page.getByLabel("Onderwerp").fill("Workshop schulden voor het wijkteam");
  await page.getByLabel(/^Datum 1 /).fill("2027-03-04");
  await page.getByLabel(/^Begintijd 1 /).fill("10:00");
  await page.getByLabel(/^Eindtijd 1 /).fill("12:00");
  await page.getByLabel(/^Datum 2 /).fill("2027-03-11");
  await page.getByLabel(/^Begintijd 2 /).fill("13:30");
  await page.getByLabel(/^Eindtijd 2 /).fill("15:30");
  await page.getByLabel("Plaats of adres").fill("Wijkcentrum De Brug");
  await page.getByLabel("Hoeveel ervaringsdeskundigen zijn nodig?").fill("2");
  await page.getByRole("button", { name: "Aanvraag opslaan" }).click();
  await expect(page.getByText(/Aanvraag \d+ is opgeslagen\./)).toBeVisible();
  await expect(page.getByText("do 4 mrt 2027, 10:00–12:00")).toBeVisible();
  await expect(page.getByText("do 11 mrt 2027, 13:30–15:30")).toBeVisible();
  await expect(page.getByRole("link", { name: "Ervaringsdeskundigen zoeken" })).toBeVisible();
  await checkA11y();
  const firstUrl = page.url();

  // it waits on the start page
  await page.getByRole("navigation").getByRole("link", { name: "Start" }).click();
  const fresh = page.getByRole("region", { name: /Nieuwe aanvragen om op te pakken/ });
  await expect(fresh.getByRole("link", { name: /Workshop schulden voor het wijkteam/ })).toBeVisible();
  await checkA11y();

  // take it in progress
  await fresh.getByRole("link", { name: /Workshop schulden voor het wijkteam/ }).click();
  await page.getByRole("button", { name: "In behandeling nemen" }).click();
  await expect(page.getByText("De aanvraag is nu in behandeling.")).toBeVisible();
  await expect(page.getByRole("table", { name: "Wanneer de status veranderde" })).toContainText(
    "In behandeling",
  );
  await checkA11y();
  expect(page.url().split("?")[0]).toBe(firstUrl.split("?")[0]);

  // another request, over a period, then cancelled with a reason
  await page.goto("/requests/new");
  await page.getByLabel("Opdrachtgever", { exact: true }).selectOption({ label: "Gemeente Tandemstad" });
  await page.getByLabel("Onderwerp").fill("Lezing voor de gemeenteraad");
  await page.getByLabel("Eerste dag").fill("2027-05-01");
  await page.getByLabel("Laatste dag").fill("2027-05-31");
  await page.getByLabel("Het is online").check();
  await page.getByRole("button", { name: "Aanvraag opslaan" }).click();
  await expect(page.getByText(/Aanvraag \d+ is opgeslagen\./)).toBeVisible();
  await page.getByRole("button", { name: "Aanvraag annuleren" }).click();
  await expect(page.locator(".field__error").getByText("Schrijf kort waarom.")).toBeVisible();
  await checkA11y();
  await page.getByLabel("Waarom wordt de aanvraag geannuleerd?").fill("De raad heeft de vergadering verzet.");
  await page.getByRole("button", { name: "Aanvraag annuleren" }).click();
  await expect(page.getByText("Geannuleerd. Reden: De raad heeft de vergadering verzet.")).toBeVisible();
  await checkA11y();

  // a visitor without an account sends the public form
  await page.getByRole("button", { name: "Uitloggen" }).click();
  await page.goto("/aanvraag/e2e-requests");
  await expect(page.getByRole("heading", { level: 1, name: "Ervaringsdeskundigen aanvragen" })).toBeVisible();
  await checkA11y();
  await page.getByLabel("Naam van uw organisatie").fill("Buurthuis De Linde");
  await page.getByLabel("Soort organisatie").selectOption({ label: "Welzijn" });
  await page.getByLabel("Uw naam").fill("Henk de Boer");
  await page.getByLabel("Onderwerp").fill("Gastles voor vrijwilligers");
  await page.getByLabel(/^Datum 1 /).fill("2027-04-08");
  await page.getByLabel(/^Begintijd 1 /).fill("19:00");
  await page.getByLabel(/^Eindtijd 1 /).fill("21:00");
  await page.getByLabel("Plaats of adres").fill("Lindelaan 4, Tandemstad");
  await page.getByRole("button", { name: "Aanvraag versturen" }).click();
  await expect(
    page.locator(".field__error").getByText("Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl."),
  ).toBeVisible();
  await expect(page.getByLabel("Uw e-mailadres")).toHaveAttribute("aria-invalid", "true");
  await checkA11y();
  await expect(page.getByRole("heading", { level: 2, name: "Wat wij met uw gegevens doen" })).toBeVisible();
  await page.getByLabel("Uw e-mailadres").fill("henk@delinde.example");
  // no waiting: a person who is quick (autofill) is never told "that was very fast"
  const sentAt = Date.now();
  await page.getByRole("button", { name: "Aanvraag versturen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Bedankt voor uw aanvraag" })).toBeVisible();
  await checkA11y();
  expect(await lastMailTo("henk@delinde.example", sentAt)).toMatch(/Het nummer van uw aanvraag is \d+\./);

  // the coordinator sees it as new
  await loginWithPassword(page, coordinator.email, PASSWORD);
  await page.goto("/requests?status=new");
  const row = page.getByRole("row", { name: /Gastles voor vrijwilligers/ });
  await expect(row).toContainText("Nieuw");
  await expect(row).toContainText("Buurthuis De Linde");
  await checkA11y();
  await row.getByRole("link", { name: "Gastles voor vrijwilligers" }).click();
  await expect(page.getByText("Deze aanvraag kwam binnen via het formulier op de website.")).toBeVisible();
  await checkA11y();
  await page.getByRole("button", { name: "Maak een nieuwe opdrachtgever van deze gegevens" }).click();
  await expect(page.getByText("De aanvraag is gekoppeld aan de opdrachtgever.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Buurthuis De Linde" })).toBeVisible();
  await checkA11y();
});

test("a client contact sees only their own requests and sends a new one", async ({ page, checkA11y }) => {
  test.setTimeout(120_000);
  const since = Date.now();
  await page.goto("/login/code");
  await page.getByLabel("E-mailadres").fill(contact.email);
  await page.getByRole("button", { name: "Stuur mij een code" }).click();
  const code = (await lastMailTo(contact.email, since)).match(/(?:Uw|Je) inlogcode is: (\d{6})/)?.[1] ?? "";
  await page.getByLabel("Code uit de mail").fill(code);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page).toHaveURL(/\/my-requests(\?|$)/);
  await expect(page.getByText("Aanvragen van Woonstichting Thuis.")).toBeVisible();
  await checkA11y();

  await page.getByRole("link", { name: "Nieuwe aanvraag sturen" }).click();
  await checkA11y();
  await page.getByLabel("Onderwerp").fill("Training voor onze huismeesters");
  await page.getByLabel("Eerste dag").fill("2027-09-01");
  await page.getByLabel("Laatste dag").fill("2027-09-30");
  await page.getByLabel("Plaats of adres").fill("Kantoor Woonstichting Thuis");
  await page.getByRole("button", { name: "Nog een datum toevoegen" }).click();
  await expect(page.getByLabel(/^Datum 4 /)).toBeVisible();
  await expect(page.getByLabel("Onderwerp")).toHaveValue("Training voor onze huismeesters");
  await checkA11y();
  await page.getByRole("button", { name: "Aanvraag versturen" }).click();
  await expect(page.getByText("Uw aanvraag is verstuurd. We nemen contact met u op.")).toBeVisible();
  const row = page.getByRole("row", { name: /Training voor onze huismeesters/ });
  await expect(row).toContainText("Nieuw");
  await expect(page.getByText("Workshop schulden voor het wijkteam")).toHaveCount(0);
  await expect(page.getByText("Lezing voor de gemeenteraad")).toHaveCount(0);
  await checkA11y();

  // staff pages stay closed
  const response = await page.goto("/requests");
  expect(response?.status()).toBe(403);
});
