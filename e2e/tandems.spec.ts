import { expect, loginWithCode, loginWithPassword, test } from "./fixtures";
import { PASSWORD, person } from "./people";
import { TANDEM_CLIENT } from "./tandems.data";

const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const PHONE = { width: 360, height: 740 };

test("a tandem of an expert and a professional: planned, met, written in on both phones, ended and evaluated by both", async ({
  page,
  browser,
  checkA11y,
}) => {
  test.setTimeout(240_000);
  await loginWithPassword(page, person("e2e-tandems", "coordinator").email, PASSWORD);

  // Tandems is a part of Inzet; the empty list says what it is for
  await page.goto("/requests");
  await page.getByRole("navigation", { name: "Inzet" }).getByRole("link", { name: "Tandems" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tandems" })).toBeVisible();
  await expect(page.getByText("Nog geen tandems")).toBeVisible();
  await checkA11y();

  // a new tandem: first with its end before its start, then right
  await page.getByRole("link", { name: "Nieuwe tandem" }).click();
  // the list's filter has an "Opdrachtgever" too: wait for the form's page
  await expect(page.getByRole("heading", { level: 1, name: "Nieuwe tandem" })).toBeVisible();
  await page.getByLabel("Opdrachtgever").selectOption({ label: TANDEM_CLIENT });
  await page.getByLabel("Ervaringsdeskundige").selectOption({ label: "Eli Ervaring" });
  await page
    .getByLabel(/^Contactpersoon als professional/)
    .selectOption({ label: `Pieter Prof (${TANDEM_CLIENT}, heeft een login)` });
  await page.getByLabel("Doel van de tandem").fill("Samen de brieven van het wijkteam begrijpelijk maken.");
  await page.getByLabel("Start").fill(daysFromNow(3));
  await page.getByLabel("Einde").fill(daysFromNow(1));
  await page.getByRole("button", { name: "Tandem opslaan" }).click();
  await expect(page.getByLabel("Einde")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#endsOn-error")).toHaveText(/Het einde moet na de start liggen\./);
  await checkA11y();
  await page.getByLabel("Einde").fill(daysFromNow(60));
  await page.getByRole("button", { name: "Tandem opslaan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Eli Ervaring met Pieter Prof" })).toBeVisible();
  await expect(page.getByText("De tandem is opgeslagen.")).toBeVisible();
  const status = page.getByRole("region", { name: "Status", exact: true });
  await expect(status.getByText("Gepland", { exact: true })).toBeVisible();
  await checkA11y();
  const tandemPage = page.url().split("#")[0];
  const tandemId = tandemPage.split("/").pop() ?? "";

  // a meeting, then the tandem starts
  const meetings = page.getByRole("region", { name: "Gesprekken" });
  await meetings.getByLabel("Datum").fill(daysFromNow(5));
  await meetings.getByLabel("Van").fill("10:00");
  await meetings.getByLabel("Tot").fill("11:00");
  await meetings.getByLabel(/^Plaats/).fill("Buurthuis De Schakel");
  await meetings.getByRole("button", { name: "Gesprek opslaan" }).click();
  await expect(page.getByText("Het gesprek is opgeslagen.")).toBeVisible();
  await expect(meetings.getByText(/Buurthuis De Schakel/)).toBeVisible();
  await checkA11y();
  await status.getByRole("button", { name: "Tandem starten" }).click();
  await expect(page.getByText("De tandem is gestart.")).toBeVisible();
  await expect(status.getByText("Loopt", { exact: true })).toBeVisible();
  await checkA11y();

  // the list shows it with its status
  await page.goto("/tandems");
  await expect(page.getByRole("link", { name: "Eli Ervaring met Pieter Prof" })).toBeVisible();
  await checkA11y();

  // the expert, on a phone: the tandem on the agenda with its next meeting; a line in the log
  const expertContext = await browser.newContext({ viewport: PHONE });
  const expert = await expertContext.newPage();
  await loginWithCode(expert, person("e2e-tandems", "expert").email);
  await expert.goto("/agenda");
  const mine = expert.getByRole("region", { name: "Mijn tandems" });
  await expect(mine.getByText(/Volgend gesprek:/)).toBeVisible();
  await checkA11y(expert);
  await mine.getByRole("link", { name: `Met Pieter Prof bij ${TANDEM_CLIENT}` }).click();
  await expect(
    expert.getByRole("heading", { level: 1, name: `Je tandem bij ${TANDEM_CLIENT}` }),
  ).toBeVisible();
  await expect(expert.getByText("Je werkt samen met Pieter Prof")).toBeVisible();
  await expect(expert.getByText(/Buurthuis De Schakel/)).toBeVisible();
  await checkA11y(expert);
  await expert.getByLabel("Nieuwe notitie").fill("Eerste brief samen gelezen: te veel moeilijke woorden.");
  await expert.getByRole("button", { name: "Notitie toevoegen" }).click();
  await expect(expert.getByText("De notitie staat in het logboek.")).toBeVisible();
  await expect(expert.getByText("Eerste brief samen gelezen: te veel moeilijke woorden.")).toBeVisible();
  await checkA11y(expert);

  // the professional, a client contact: sees the tandem and the expert's line, and adds one
  const contactContext = await browser.newContext({ viewport: PHONE });
  const contact = await contactContext.newPage();
  await loginWithCode(contact, person("e2e-tandems", "client_contact").email);
  await contact.goto("/my-requests");
  const theirs = contact.getByRole("region", { name: "Uw tandems" });
  await checkA11y(contact);
  await theirs.getByRole("link", { name: "Met ervaringsdeskundige Eli Ervaring" }).click();
  await expect(
    contact.getByRole("heading", { level: 1, name: `Uw tandem bij ${TANDEM_CLIENT}` }),
  ).toBeVisible();
  await expect(contact.getByText("Eerste brief samen gelezen: te veel moeilijke woorden.")).toBeVisible();
  await contact.getByLabel("Nieuwe notitie").fill("De brief over de huurtoeslag herschrijven we samen.");
  await contact.getByRole("button", { name: "Notitie toevoegen" }).click();
  await expect(contact.getByText("De notitie staat in het logboek.")).toBeVisible();
  await expect(contact.getByText("Aan het einde van de tandem vragen we u hoe het ging.")).toBeVisible();
  await checkA11y(contact);

  // the coordinator reads both lines and ends the tandem
  await page.goto(tandemPage);
  const log = page.getByRole("region", { name: "Logboek" });
  await expect(log.getByText("De brief over de huurtoeslag herschrijven we samen.")).toBeVisible();
  await expect(log.getByText(/Ervaringsdeskundige · Eli Ervaring/)).toBeVisible();
  await status.getByRole("button", { name: "Tandem afronden" }).click();
  await expect(page.getByText("De tandem is afgerond.")).toBeVisible();
  await checkA11y();

  // both evaluate it
  await expert.goto(`/my-tandems/${tandemId}`);
  const expertEvaluation = expert.getByRole("region", { name: "Jouw evaluatie" });
  await expertEvaluation.getByLabel("4 – goed").check();
  await expertEvaluation.getByLabel(/^Toelichting/).fill("Fijn samengewerkt.");
  await expertEvaluation.getByRole("button", { name: "Evaluatie versturen" }).click();
  await expect(expert.getByText("Dank voor de evaluatie.")).toBeVisible();
  await expect(expert.getByText("Je gaf de tandem een 4 van 5.")).toBeVisible();
  await checkA11y(expert);
  await contact.goto(`/my-tandems/${tandemId}`);
  const contactEvaluation = contact.getByRole("region", { name: "Uw evaluatie" });
  await contactEvaluation.getByLabel("5 – heel goed").check();
  await contactEvaluation.getByRole("button", { name: "Evaluatie versturen" }).click();
  await expect(contact.getByText("U gaf de tandem een 5 van 5.")).toBeVisible();
  await checkA11y(contact);

  // the coordinator sees both evaluations
  await page.goto(tandemPage);
  const evaluations = page.getByRole("region", { name: "Evaluaties" });
  await expect(evaluations.getByText("4 van 5")).toBeVisible();
  await expect(evaluations.getByText("5 van 5")).toBeVisible();
  await checkA11y();
  await expertContext.close();
  await contactContext.close();
});
