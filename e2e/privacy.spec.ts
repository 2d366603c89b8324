import { readFileSync } from "node:fs";
import { expect, lastMailTo, loginWithCode, loginWithPassword, test } from "./fixtures";
import { PASSWORD, person } from "./people";

test("an expert sees on her phone what Tandem holds about her, downloads it, and sees who read her notes", async ({
  page,
  browser,
  checkA11y,
}) => {
  test.setTimeout(180_000);
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
  // newest first: on a retry the same database holds the first try's read too
  const notesRead = phone
    .getByRole("table", { name: "Wie las wat, nieuwste eerst" })
    .getByRole("row")
    .filter({ hasText: "Notities van de coördinatoren" })
    .first();
  await expect(notesRead).toContainText("Pim Coördinator");
  await expect(notesRead).toContainText("Coördinator");
  await checkA11y(phone);

  // her consent, per purpose: given, then withdrawn, each with its date and the text's version
  await phone.goto("/account");
  await phone.getByRole("link", { name: "Mijn toestemming" }).click();
  await expect(phone.getByRole("heading", { level: 1, name: "Mijn toestemming" })).toBeVisible();
  const profile = phone.getByRole("region", { name: "Mijn profiel voor opdrachtgevers" });
  await expect(profile).toContainText("Nog niet gekozen");
  await checkA11y(phone);
  await profile.getByRole("button", { name: "Ja, dat mag" }).click();
  await expect(phone.getByText("De keuze is opgeslagen. Die geldt vanaf nu.")).toBeVisible();
  await expect(profile).toContainText("Ja, gegeven op");
  await profile.getByRole("button", { name: "Toestemming intrekken" }).click();
  await expect(profile).toContainText("Nee, ingetrokken op");
  await expect(phone.getByRole("region", { name: "Wat eerder gekozen is" }).getByRole("row")).toHaveCount(3);
  await checkA11y(phone);

  // something is wrong: she asks for a correction (first without words)
  await phone.goto("/account/data");
  const correction = phone.getByRole("region", { name: "Klopt er iets niet?" });
  await correction.getByRole("button", { name: "Verzoek versturen" }).click();
  await expect(
    phone.locator(".field__error").getByText("Schrijf in minstens tien tekens wat er niet klopt."),
  ).toBeVisible();
  await checkA11y(phone);
  await correction
    .getByLabel("Wat klopt er niet, en wat moet het zijn?")
    .fill("Ik werk ook op zaterdag, niet alleen doordeweeks.");
  await correction.getByRole("button", { name: "Verzoek versturen" }).click();
  await expect(phone.getByText("Het verzoek is verstuurd. Het antwoord komt per e-mail.")).toBeVisible();
  await expect(
    phone.getByRole("table", { name: "Verzoeken om een correctie, nieuwste eerst" }),
  ).toContainText("In behandeling");
  await phoneContext.close();

  // the coordinator sees her choice on her profile, and answers the request
  await page.goto("/pool");
  await page.getByRole("link", { name: "Pia Privé" }).click();
  await expect(page.getByText("Profiel voor opdrachtgevers: nee")).toBeVisible();
  await page.goto("/privacy");
  const requests = page.getByRole("region", { name: "Verzoeken om een correctie" });
  await requests.getByRole("link", { name: "Beantwoorden: Pia Privé" }).click();
  await page.getByRole("button", { name: "Antwoord versturen" }).click();
  await expect(page.locator(".field__error").getByText("Kies wat u heeft gedaan.")).toBeVisible();
  await checkA11y();
  await page.getByLabel("Verbeterd").check();
  await page.getByLabel(/^Uw antwoord aan de persoon/).fill("Zaterdag staat er nu bij.");
  const answeredAt = Date.now();
  await page.getByRole("button", { name: "Antwoord versturen" }).click();
  await expect(page.getByText("Het antwoord is verstuurd.")).toBeVisible();
  await expect(requests).toContainText("Verbeterd");
  expect(await lastMailTo(person("e2e-privacy", "expert").email, answeredAt)).toContain(
    "Zaterdag staat er nu bij.",
  );

  // the centre's retention periods: a wrong number is refused at the field, a good one is kept
  const retention = page.getByRole("region", { name: "Bewaartermijnen" });
  // the nightly job may have run already when the suite starts after 3 o'clock: either line is right
  await expect(retention).toContainText(/Tandem heeft nog niet opgeruimd\.|Laatst opgeruimd op /);
  await expect(retention.getByLabel("Notities van de coördinatoren (maanden)")).toHaveValue("24");
  await retention.getByLabel("Notities van de coördinatoren (maanden)").fill("0");
  await retention.getByRole("button", { name: "Bewaartermijnen opslaan" }).click();
  await expect(
    page.locator(".field__error").getByText("Vul een aantal maanden in, van 1 tot 240."),
  ).toBeVisible();
  await checkA11y();
  await retention.getByLabel("Notities van de coördinatoren (maanden)").fill("12");
  await retention.getByRole("button", { name: "Bewaartermijnen opslaan" }).click();
  await expect(page.getByText("De bewaartermijnen zijn opgeslagen.")).toBeVisible();
  await expect(retention.getByLabel("Notities van de coördinatoren (maanden)")).toHaveValue("12");

  // the coordinator withholds her notes from her own data, with a lawful reason she will see
  await page.goto("/pool");
  await page.getByRole("link", { name: "Pia Privé" }).click();
  await page.getByRole("link", { name: "Toon privénotities" }).click();
  await page.getByText("Achterhouden voor de expert").click();
  await page.getByRole("button", { name: "Achterhouden", exact: true }).click();
  await expect(page.locator(".field__error").getByText("Kies een reden.")).toBeVisible();
  await checkA11y();
  await page.getByLabel(/rechten van anderen/).check();
  await page.getByLabel(/^Uitleg voor de expert/).fill("Er staat iets in over iemand anders.");
  await page.getByRole("button", { name: "Achterhouden", exact: true }).click();
  await expect(page.getByText("De notities worden achtergehouden. De expert ziet waarom.")).toBeVisible();
  await expect(page.getByText(/De expert ziet deze notities niet/)).toBeVisible();
  await checkA11y();

  // the centre asks a reason before anyone opens private notes; without one the notes stay closed
  await page.goto("/privacy");
  const readReason = page.getByRole("region", { name: "Reden bij het lezen" });
  await readReason.getByLabel("Ja, eerst een reden geven").check();
  await readReason.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByText("De keuze over een reden bij het lezen is opgeslagen.")).toBeVisible();
  await page.goto("/pool");
  await page.getByRole("link", { name: "Pia Privé" }).click();
  await page.getByRole("button", { name: "Toon privénotities" }).click();
  await expect(
    page.locator(".field__error").getByText("Schrijf in minstens vijf tekens waarom u dit leest."),
  ).toBeVisible();
  await expect(page.getByText("Liever geen avonden in de winter.")).toHaveCount(0);
  await checkA11y();
  await page.getByLabel("Waarom leest u de notities?").fill("Planning van de inzet in januari");
  await page.getByRole("button", { name: "Toon privénotities" }).click();
  await expect(page.getByText("Liever geen avonden in de winter.")).toBeVisible();
  // the benefit before her training waits for a reason too
  await page.goto("/training");
  await page.getByRole("link", { name: "Keuzedeel 2024" }).click();
  await page.getByRole("link", { name: "Pia Privé" }).click();
  const facts = page.getByRole("region", { name: "Gegevens" });
  await expect(facts.getByText("De uitkering vóór de opleiding is verborgen.")).toBeVisible();
  await expect(facts.getByText("bijstand")).toHaveCount(0);
  await checkA11y();
  await facts.getByLabel("Waarom leest u de uitkering?").fill("Verslag voor de gemeente");
  await facts.getByRole("button", { name: "Toon deze gegevens" }).click();
  await expect(facts.getByText("bijstand")).toBeVisible();

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
  const staffFile = readFileSync((await staffDownload.path()) as string, "utf8");
  expect(staffFile).toContain("Pia Privé");
  expect(staffFile).toContain("Er staat iets in over iemand anders.");
  expect(staffFile).not.toContain("Liever geen avonden in de winter.");

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

test("an admin reads the processing register, with the centre's own retention periods", async ({
  page,
  checkA11y,
}) => {
  await loginWithPassword(page, person("e2e-privacy", "admin").email, PASSWORD);
  await page.goto("/privacy");
  await page.getByRole("link", { name: /^Verwerkingsregister/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Verwerkingsregister" })).toBeVisible();
  const pool = page.getByRole("region", { name: "Pool van ervaringsdeskundigen" });
  await expect(pool).toContainText("Uitvoering van de afspraken met de expert");
  await expect(pool).toContainText(/Ingesteld: \d+ maanden \(notities\)\./);
  await expect(page.getByRole("region", { name: "Opleiding en uitstroom" })).toContainText("art. 9 lid 2a");
  await expect(page.getByRole("region", { name: "Verwerkers en opslag" })).toContainText("SMTP_URL");
  await checkA11y();
});
