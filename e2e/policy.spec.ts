import { expect, loginWithPassword, test } from "./fixtures";
import { PASSWORD, person } from "./people";
import { POLICY_CLIENT } from "./policy.data";

const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const STATEMENT =
  "Dit nieuwe beleid was niet tot stand gekomen zonder de inzichten en input van de ervaringsdeskundigen";

test("a coordinator follows a policy trajectory with a municipality, and its statement reaches the impact quotes", async ({
  page,
  checkA11y,
}) => {
  test.setTimeout(180_000);
  await loginWithPassword(page, person("e2e-policy", "coordinator").email, PASSWORD);

  // Beleid is a part of Inzet; the empty list says what it is for
  await page.goto("/requests");
  await page.getByRole("navigation", { name: "Inzet" }).getByRole("link", { name: "Beleid" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Beleid" })).toBeVisible();
  await expect(page.getByText("Nog geen beleidstrajecten")).toBeVisible();
  await checkA11y();

  // a new trajectory: first without a topic, then whole
  await page.getByRole("link", { name: "Nieuw traject" }).click();
  await page.getByLabel("Gemeente").selectOption({ label: POLICY_CLIENT });
  await page.getByRole("button", { name: "Traject starten" }).click();
  await expect(page.getByLabel(/^Onderwerp/)).toHaveAttribute("aria-invalid", "true");
  await checkA11y();
  await page.getByLabel("Gemeente").selectOption({ label: POLICY_CLIENT });
  await page.getByLabel(/^Onderwerp/).fill("Toegankelijke brieven");
  await page.getByLabel(/^Beschrijving/).fill("Brieven van de gemeente in gewone taal.");
  await page.getByRole("button", { name: "Traject starten" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Toegankelijke brieven" })).toBeVisible();
  await expect(page.getByText("Het traject is gestart.")).toBeVisible();
  await checkA11y();

  // experts: the one who waited longest comes first
  const participants = page.getByRole("region", { name: "Deelnemende experts" });
  const choose = participants.getByLabel("Expert toevoegen");
  await expect(choose.locator("option").first()).toHaveText("Lotte de Wit (laatste inzet: nog nooit)");
  await participants.getByRole("button", { name: "Toevoegen" }).click();
  await expect(page.getByText("De expert doet mee.")).toBeVisible();
  await expect(participants.getByLabel("Expert toevoegen").locator("option").first()).toHaveText(
    /^Mees Jansen/,
  );
  await participants.getByRole("button", { name: "Toevoegen" }).click();
  await expect(participants.getByRole("cell", { name: "Mees Jansen" })).toBeVisible();
  await checkA11y();

  // a session with who was there
  const sessions = page.getByRole("region", { name: "Sessies" });
  await sessions.getByLabel("Onderwerp").fill("Welke brief snapt niemand?");
  await sessions.getByLabel("Datum").fill(daysFromNow(7));
  await sessions.getByLabel("Van").fill("14:00");
  await sessions.getByLabel("Tot").fill("16:00");
  await sessions.getByLabel(/^Plaats/).fill("Stadhuis Waterland");
  await sessions.getByLabel("Lotte de Wit").check();
  await sessions.getByRole("button", { name: "Sessie opslaan" }).click();
  await expect(page.getByText("De sessie is opgeslagen.")).toBeVisible();
  await expect(sessions.getByRole("cell", { name: "Lotte de Wit" })).toBeVisible();
  await checkA11y();

  // a contribution by one expert at that session
  const contributions = page.getByRole("region", { name: "Inbreng" });
  await contributions.getByLabel("Wat brachten ze in?").fill("Zet het bedrag en de datum bovenaan de brief.");
  await contributions.getByLabel(/^Van/).selectOption({ label: "Lotte de Wit" });
  await contributions.getByLabel(/^Bij sessie/).selectOption({ label: "Welke brief snapt niemand?" });
  await contributions.getByRole("button", { name: "Inbreng opslaan" }).click();
  await expect(page.getByText("De inbreng is opgeslagen.")).toBeVisible();
  await expect(contributions.getByText("Zet het bedrag en de datum bovenaan de brief.")).toBeVisible();

  // the phase moves on, with who did it
  const phase = page.getByRole("region", { name: "Fase", exact: true });
  await phase.getByLabel("Nieuwe fase").selectOption({ label: "Ontwerpen" });
  await phase.getByLabel(/^Toelichting/).fill("Na de eerste sessie");
  await phase.getByRole("button", { name: "Fase opslaan" }).click();
  await expect(page.getByText("De fase is opgeslagen.")).toBeVisible();
  await expect(phase.getByText("Verkennen → Ontwerpen · Na de eerste sessie")).toBeVisible();
  await expect(phase.getByText("Bea Beleid").first()).toBeVisible();
  await checkA11y();

  // what changed in the policy, and the municipality's statement with consent
  const changes = page.getByRole("region", { name: "Wat veranderde in het beleid" });
  await changes.getByLabel("Wat veranderde?").fill("Alle brieven over de minimaregeling zijn herschreven.");
  await changes.getByLabel(/^Bron/).fill("Besluit college");
  await changes.getByRole("button", { name: "Verandering opslaan" }).click();
  await expect(page.getByText("De verandering is opgeslagen.")).toBeVisible();
  const statements = page.getByRole("region", { name: "Uitspraken van de gemeente" });
  await statements.getByLabel("Uitspraak").fill(STATEMENT);
  await statements.getByLabel(/^Wie zei het/).fill("Wethouder Sociaal Domein");
  await statements.getByLabel("De gemeente geeft toestemming om dit te tonen").check();
  await statements.getByRole("button", { name: "Uitspraak opslaan" }).click();
  await expect(page.getByText("De uitspraak is opgeslagen.")).toBeVisible();
  await checkA11y();
  const trajectory = page.url().split("#")[0];

  // the statement stands among the impact quotes, with the municipality and the topic
  await page.goto("/impact");
  const quotes = page.getByRole("region", { name: "Wat opdrachtgevers zeggen" });
  await expect(quotes.getByText(STATEMENT)).toBeVisible();
  await expect(quotes.getByText(/Gemeente Waterland over Toegankelijke brieven/)).toBeVisible();
  await expect(quotes.getByText("Wethouder")).toHaveCount(0);
  await checkA11y();

  // consent withdrawn: the statement is gone from the quotes
  await page.goto(trajectory);
  await page
    .getByRole("region", { name: "Uitspraken van de gemeente" })
    .getByRole("button", { name: "Toestemming intrekken" })
    .click();
  await expect(page.getByText("De toestemming is opgeslagen.")).toBeVisible();
  await page.goto("/impact");
  await expect(
    page.getByRole("region", { name: "Wat opdrachtgevers zeggen" }).getByText(STATEMENT),
  ).toHaveCount(0);
});
