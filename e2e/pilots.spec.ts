import { expect, lastMailTo, loginWithPassword, test } from "./fixtures";
import { PASSWORD, person } from "./people";
import { PILOT_GRANT, PROFESSIONALS } from "./pilots.data";

const FIRST = "Ik weet welke aanpak werkt bij mensen met weinig geld";

test("a coordinator measures a pilot before and after; a professional answers on a phone without an account", async ({
  page,
  checkA11y,
}) => {
  test.setTimeout(180_000);
  const coordinator = person("e2e-pilots", "coordinator");
  await loginWithPassword(page, coordinator.email, PASSWORD);

  // Pilots is a part of Effecten; the empty list says what it is for
  await page.goto("/impact");
  await page.getByRole("navigation", { name: "Effecten" }).getByRole("link", { name: "Pilots" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Pilots" })).toBeVisible();
  await expect(page.getByText("Nog geen pilots")).toBeVisible();
  await checkA11y();

  // the centre's starting statements: the suggested ones, taken from what professionals said
  await page.getByRole("link", { name: "Standaardstellingen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Standaardstellingen" })).toBeVisible();
  await expect(page.getByLabel(/^Stelling 2 /)).toHaveValue(
    "Ik ben me bewust van de psychische gevolgen van armoede",
  );
  await checkA11y();
  await page.getByRole("link", { name: "Alle pilots" }).click();

  // a new pilot: first without a name, then whole
  await page.getByRole("link", { name: "Nieuwe pilot" }).click();
  await page.getByLabel("Subsidie").selectOption({ label: PILOT_GRANT });
  await page.getByRole("button", { name: "Pilot maken" }).click();
  await expect(page.getByLabel("Naam van de pilot")).toHaveAttribute("aria-invalid", "true");
  await checkA11y();
  await page.getByLabel("Subsidie").selectOption({ label: PILOT_GRANT });
  await page.getByLabel("Sector").selectOption({ label: "Gemeenten" });
  await page.getByLabel("Naam van de pilot").fill("Gemeente Waterdorp, wijkteams");
  await page.getByLabel(/^Begint op/).fill("2026-09-01");
  await page.getByLabel(/^Nameting klaar op/).fill("2027-03-01");
  await page.getByRole("button", { name: "Pilot maken" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Gemeente Waterdorp, wijkteams" })).toBeVisible();
  await expect(page.getByText("De pilot is gemaakt, met de standaardstellingen.")).toBeVisible();
  await checkA11y();

  // the first statement in other words, the last one not asked
  const statements = page.getByRole("region", { name: "Stellingen" });
  await statements.getByLabel("Stelling 1", { exact: true }).fill(FIRST);
  await statements.getByLabel("Stelling 5 vragen").uncheck();
  await statements.getByRole("button", { name: "Stellingen opslaan" }).click();
  await expect(page.getByText("De stellingen zijn opgeslagen.")).toBeVisible();
  await expect(
    page.getByRole("region", { name: "Stellingen" }).getByLabel("Stelling 1", { exact: true }),
  ).toHaveValue(FIRST);

  // two professionals, then the questionnaire before the start
  const participants = () => page.getByRole("region", { name: "Professionals" });
  for (const p of PROFESSIONALS) {
    await participants().getByLabel("Naam", { exact: true }).fill(p.name);
    await participants().getByLabel("E-mailadres").fill(p.email);
    await participants()
      .getByLabel(/^Organisatie/)
      .fill(p.organisation);
    await participants().getByRole("button", { name: "Toevoegen" }).click();
    await expect(page.getByText("De professional is toegevoegd.")).toBeVisible();
  }
  await expect(participants().getByRole("cell", { name: "Ruben Rijn" })).toBeVisible();
  await checkA11y();
  const since = Date.now();
  await page.getByRole("button", { name: "Vragenlijst voor de start sturen" }).click();
  await expect(page.getByText("De vragenlijsten zijn gemaild.")).toBeVisible();
  await expect(participants().getByRole("row", { name: /Paula Prins/ })).toContainText("Gestuurd");
  await checkA11y();
  const pilotPage = page.url().split("#")[0].split("?")[0];
  await page.context().clearCookies();

  // the professional opens the mailed link on a 360 px phone, without an account
  await page.setViewportSize({ width: 360, height: 740 });
  const mail = await lastMailTo(PROFESSIONALS[0].email, since);
  expect(mail).toContain("Beste Paula Prins,");
  const link = mail.match(/https?:\/\/[^\s]+\/vragenlijst\/([A-Za-z0-9_-]+)/);
  expect(link).not.toBeNull();
  await page.goto(`/vragenlijst/${link?.[1]}`);
  await expect(page.getByRole("heading", { level: 1, name: "Korte vragenlijst" })).toBeVisible();
  await expect(page.getByRole("group")).toHaveCount(4);
  await checkA11y();

  // one statement left unanswered: a Dutch message next to it
  const groups = page.getByRole("group");
  for (let n = 1; n < 4; n++) await groups.nth(n).getByRole("radio", { name: "2 niet mee eens" }).check();
  await page.getByRole("button", { name: "Versturen" }).click();
  await expect(
    page.getByRole("group", { name: FIRST }).getByText("Kies een cijfer van 1 tot 5."),
  ).toBeVisible();
  await checkA11y();
  await page.getByRole("group", { name: FIRST }).getByRole("radio", { name: "3 neutraal" }).check();
  await page.getByRole("button", { name: "Versturen" }).click();
  await expect(page.getByText("Dank u wel! Uw antwoorden zijn opgeslagen.")).toBeVisible();
  await checkA11y();
  await page.reload();
  await expect(page.getByText("Deze vragenlijst is al ingevuld.")).toBeVisible();
  const wrong = await page.goto("/vragenlijst/ditIsGeenGoedeLinkVanTandem123");
  expect(wrong?.status()).toBe(404);
  await expect(page.getByText("Deze link werkt niet (meer).")).toBeVisible();
  await checkA11y();

  // the coordinator sees who answered, and the result with the small-group rule
  await page.setViewportSize({ width: 1280, height: 800 });
  await loginWithPassword(page, coordinator.email, PASSWORD);
  await page.goto(pilotPage);
  await expect(participants().getByRole("row", { name: /Paula Prins/ })).toContainText("Ingevuld");
  const results = page.getByRole("region", { name: "Resultaten" });
  await expect(results.getByRole("row", { name: new RegExp(FIRST) })).toContainText("<5");
  await checkA11y();
  // an answered statement keeps its words: the text is no longer a field
  await expect(
    page.getByRole("region", { name: "Stellingen" }).getByLabel("Stelling 1", { exact: true }),
  ).toHaveCount(0);

  // the impact page shows the effect per sector
  await page.goto("/impact");
  const sectors = page.getByRole("region", { name: "Effect per sector" });
  await expect(sectors.getByRole("heading", { name: /Gemeenten/ })).toBeVisible();
  await expect(sectors.getByRole("row", { name: new RegExp(FIRST) })).toContainText("<5");
  await checkA11y();
});
