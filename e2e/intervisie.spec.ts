import { expect, loginWithCode, loginWithPassword, test } from "./fixtures";
import { INTERVISIE } from "./intervisie.data";
import { PASSWORD, person } from "./people";

const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

test("a coordinator plans intervisie, an expert signs up on the phone, and the coordinator sees who missed the last two", async ({
  page,
  checkA11y,
}) => {
  test.setTimeout(180_000);
  const coordinator = person("e2e-intervisie", "coordinator");
  const expert = person("e2e-intervisie", "expert");
  await loginWithPassword(page, coordinator.email, PASSWORD);

  // Intervisie is a part of Pool; nobody missed two recorded sessions yet, one employer has no room
  await page.goto("/pool");
  await page.getByRole("navigation", { name: "Pool" }).getByRole("link", { name: "Intervisie" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Intervisie" })).toBeVisible();
  const missed = page.getByRole("region", { name: "Twee keer niet geweest" });
  await expect(
    missed.getByText("Iedereen met werk was er minstens één van de laatste twee keer."),
  ).toBeVisible();
  const noRoom = page.getByRole("region", { name: "Geen ruimte in werktijd" });
  await expect(noRoom.getByRole("link", { name: INTERVISIE.employer })).toBeVisible();
  await expect(noRoom.getByText("Alleen buiten werktijd")).toBeVisible();
  await checkA11y();

  // a new group: first without a name or region (the Dutch messages), then whole
  await page.getByRole("link", { name: "Nieuwe groep" }).click();
  await page.getByRole("button", { name: "Groep maken" }).click();
  await expect(page.getByLabel(/^Naam van de groep/)).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator(".field__error").getByText("Vul dit veld in.")).toBeVisible();
  await checkA11y();
  await page.getByLabel(/^Naam van de groep/).fill("Intervisie Zuid");
  await page.getByRole("radio", { name: "Regio" }).check();
  await page.getByRole("button", { name: "Groep maken" }).click();
  await expect(page.getByRole("textbox", { name: "Regio" })).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator(".field__error").getByText("Vul de regio in.")).toBeVisible();
  await page.getByRole("textbox", { name: "Regio" }).fill("Zuid");
  await page.getByRole("button", { name: "Groep maken" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Intervisie Zuid" })).toBeVisible();
  await expect(page.getByText("De groep is gemaakt.")).toBeVisible();
  await checkA11y();

  // two experts in the group
  const members = page.getByRole("region", { name: "Experts in de groep" });
  await members.getByLabel("Expert toevoegen").selectOption({ label: "Ilse Ervaring" });
  await members.getByRole("button", { name: "Toevoegen" }).click();
  await expect(page.getByText("De expert zit nu in de groep.")).toBeVisible();
  await members.getByLabel("Expert toevoegen").selectOption({ label: INTERVISIE.employed });
  await members.getByRole("button", { name: "Toevoegen" }).click();
  await expect(members.getByText(INTERVISIE.employed)).toBeVisible();
  await checkA11y();

  // a session in five days
  const sessions = page.getByRole("region", { name: "Bijeenkomsten", exact: true });
  await sessions.getByLabel("Datum", { exact: true }).fill(daysFromNow(5));
  await sessions.getByLabel("Van", { exact: true }).fill("10:00");
  await sessions.getByLabel("Tot", { exact: true }).fill("12:00");
  await sessions.getByLabel(/^Plaats/).fill("Buurthuis Zuid");
  await sessions.getByLabel("Methode", { exact: true }).selectOption({ label: "Balintmethode" });
  await sessions.getByLabel(/^Of: naam van een begeleider/).fill("Ria Begeleider");
  await sessions.getByRole("button", { name: "Plannen" }).click();
  await expect(page.getByText("De bijeenkomst is gepland.")).toBeVisible();
  await expect(
    page.getByRole("heading", { level: 1, name: "Bijeenkomst van Intervisie Zuid" }),
  ).toBeVisible();
  await checkA11y();

  // the expert on a 360 px phone: signs up, off, and on again
  await page.context().clearCookies();
  await page.setViewportSize({ width: 360, height: 760 });
  await loginWithCode(page, expert.email);
  await page.goto("/my-intervisie");
  await expect(page.getByRole("heading", { level: 1, name: "Intervisie" })).toBeVisible();
  const card = page.locator(".card", { hasText: "Intervisie Zuid" });
  await expect(card.getByText("Je bent nog niet aangemeld.")).toBeVisible();
  await expect(card.getByText("Methode: Balintmethode · Begeleider: Ria Begeleider")).toBeVisible();
  await checkA11y();
  await card.getByRole("button", { name: /^Aanmelden voor Intervisie Zuid/ }).click();
  await expect(page.getByText("Je bent aangemeld. Je krijgt de dag ervoor een herinnering.")).toBeVisible();
  await expect(card.getByText("Je bent aangemeld.", { exact: true })).toBeVisible();
  await card.getByRole("button", { name: /^Afmelden voor Intervisie Zuid/ }).click();
  await expect(card.getByText("Je bent afgemeld.", { exact: true })).toBeVisible();
  await checkA11y();
  await card.getByRole("button", { name: /^Aanmelden voor Intervisie Zuid/ }).click();
  await expect(card.getByText("Je bent aangemeld.", { exact: true })).toBeVisible();
  await checkA11y();
  // on the agenda too
  await page.goto("/agenda");
  await expect(
    page.getByRole("region", { name: "Intervisie" }).getByText("Bijeenkomst van Intervisie Zuid"),
  ).toBeVisible();
  await checkA11y();

  // the coordinator sees the sign-up and writes down who was at the employer group's last session
  await page.context().clearCookies();
  await page.setViewportSize({ width: 1280, height: 800 });
  await loginWithPassword(page, coordinator.email, PASSWORD);
  await page.goto("/intervisie");
  const upcoming = page.getByRole("region", { name: "Komende bijeenkomsten" });
  await upcoming.getByRole("link", { name: "Intervisie Zuid" }).click();
  await expect(page.getByRole("region", { name: "Aanmeldingen" }).getByText(/^Aangemeld op/)).toBeVisible();
  await checkA11y();
  await page.goto("/intervisie");
  await page
    .getByRole("region", { name: "Groepen" })
    .getByRole("link", { name: INTERVISIE.employerGroup })
    .click();
  await page
    .getByRole("region", { name: "Bijeenkomsten" })
    .getByRole("link", { name: "Bekijk" })
    .first()
    .click();
  const attendance = page.getByRole("region", { name: "Wie was er?" });
  await expect(attendance.getByLabel("Kim Kader")).toBeChecked();
  await expect(attendance.getByLabel(INTERVISIE.employed)).not.toBeChecked();
  await attendance.getByRole("button", { name: "Aanwezigheid opslaan" }).click();
  await expect(page.getByText("De aanwezigheid is opgeslagen.")).toBeVisible();
  await checkA11y();

  // Jan works at the employer and missed both recorded sessions
  await page.goto("/intervisie");
  const list = page.getByRole("region", { name: "Twee keer niet geweest" });
  await expect(list.getByRole("link", { name: INTERVISIE.employed })).toBeVisible();
  await expect(list.getByText(INTERVISIE.employer)).toBeVisible();
  await expect(list.getByText("Kim Kader")).toHaveCount(0);
  await checkA11y();
});
