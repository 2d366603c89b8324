import { COACH, COACHING_EXPERT, SECOND } from "./coaching.data";
import { expect, loginWithCode, loginWithPassword, test } from "./fixtures";
import { PASSWORD, person } from "./people";

const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const NOTE = "We spraken over grenzen aangeven. Evi oefent met een vaste afsluiting na een inzet.";
const REFLECTION = "Herkenbaar. De afsluiting helpt me, ik schrijf nu op wat ik meeneem.";

test("a coach follows an expert's coaching; the expert reflects on her phone, chooses who reads, and sees who did", async ({
  page,
  browser,
  checkA11y,
}) => {
  test.setTimeout(240_000);
  const origin = () => new URL(page.url()).origin;
  await loginWithPassword(page, COACH.email, PASSWORD);

  // Begeleiding is a part of Pool; the empty list says what it is for
  await page.goto("/pool");
  await page.getByRole("navigation", { name: "Pool" }).getByRole("link", { name: "Begeleiding" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Begeleiding" })).toBeVisible();
  await expect(page.getByText("Nog geen begeleiding")).toBeVisible();
  await checkA11y();

  // a new trajectory: first with an end before the start, then right
  await page.getByRole("link", { name: "Nieuwe begeleiding" }).click();
  await page.getByLabel("Expert", { exact: true }).selectOption({ label: COACHING_EXPERT });
  await expect(page.getByLabel("Begeleider")).toHaveValue(/.+/);
  await page.getByLabel(/^Eindigt op/).fill(daysFromNow(-30));
  await page.getByRole("button", { name: "Begeleiding starten" }).click();
  await expect(page.getByLabel(/^Eindigt op/)).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#endsOn-error")).toContainText(
    "De einddatum moet op of na de begindatum liggen.",
  );
  await checkA11y();
  await page.getByLabel(/^Eindigt op/).fill(daysFromNow(90));
  await page.getByLabel(/^Waar gaat de begeleiding over/).fill("Stevig staan in de eerste opdrachten.");
  await page.getByRole("button", { name: "Begeleiding starten" }).click();
  await expect(page.getByRole("heading", { level: 1, name: COACHING_EXPERT })).toBeVisible();
  await expect(page.getByText("De begeleiding is gestart.")).toBeVisible();
  const trajectory = page.url().split("?")[0];

  // a goal, a meeting and a note
  const goals = page.getByRole("region", { name: "Doelen" });
  await goals.getByLabel("Nieuw doel").fill("Grenzen aangeven als een vraag te zwaar is");
  await goals.getByRole("button", { name: "Doel toevoegen" }).click();
  await expect(page.getByText("Het doel is opgeslagen.")).toBeVisible();
  await expect(goals.getByText("Grenzen aangeven als een vraag te zwaar is")).toBeVisible();
  const meetings = page.getByRole("region", { name: "Gesprekken" });
  await meetings.getByLabel("Datum").fill(daysFromNow(7));
  await meetings.getByLabel(/^Afspraken/).fill("Volgende keer bespreken we de training.");
  await meetings.getByRole("button", { name: "Gesprek opslaan" }).click();
  await expect(page.getByText("Het gesprek is opgeslagen.")).toBeVisible();
  await expect(meetings.getByText("Volgende keer bespreken we de training.")).toBeVisible();
  const notes = page.getByRole("region", { name: "Notities" });
  await notes.getByLabel("Nieuwe notitie").fill(NOTE);
  await notes.getByRole("button", { name: "Notitie opslaan" }).click();
  await expect(page.getByText("De notitie is opgeslagen.")).toBeVisible();
  await expect(notes.getByText(NOTE)).toBeVisible();
  // the coach sees who read the notes: so far only herself
  await expect(page.getByRole("region", { name: "Wie las de notities" })).toContainText(COACH.name);
  await checkA11y();

  // a second coordinator, not allowed by the expert: no note, not even how many there are
  const desk = await browser.newContext({
    locale: "nl-NL",
    timezoneId: "Europe/Amsterdam",
    baseURL: origin(),
  });
  const second = await desk.newPage();
  await loginWithPassword(second, SECOND.email, PASSWORD);
  await second.goto(trajectory);
  await expect(second.getByText("De deelnemer heeft jou geen toegang gegeven tot de notities")).toBeVisible();
  expect(await second.content()).not.toContain("vaste afsluiting");
  await expect(second.getByRole("region", { name: "Wie las de notities" })).toHaveCount(0);
  await checkA11y(second);

  // the expert on her phone: her coaching in the menu
  const phoneContext = await browser.newContext({
    viewport: { width: 360, height: 740 },
    locale: "nl-NL",
    timezoneId: "Europe/Amsterdam",
    baseURL: origin(),
  });
  const phone = await phoneContext.newPage();
  await loginWithCode(phone, person("e2e-coaching", "expert").email);
  await phone.getByRole("navigation").getByText("Menu", { exact: true }).click();
  await phone.getByRole("navigation").getByRole("link", { name: "Begeleiding" }).click();
  await expect(phone.getByRole("heading", { level: 1, name: "Begeleiding" })).toBeVisible();
  await expect(phone.getByText(`Met ${COACH.name}`)).toBeVisible();
  await expect(phone.getByRole("region", { name: "Je doelen" })).toContainText("Grenzen aangeven");
  await expect(phone.getByRole("region", { name: "Je gesprekken" })).toContainText(
    "bespreken we de training",
  );
  const myNotes = phone.getByRole("region", { name: "Notities van je begeleider" });
  await expect(myNotes.getByText(NOTE)).toBeVisible();
  await checkA11y(phone);

  // a reflection: first empty (the message stands at the field), then written
  await myNotes.getByRole("button", { name: "Reflectie opslaan" }).click();
  await expect(phone.getByLabel(/^Jouw reflectie/)).toHaveAttribute("aria-invalid", "true");
  await expect(phone.getByRole("region", { name: "Notities van je begeleider" })).toContainText(
    "Vul dit veld in.",
  );
  await checkA11y(phone);
  await phone.getByLabel(/^Jouw reflectie/).fill(REFLECTION);
  await phone.getByRole("button", { name: "Reflectie opslaan" }).click();
  await expect(phone.getByText("Je reflectie is opgeslagen.")).toBeVisible();
  await expect(phone.getByLabel(/^Jouw reflectie/)).toHaveValue(REFLECTION);

  // she lets Dirk read along, and sees who read so far: her coach, not Dirk
  const readers = phone.getByRole("region", { name: "Wie mag je notities lezen" });
  await readers.getByLabel("Wie mag ook lezen?").selectOption({ label: `${SECOND.name} (Coördinator)` });
  await readers.getByRole("button", { name: "Toestemming geven" }).click();
  await expect(phone.getByText("Je hebt toestemming gegeven.")).toBeVisible();
  await expect(readers.getByRole("cell", { name: SECOND.name })).toBeVisible();
  const log = phone.getByRole("region", { name: "Wie las je notities" });
  await expect(log).toContainText(COACH.name);
  await expect(log).not.toContainText(SECOND.name);
  await checkA11y(phone);

  // now Dirk reads the note and her reflection
  await second.goto(trajectory);
  const secondNotes = second.getByRole("region", { name: "Notities" });
  await expect(secondNotes.getByText(NOTE)).toBeVisible();
  await expect(secondNotes.getByText(REFLECTION)).toBeVisible();
  await expect(secondNotes).toContainText(`Mogen de notities ook lezen: ${SECOND.name}`);
  await checkA11y(second);

  // his read is in her read log (name and role) and under Wie las mijn gegevens
  await phone.reload();
  const logRow = phone
    .getByRole("table", { name: "Wie las je notities, nieuwste eerst" })
    .getByRole("row")
    .filter({ hasText: SECOND.name });
  await expect(logRow).toContainText("Coördinator");
  await checkA11y(phone);
  await phone.getByRole("link", { name: "Alles wat mensen van je lazen" }).click();
  const reads = phone.getByRole("table", { name: "Wie las wat, nieuwste eerst" });
  await expect(
    reads
      .getByRole("row")
      .filter({ hasText: "Notities van de begeleider" })
      .filter({ hasText: SECOND.name })
      .first(),
  ).toBeVisible();
  await checkA11y(phone);

  // she withdraws: Dirk reads nothing again
  await phone.goto("/my-coaching");
  await phone
    .getByRole("region", { name: "Wie mag je notities lezen" })
    .getByRole("button", { name: `Toestemming van ${SECOND.name} intrekken` })
    .click();
  await expect(phone.getByText("Je hebt de toestemming ingetrokken.")).toBeVisible();
  await second.goto(trajectory);
  await expect(second.getByText("De deelnemer heeft jou geen toegang gegeven tot de notities")).toBeVisible();
  expect(await second.content()).not.toContain("vaste afsluiting");

  // the coach marks the goal reached; the list shows it with the next meeting
  await page.goto(trajectory);
  await page
    .getByRole("region", { name: "Doelen" })
    .getByRole("button", { name: "Behaald: Grenzen aangeven als een vraag te zwaar is" })
    .click();
  await expect(page.getByText("De status van het doel is opgeslagen.")).toBeVisible();
  await page.goto("/coaching");
  const row = page.getByRole("row").filter({ hasText: COACHING_EXPERT });
  await expect(row).toContainText("1 van 1");
  await expect(row).toContainText(COACH.name);
  await checkA11y();
  await desk.close();
  await phoneContext.close();
});
