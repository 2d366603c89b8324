import { expect, loginWithPassword, test } from "./fixtures";
import { PASSWORD, person } from "./people";

const header =
  "cohort,external_id,first_name,last_name,province,start_date,end_date,certified,situation_before,outcome,outcome_date,ladder_intake,ladder_latest";
/** The Dutch names of the template, spelled as a person might type them. */
const dutchHeader =
  "Cohort,Extern_id,Voornaam,Achternaam,Provincie,Startdatum,Einddatum,Gecertificeerd,Situatie voor,Uitkomst,Uitkomst datum,Ladder intake,Ladder laatste";
const rows = [
  "Keuzedeel Import 2025,IMP-1,Anna,de Vries,Groningen,2024-09-02,2025-06-27,ja,langdurig werkloos,vrijwilligerswerk,2025-08-01,2,4",
  "Keuzedeel Import 2025,IMP-2,Sanne,Jansen,Drenthe,1 september,2025-06-27,ja,werkloos,betaald werk,2025-09-01,3,5",
  "Keuzedeel Import 2025,IMP-3,Karim,Bakker,Drenthe,2024-09-02,2025-06-27,ja,werkloos,werkzoekend,2025-07-01,3,3",
];

test("a coordinator sees the row errors, imports the good rows, and adds an outcome and a measurement", async ({
  page,
  checkA11y,
}) => {
  await loginWithPassword(page, person("e2e-import", "coordinator").email, PASSWORD);

  await page.goto("/training/import");
  await expect(page.getByRole("heading", { level: 1, name: "Deelnemers importeren" })).toBeVisible();
  await checkA11y();

  // the template is Dutch: its columns are the ones the page names
  const template = await page.request.get("/templates/trainees.csv");
  expect(template.ok()).toBe(true);
  const firstLine = (await template.text()).replace(/^\uFEFF/, "").split(/\r?\n/)[0];
  expect(firstLine.toLowerCase()).toContain("voornaam");
  expect(firstLine.toLowerCase()).toContain("startdatum");
  expect(firstLine).not.toContain("first_name");

  // one wrong row: the Dutch row errors, and nothing imported
  await page.getByLabel("Bestand (.csv of .xlsx)").setInputFiles({
    name: "deelnemers.csv",
    mimeType: "text/csv",
    buffer: Buffer.from([dutchHeader, ...rows].join("\n"), "utf8"),
  });
  await page.getByRole("button", { name: "Importeren" }).click();
  const errors = page.getByRole("region", { name: "Er zijn fouten gevonden. Er is nog niets geïmporteerd." });
  await expect(
    errors.getByText("Rij 3: Startdatum is geen datum (gebruik 01-09-2025 of 2025-09-01)."),
  ).toBeVisible();
  await checkA11y();

  // nothing was imported: the cohort of the file is not there (checked in a second tab)
  const list = await page.context().newPage();
  await list.goto("/training");
  await expect(list.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(list.getByText("Keuzedeel Import 2025")).toHaveCount(0);
  await checkA11y(list);
  await list.close();

  // the user chooses to import the good rows (the file is sent along again, no new upload needed)
  await errors.getByLabel("Importeer alleen de goede rijen. De rijen met fouten slaan we over.").check();
  await errors.getByRole("button", { name: "Importeren" }).click();
  await expect(
    page.getByText("Klaar. 2 nieuw, 0 bijgewerkt, 1 nieuwe cohorten, 1 rijen overgeslagen."),
  ).toBeVisible();
  const imported = page.getByRole("table", { name: "Geïmporteerde deelnemers" });
  await expect(imported.getByRole("link", { name: "Anna de Vries", exact: true })).toBeVisible();
  await expect(imported.getByRole("link", { name: "Karim Bakker", exact: true })).toBeVisible();
  await expect(imported.getByText("Sanne")).toHaveCount(0);
  await checkA11y();

  // the outcomes page of a trainee: add a paid job and a ladder measurement
  await imported.getByRole("link", { name: "Uitstroom: Anna de Vries" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Uitstroom van Anna de Vries" })).toBeVisible();
  await expect(page.getByText("Langdurig werkloos")).toBeVisible();
  await checkA11y();

  await page.getByLabel("Situatie", { exact: true }).selectOption({ label: "Betaald werk" });
  await page.getByLabel("Vanaf (datum)").fill("2026-02-01");
  await page.getByLabel("Werkgever of organisatie").fill("Gemeente Assen");
  await page.getByLabel("Uren per week").fill("24");
  await page.getByRole("button", { name: "Situatie opslaan" }).click();
  await expect(page.getByRole("status")).toHaveText("Opgeslagen.");
  const situations = page.getByRole("table", { name: "Situaties, de nieuwste bovenaan" });
  await expect(situations.getByRole("row").nth(1)).toContainText("Betaald werk");
  await expect(situations.getByRole("row").nth(1)).toContainText("Gemeente Assen · 24 uur per week");
  await checkA11y();

  await page.getByLabel("Moment", { exact: true }).selectOption({ label: "Na 6 maanden" });
  await page.getByLabel("Datum van de meting").fill("2026-01-15");
  await page.getByLabel("Trede op de Participatieladder").selectOption({ label: "6 – Betaald werk" });
  await page.getByRole("button", { name: "Meting opslaan" }).click();
  const measured = page.getByRole("table", { name: "Metingen" });
  await expect(measured.getByRole("row", { name: /Na 6 maanden/ })).toContainText("6 – Betaald werk");
  await expect(measured.getByRole("row", { name: /Intake/ })).toContainText(
    "2 – Sociale contacten buitenshuis",
  );
  await checkA11y();
});

test("a coordinator changes what 'activated' means in the impact settings", async ({ page, checkA11y }) => {
  await loginWithPassword(page, person("e2e-import", "coordinator").email, PASSWORD);
  await page.goto("/impact/settings");
  await expect(page.getByRole("heading", { level: 1, name: "Instellingen voor effecten" })).toBeVisible();
  await checkA11y();
  await page.getByLabel("Hoeveel treden omhoog?").fill("9");
  await page.getByRole("button", { name: "Instellingen opslaan" }).click();
  // the message stands in the error summary (a link to the field) and next to the field
  await expect(page.getByRole("link", { name: "Kies een getal van 1 tot en met 5." })).toBeVisible();
  await expect(page.locator("#activatedLadderRise-error")).toContainText(
    "Kies een getal van 1 tot en met 5.",
  );
  await checkA11y();
  await page.getByLabel("Hoeveel treden omhoog?").fill("2");
  await page.getByRole("radio", { name: "Aan" }).check();
  await page.getByRole("button", { name: "Instellingen opslaan" }).click();
  await expect(page.getByText("De instellingen zijn opgeslagen.")).toBeVisible();
  await expect(page.getByLabel("Hoeveel treden omhoog?")).toHaveValue("2");
  await expect(page.getByRole("radio", { name: "Aan" })).toBeChecked();
  await checkA11y();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  // axe needs JavaScript in the page, so this run does not call checkA11y(): the same pages are
  // checked with JavaScript in the journey above.
  test("the upload, the row errors and the good rows work with plain forms", async ({ page }) => {
    await loginWithPassword(page, person("e2e-import", "coordinator").email, PASSWORD);
    await page.goto("/training/import");
    const file = [
      header,
      "Keuzedeel Zonder JS,NOJS-1,Lotte,Visser,Utrecht,2024-09-02,2025-06-27,ja,werkloos,ander pad,2025-09-01,3,4",
      "Keuzedeel Zonder JS,NOJS-2,Bas,Mulder,Utrecht,2024-09-02,2025-06-27,misschien,werkloos,,,3,",
    ].join("\n");
    await page.getByLabel("Bestand (.csv of .xlsx)").setInputFiles({
      name: "zonder-js.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(file, "utf8"),
    });
    await page.getByRole("button", { name: "Importeren" }).click();
    await expect(page.getByText("Rij 3: certified moet ja of nee zijn.")).toBeVisible();
    const errors = page.getByRole("region", {
      name: "Er zijn fouten gevonden. Er is nog niets geïmporteerd.",
    });
    await errors.getByLabel("Importeer alleen de goede rijen. De rijen met fouten slaan we over.").check();
    await errors.getByRole("button", { name: "Importeren" }).click();
    await expect(
      page.getByText("Klaar. 1 nieuw, 0 bijgewerkt, 1 nieuwe cohorten, 1 rijen overgeslagen."),
    ).toBeVisible();
    await page.getByRole("link", { name: "Uitstroom: Lotte Visser" }).click();
    await expect(page.getByRole("table", { name: "Situaties, de nieuwste bovenaan" })).toContainText(
      "Ander pad",
    );
  });
});
