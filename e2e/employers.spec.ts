import { expect, loginWithPassword, test } from "./fixtures";
import { PASSWORD, person } from "./people";

const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

test("a coordinator follows an employer from the first information to the checklist", async ({
  page,
  checkA11y,
}) => {
  test.setTimeout(180_000);
  await loginWithPassword(page, person("e2e-employers", "coordinator").email, PASSWORD);
  const menu = page.getByRole("navigation", { name: "Hoofdmenu" });

  // an empty list says what it is for
  await menu.getByRole("link", { name: "Werkgevers" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Werkgevers" })).toBeVisible();
  await expect(page.getByText("Er zijn nog geen werkgevers.")).toBeVisible();
  await checkA11y();

  // a new employer: first without a name, then whole, with a next step that is already late
  await page.getByRole("link", { name: "Werkgever toevoegen" }).click();
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.locator(".field__error").getByText("Vul dit veld in.")).toBeVisible();
  await expect(page.getByLabel("Naam van de organisatie")).toHaveAttribute("aria-invalid", "true");
  await checkA11y();
  await page.getByLabel("Naam van de organisatie").fill("Woonstichting De Lage Landen");
  await page.getByLabel("Soort organisatie").selectOption({ label: "Woningcorporatie" });
  await page.getByLabel("Fase nu").selectOption({ label: "Denkt erover na" });
  await page.getByLabel(/^Contactpersoon/).fill("R. Yilmaz");
  await page.getByLabel("Informatiebijeenkomst gehouden op").fill(daysFromNow(-30));
  await page.getByLabel("Volgende stap").fill("Tweede gesprek plannen");
  await page.getByLabel("Uiterlijk op").fill(daysFromNow(-2));
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Woonstichting De Lage Landen" })).toBeVisible();
  await expect(page.getByText("De werkgever is toegevoegd.")).toBeVisible();
  await checkA11y();

  // the late step is on the start page
  await menu.getByRole("link", { name: "Start" }).click();
  const late = page.getByRole("region", { name: "Werkgevers: te laat" });
  await expect(late.getByRole("link", { name: "Woonstichting De Lage Landen" })).toBeVisible();
  await expect(late.getByText("Tweede gesprek plannen")).toBeVisible();
  await checkA11y();
  await late.getByRole("link", { name: "Woonstichting De Lage Landen" }).click();

  // the employer decides: a new stage with what happened and the next step
  const stage = page.getByRole("region", { name: "Fase en volgende stap" });
  await stage.getByLabel(/^Fase/).selectOption({ label: "Besloten" });
  await stage.getByLabel("Volgende stap").fill("Functieprofiel samen opstellen");
  await stage.getByLabel("Uiterlijk op").fill(daysFromNow(14));
  await stage.getByLabel("Wat is er gebeurd?").fill("Het MT heeft ja gezegd.");
  await stage.getByRole("button", { name: "Fase en stap opslaan" }).click();
  await expect(page.getByText("De fase en de volgende stap zijn opgeslagen.")).toBeVisible();
  const history = page.getByRole("region", { name: "Geschiedenis" });
  await expect(history.getByText("Van Denkt erover na naar Besloten")).toBeVisible();
  await expect(history.getByText("Het MT heeft ja gezegd.")).toBeVisible();
  await expect(history.getByText("Wim Werk").first()).toBeVisible();
  await checkA11y();

  // the checklist: two steps, each with who changed it and when
  await page.getByRole("link", { name: "Checklist invullen" }).click();
  await checkA11y();
  const room = page.getByRole("group", { name: "Ruimte voor intervisie in werktijd" });
  const profile = page.getByRole("group", { name: "Functieprofiel" });
  await room.getByLabel("Hoe staat het?").selectOption({ label: "Kan niet" });
  await room.getByLabel("Toelichting").fill("Alleen buiten werktijd");
  await profile.getByLabel("Hoe staat het?").selectOption({ label: "Klaar" });
  await page.getByRole("button", { name: "Checklist opslaan" }).click();
  await expect(page.getByText("De checklist is opgeslagen.")).toBeVisible();
  const checklist = page.getByRole("region", { name: "Checklist voor het invoeren" });
  await expect(checklist.getByText("1 van 7 stappen zijn klaar.")).toBeVisible();
  const roomRow = checklist.getByRole("row", { name: /Ruimte voor intervisie/ });
  await expect(roomRow.getByText("Kan niet")).toBeVisible();
  await expect(roomRow.getByText(/Wim Werk/)).toBeVisible();
  await checkA11y();

  // the centre adds a step of its own; the same step twice is refused
  await menu.getByRole("link", { name: "Werkgevers" }).click();
  await expect(
    page.getByRole("row", { name: /Woonstichting De Lage Landen/ }).getByText("1 van 7"),
  ).toBeVisible();
  await page.getByRole("link", { name: "Checklist aanpassen" }).click();
  await page.getByLabel("Naam van de stap").fill("Werkplek ingericht");
  await page.getByRole("button", { name: "Stap toevoegen" }).click();
  await expect(page.getByRole("rowheader", { name: "Werkplek ingericht" })).toBeVisible();
  await page.getByLabel("Naam van de stap").fill("werkplek ingericht");
  await page.getByRole("button", { name: "Stap toevoegen" }).click();
  await expect(page.locator(".field__error").getByText("Deze stap staat al op de checklist.")).toBeVisible();
  await checkA11y();

  // the pipeline: the chart's table links to the employers of a stage
  await menu.getByRole("link", { name: "Werkgevers" }).click();
  const pipeline = page.getByRole("region", { name: "Waar staan de werkgevers?" });
  await expect(pipeline.getByRole("img")).toBeVisible();
  await pipeline
    .getByRole("row", { name: /Besloten/ })
    .getByRole("link")
    .click();
  await expect(page.getByRole("combobox", { name: /^Fase/ })).toHaveValue("decided");
  await expect(page.getByRole("link", { name: "Woonstichting De Lage Landen" })).toBeVisible();
  await checkA11y();
});
