import { expect, loginWithPassword, test } from "./fixtures";
import { PASSWORD, person } from "./people";

test("a coordinator runs a keuzedeel from intake to the pool", async ({
  page,
  browser,
  baseURL,
  checkA11y,
}) => {
  // a long journey with many accessibility checks: more than the default minute on a busy machine
  test.setTimeout(360_000);
  await loginWithPassword(page, person("e2e-training", "coordinator").email, PASSWORD);

  // the list of cohorts, then a new keuzedeel with an ROC; no end date: 40 weeks after the start
  await page.getByRole("link", { name: "Opleiding", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Opleiding" })).toBeVisible();
  await checkA11y();
  await page.getByRole("link", { name: "Nieuwe groep" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nieuwe groep" })).toBeVisible();
  await checkA11y();
  await page.getByLabel("Naam van de groep").fill("Keuzedeel Utrecht 2026");
  await page
    .getByLabel("Soort opleiding")
    .selectOption({ label: "Keuzedeel ervaringsdeskundigheid (40 weken)" });
  await page.getByLabel("Opleider").fill("ROC Midden Nederland");
  await page.getByLabel("Plaats").fill("Utrecht");
  await page.getByLabel("Provincie").fill("Utrecht");
  await page.getByLabel("Startdatum").fill("2026-09-01");
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Keuzedeel Utrecht 2026" })).toBeVisible();
  await expect(page.getByText("De groep is gemaakt.")).toBeVisible();
  await expect(page.getByText("ROC Midden Nederland")).toBeVisible();
  await expect(page.getByText(/8 jun 2027/)).toBeVisible();
  const cohortUrl = new URL(page.url()).pathname;
  await checkA11y();

  // the programme: two meetings and a module
  for (const [date, time, title] of [
    ["2026-09-08", "10:00", "Kennismaking"],
    ["2026-09-15", "10:00", "Je eigen verhaal"],
  ]) {
    await page.getByLabel("Datum", { exact: true }).fill(date);
    await page.getByLabel("Tijd", { exact: true }).fill(time);
    await page.getByLabel("Onderwerp van de bijeenkomst").fill(title);
    await page.getByRole("button", { name: "Bijeenkomst toevoegen" }).click();
    await expect(page.getByRole("rowheader", { name: title })).toBeVisible();
  }
  await page.getByLabel("Naam van de module of opdracht").fill("Armoede en uitsluiting");
  await page.getByLabel("Soort", { exact: true }).selectOption({ label: "Module" });
  await page.getByRole("button", { name: "Module of opdracht toevoegen" }).click();
  await expect(page.getByRole("rowheader", { name: "Armoede en uitsluiting" })).toBeVisible();
  await checkA11y();

  // intake: one candidate accepted
  await page.getByRole("link", { name: "Kandidaat toevoegen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Kandidaat toevoegen" })).toBeVisible();
  await checkA11y();
  await page.getByLabel("Voornaam").fill("Fatma");
  await page.getByLabel("Achternaam").fill("Demir");
  await page.getByLabel("E-mailadres").fill("fatma@opleiding.example");
  await page.getByLabel("Situatie voor de opleiding").selectOption({ label: "Langdurig werkloos" });
  await page.getByLabel("Uitkering voor de opleiding").fill("bijstand");
  await page.getByLabel("Heeft eigen ervaring met armoede").check();
  await page.getByLabel("Heeft de armoede achter zich").check();
  await page.getByLabel("Is gemotiveerd").check();
  await page.getByRole("radio", { name: "Aangenomen", exact: true }).check();
  await page.getByRole("button", { name: "Kandidaat opslaan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Keuzedeel Utrecht 2026" })).toBeVisible();
  await expect(page.getByRole("row", { name: /Fatma Demir/ })).toContainText("In opleiding");

  // and one not accepted: first without a reason
  await page.getByRole("link", { name: "Kandidaat toevoegen" }).click();
  await page.getByLabel("Voornaam").fill("Kees");
  await page.getByLabel("Achternaam").fill("Jansen");
  await page.getByLabel("Heeft eigen ervaring met armoede").check();
  await page.getByRole("radio", { name: "Niet aangenomen" }).check();
  await page.getByRole("button", { name: "Kandidaat opslaan" }).click();
  // the message stands in the error summary (a link to the field) and next to the field
  await expect(
    page.getByRole("link", { name: "Vul een reden in als iemand niet wordt aangenomen." }),
  ).toBeVisible();
  await expect(page.locator("#intakeReason-error")).toContainText(
    "Vul een reden in als iemand niet wordt aangenomen.",
  );
  await expect(page.getByLabel("Reden")).toHaveAttribute("aria-invalid", "true");
  await checkA11y();
  await page.getByLabel("Reden").fill("Zit nog midden in de schulden. Over een jaar opnieuw praten.");
  await page.getByRole("button", { name: "Kandidaat opslaan" }).click();
  await expect(page.getByRole("row", { name: /Kees Jansen/ })).toContainText("Niet aangenomen");
  await checkA11y();

  // attendance for the first meeting: one form for everyone
  await page.getByRole("link", { name: "Aanwezigheid invullen voor Kennismaking" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Kennismaking" })).toBeVisible();
  await expect(page.getByRole("rowheader", { name: "Kees Jansen" })).toHaveCount(0);
  await checkA11y();
  await page.getByRole("radio", { name: "Aanwezig: Fatma Demir" }).check();
  await page.getByRole("button", { name: "Aanwezigheid opslaan" }).click();
  await expect(page.getByText("De aanwezigheid is opgeslagen.")).toBeVisible();
  await expect(page.getByRole("radio", { name: "Aanwezig: Fatma Demir" })).toBeChecked();
  await checkA11y();
  await page.getByRole("link", { name: "Terug naar Keuzedeel Utrecht 2026" }).click();
  await expect(page.getByRole("row", { name: /Kennismaking/ })).toContainText("1 van 1");

  // the trainee: progress, portfolio, final assessment, certificate
  await page.getByRole("link", { name: "Fatma Demir" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Fatma Demir" })).toBeVisible();
  await checkA11y();
  await page.getByLabel("Stand: Armoede en uitsluiting").selectOption({ label: "Klaar" });
  await page.getByLabel("Klaar op: Armoede en uitsluiting").fill("2026-10-06");
  await page.getByRole("button", { name: "Voortgang opslaan" }).click();
  await expect(page.getByText("Opgeslagen.")).toBeVisible();
  await page.getByLabel("Levensverhaal klaar op").fill("2026-11-03");
  await page.getByLabel("Reflectie klaar op").fill("2027-01-12");
  await page.getByLabel("Praktijkstage klaar op").fill("2027-04-20");
  await page.getByRole("button", { name: "Portfolio opslaan" }).click();
  await expect(page.getByLabel("Praktijkstage klaar op")).toHaveValue("2027-04-20");
  await page.getByLabel("Datum certificaat").fill("2027-06-10");
  await page.getByRole("button", { name: "Certificaat vastleggen" }).click();
  // the message stands in the error summary (a link to the field) and next to the field
  await expect(
    page.getByRole("link", { name: "Eerst moet de eindbeoordeling geslaagd zijn." }),
  ).toBeVisible();
  await expect(page.locator("#certifiedOn-error")).toContainText(
    "Eerst moet de eindbeoordeling geslaagd zijn.",
  );
  await checkA11y();
  await page.getByLabel("Datum eindbeoordeling").fill("2027-06-01");
  await page.getByRole("radio", { name: "Ja, geslaagd" }).check();
  await page.getByRole("button", { name: "Eindbeoordeling opslaan" }).click();
  await expect(page.getByText("Opgeslagen.")).toBeVisible();
  await page.getByLabel("Datum certificaat").fill("2027-06-10");
  await page.getByRole("button", { name: "Certificaat vastleggen" }).click();
  await expect(page.getByText("Gediplomeerd")).toBeVisible();
  await checkA11y();

  // into the pool with one action
  await page.getByRole("button", { name: "Naar de pool" }).click();
  await expect(page.getByText("Staat nu in de pool.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Naar de pool" })).toHaveCount(0);
  await checkA11y();
  await page.getByRole("link", { name: "Bekijk in de pool" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Fatma Demir" })).toBeVisible();
  await expect(page.getByText("fatma@opleiding.example")).toBeVisible();
  await expect(page.getByText("Opgeleid in Keuzedeel Utrecht 2026.")).toBeVisible();
  await checkA11y();
  await page.getByRole("link", { name: "Pool", exact: true }).click();
  await expect(page.getByRole("link", { name: "Fatma Demir" })).toBeVisible();
  await checkA11y();

  // the attendance form without JavaScript: a plain post, saved for everyone at once
  const noScript = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const plain = await noScript.newPage();
  await loginWithPassword(plain, person("e2e-training", "coordinator").email, PASSWORD);
  await plain.goto(cohortUrl);
  await plain.getByRole("link", { name: "Aanwezigheid invullen voor Je eigen verhaal" }).click();
  await plain.getByRole("radio", { name: "Afgemeld: Fatma Demir" }).check();
  await plain.getByRole("button", { name: "Aanwezigheid opslaan" }).click();
  await expect(plain.getByText("De aanwezigheid is opgeslagen.")).toBeVisible();
  await expect(plain.getByRole("radio", { name: "Afgemeld: Fatma Demir" })).toBeChecked();
  // axe needs JavaScript in the page: this page was checked above with JavaScript on
  await noScript.close();
});
