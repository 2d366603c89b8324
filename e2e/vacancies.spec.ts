import { expect, lastMailTo, loginWithCode, loginWithPassword, test } from "./fixtures";
import { PASSWORD, person } from "./people";
import { VACANCIES_EMPLOYER } from "./vacancies.data";

test("a coordinator fills an employer's vacancy with a graduate who looks for work", async ({
  page,
  browser,
  checkA11y,
}) => {
  test.setTimeout(180_000);
  await loginWithPassword(page, person("e2e-vacancies", "coordinator").email, PASSWORD);
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Werkgevers" }).click();
  await page.getByRole("link", { name: VACANCIES_EMPLOYER }).click();

  // a new vacancy: first without a title, then whole
  await page.getByRole("link", { name: "Vacature toevoegen" }).click();
  await checkA11y();
  await page.getByRole("button", { name: "Vacature opslaan" }).click();
  await expect(
    page
      .locator(".field__error")
      .getByText("Dit is te kort.")
      .or(page.locator(".field__error").getByText("Vul dit veld in.")),
  ).toBeVisible();
  await page.getByLabel(/^Naam van de functie/).fill("Ervaringsdeskundige bij de schuldhulp");
  await page.getByLabel(/^Soort werk/).selectOption({ label: "Betaald werk" });
  await page.getByLabel(/^Uren per week/).fill("24");
  await page.getByLabel(/^Plaats/).selectOption({ label: "Zwolle" });
  await page.getByRole("checkbox", { name: "schulden" }).check();
  await page.getByRole("button", { name: "Vacature opslaan" }).click();
  await expect(page.getByText("De vacature is opgeslagen. Hieronder staat wie past.")).toBeVisible();
  await checkA11y();

  // who fits: Anouk first (theme, near, looking), Bram too; Cor has work and is left out
  const fits = page.getByRole("region", { name: "Wie past?" });
  const rows = fits.getByRole("row");
  await expect(rows.nth(1)).toContainText("Anouk Visser");
  await expect(rows.nth(1)).toContainText("1 van 1 thema's");
  await expect(fits.getByText("Bram de Wit")).toBeVisible();
  await expect(fits.getByText("Cor Smit")).toHaveCount(0);
  await expect(
    fits.getByText("Niet in de lijst: 1 zoeken geen werk (ze werken al, of gaan een andere weg)."),
  ).toBeVisible();

  // propose Anouk: she gets a mail and says yes on her phone
  await fits.getByRole("button", { name: "Anouk Visser voorstellen" }).click();
  await expect(page.getByText("De persoon is voorgesteld.")).toBeVisible();
  const proposed = page.getByRole("region", { name: "Voorgesteld" });
  await expect(proposed.getByRole("button", { name: "Wil graag: Anouk Visser" })).toBeVisible();
  const phoneContext = await browser.newContext({
    viewport: { width: 360, height: 740 },
    locale: "nl-NL",
    timezoneId: "Europe/Amsterdam",
    baseURL: new URL(page.url()).origin,
  });
  const phone = await phoneContext.newPage();
  const mail = await lastMailTo(person("e2e-vacancies", "expert").email);
  expect(mail).toContain("Werk voor jou: Ervaringsdeskundige bij de schuldhulp");
  expect(mail).toContain("Hallo Anouk,");
  await loginWithCode(phone, person("e2e-vacancies", "expert").email);
  await phone.goto("/agenda");
  const jobs = phone.getByRole("region", { name: "Werk voor jou" });
  await expect(jobs.getByText(`bij ${VACANCIES_EMPLOYER}`)).toBeVisible();
  await checkA11y(phone);
  await jobs
    .getByRole("button", { name: "Ja, graag: werken als Ervaringsdeskundige bij de schuldhulp" })
    .click();
  await expect(phone.getByText("Dank je wel voor je antwoord. Het centrum weet het nu.")).toBeVisible();
  await expect(jobs.getByText("Je hebt ja gezegd. Het centrum neemt contact met je op.")).toBeVisible();
  await phoneContext.close();

  // the coordinator sees her yes, and hires her
  await page.reload();
  await expect(proposed.getByRole("button", { name: "Wil graag: Anouk Visser" })).toHaveCount(0);
  await expect(proposed.getByText("Wil graag")).toBeVisible();
  await checkA11y();
  const startsOn = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
  await page
    .getByLabel(/^Begint op/)
    .last()
    .fill(startsOn);
  await page.getByRole("button", { name: "Aannemen" }).click();
  await expect(
    page.getByText("De vacature is vervuld. Het werk staat in de loopbaan van de persoon."),
  ).toBeVisible();
  await expect(page.getByText("Deze vacature is vervuld.")).toBeVisible();
  await checkA11y();

  // the employer has someone at work now; her path says so, from the placement
  await page.getByRole("link", { name: `Terug naar ${VACANCIES_EMPLOYER}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: VACANCIES_EMPLOYER })).toBeVisible();
  await expect(page.getByRole("row", { name: /Anouk Visser/ }).getByText("Werkt hier nu")).toBeVisible();
  await expect(page.getByText("Aan het werk").first()).toBeVisible();
  await page
    .getByRole("row", { name: /Anouk Visser/ })
    .getByRole("link", { name: "Anouk Visser" })
    .click();
  await expect(page.getByRole("row", { name: /Betaald werk/ }).getByText("Plaatsing")).toBeVisible();
  await checkA11y();
});
