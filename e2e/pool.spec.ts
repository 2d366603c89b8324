import { expect, loginWithPassword, test } from "./fixtures";
import { PASSWORD, person } from "./people";

test("a coordinator keeps the lists and the pool of experts", async ({ page, checkA11y }) => {
  // a long journey with ten accessibility checks: more than the default minute on a busy machine
  test.setTimeout(180_000);
  await loginWithPassword(page, person("e2e-pool", "coordinator").email, PASSWORD);

  // settings, under "Beheer" in the menu: a new theme and an area with a centre point
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Beheer" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Instellingen" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Beheer" })).toBeVisible();
  await checkA11y();
  await page.getByLabel("Nieuw thema").fill("armoede op school");
  await page.getByRole("button", { name: "Toevoegen" }).first().click();
  await expect(page.getByRole("rowheader", { name: "armoede op school" })).toBeVisible();
  await page.getByLabel("Nieuw thema").fill("Schulden");
  await page.getByRole("button", { name: "Toevoegen" }).first().click();
  await expect(page.getByText("Deze naam staat al in de lijst.")).toBeVisible();
  await checkA11y();
  const newArea = page.locator("form", { has: page.locator('input[value="addArea"]') });
  await newArea.getByLabel("Naam").fill("Utrecht");
  await newArea.getByLabel("Provincie").fill("Utrecht");
  await newArea.getByLabel("Breedtegraad").fill("52.0907");
  await newArea.getByLabel("Lengtegraad").fill("5,1214");
  await newArea.getByRole("button", { name: "Toevoegen" }).click();
  await expect(page.getByRole("rowheader", { name: "Utrecht" })).toBeVisible();
  await expect(page.getByText("52.0907, 5.1214")).toBeVisible();
  await checkA11y();

  // a new expert: first a missing first name, then the whole profile
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Pool" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Pool van ervaringsdeskundigen" })).toBeVisible();
  await checkA11y();
  await page.getByRole("link", { name: "Ervaringsdeskundige toevoegen" }).click();
  await checkA11y();
  await page.getByLabel("Achternaam").fill("Jansen");
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByText("Vul de voornaam in.").first()).toBeVisible();
  await expect(page.getByLabel("Voornaam")).toHaveAttribute("aria-invalid", "true");
  await checkA11y();

  await page.getByLabel("Voornaam").fill("Marieke");
  await page.getByLabel("E-mailadres").fill("marieke@pool.example");
  await page.getByLabel("Status").selectOption({ label: "Actief in pool" });
  await page.getByRole("checkbox", { name: "schulden" }).check();
  await page.getByRole("checkbox", { name: "armoede op school" }).check();
  await page.getByRole("checkbox", { name: "workshop" }).check();
  await page.getByRole("checkbox", { name: "Utrecht" }).check();
  await page.getByLabel("Woonplaats").selectOption({ label: "Utrecht" });
  await page.getByLabel("Hoe ver wil iemand reizen? (km)").fill("30");
  await page.getByRole("checkbox", { name: "maandag ochtend" }).check();
  await page.getByRole("checkbox", { name: "donderdag avond" }).check();
  await page.getByLabel("Korte profieltekst").fill("Ik vertel over leven met schulden en over hulp vragen.");
  await page.getByLabel("Privénotities").fill("Wil liever niet in haar eigen wijk werken.");
  await page.getByRole("button", { name: "Opslaan" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Marieke Jansen" })).toBeVisible();
  await expect(page.getByText("De ervaringsdeskundige is toegevoegd.")).toBeVisible();
  await expect(page.getByText("armoede op school, schulden")).toBeVisible();
  await expect(page.getByText("maandag: ochtend")).toBeVisible();
  await expect(page.getByText("Wil liever niet")).toHaveCount(0);
  await checkA11y();

  // find her by search and by theme
  await page.getByRole("link", { name: "Terug naar de pool" }).click();
  await page.getByLabel("Zoeken op naam of profieltekst").fill("jansen");
  await page.getByRole("button", { name: "Zoeken" }).click();
  await expect(page.getByText("1 ervaringsdeskundige gevonden.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Marieke Jansen" })).toBeVisible();
  await page.getByLabel("Zoeken op naam of profieltekst").fill("");
  await page.getByLabel("Thema").selectOption({ label: "armoede op school" });
  await page.getByRole("button", { name: "Zoeken" }).click();
  await expect(page).toHaveURL(/theme=/);
  await expect(page.getByRole("link", { name: "Marieke Jansen" })).toBeVisible();
  await checkA11y();

  // the profile: private notes on request, then an absence
  await page.getByRole("link", { name: "Marieke Jansen" }).click();
  await page.getByRole("link", { name: "Toon privénotities" }).click();
  await expect(page.getByText("Wil liever niet in haar eigen wijk werken.")).toBeVisible();
  await expect(page.getByText("U ziet de privénotities. Dit staat nu in het logboek.")).toBeVisible();
  await checkA11y();

  await page.getByLabel("Van", { exact: true }).fill("2027-07-12");
  await page.getByLabel("Tot en met").fill("2027-07-30");
  await page.getByLabel("Reden").fill("vakantie");
  await page.getByRole("button", { name: "Periode toevoegen" }).click();
  await expect(page.getByRole("cell", { name: "vakantie" })).toBeVisible();
  await expect(page.getByText("Wil liever niet")).toHaveCount(0);
  await checkA11y();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  // axe needs JavaScript in the page, so this run does not call checkA11y(): the same pages are
  // checked with JavaScript in the journey above.
  test("the admin adds an expert and filters the pool with plain forms and links", async ({ page }) => {
    await loginWithPassword(page, person("e2e-pool", "admin").email, PASSWORD);
    await page.goto("/pool/new");
    await page.getByLabel("Voornaam").fill("Sam");
    await page.getByLabel("Achternaam").fill("de Wit");
    await page.getByLabel("E-mailadres").fill("geen-adres");
    await page.getByRole("button", { name: "Opslaan" }).click();
    await expect(page.getByText("Vul een geldig e-mailadres in").first()).toBeVisible();
    // what was typed and ticked is still there
    await expect(page.getByLabel("Voornaam")).toHaveValue("Sam");
    await page.getByLabel("E-mailadres").fill("");
    await page.getByRole("checkbox", { name: "vrijdag middag" }).check();
    await page.getByRole("button", { name: "Opslaan" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Sam de Wit" })).toBeVisible();
    await expect(page.getByText("vrijdag: middag")).toBeVisible();

    await page.getByLabel("Status", { exact: true }).selectOption({ label: "Gepauzeerd" });
    await page.getByRole("button", { name: "Status opslaan" }).click();
    await expect(page.getByText("Opgeslagen.")).toBeVisible();
    await expect(page.locator("dl.facts")).toContainText("Gepauzeerd");

    await page.goto("/pool?status=paused&weekday=5");
    await expect(page.getByRole("link", { name: "Sam de Wit" })).toBeVisible();
    await expect(page.getByLabel("Status")).toHaveValue("paused");
  });
});
