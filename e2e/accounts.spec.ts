import { totpCode } from "../app/modules/accounts/totp";
import { expect, loginWithPassword, test } from "./fixtures";
import { PASSWORD, person } from "./people";

const admin = person("e2e-accounts", "admin");
const coordinator = person("e2e-accounts", "coordinator");
const otherCentresAdmin = person("e2e-pool", "admin");

test("an admin sets up two-factor sign-in at the first sign-in, then manages the users", async ({
  page,
  checkA11y,
}) => {
  // the password alone is not enough: an admin without two-factor sign-in sets it up before anything else
  await page.goto("/login");
  await page.getByLabel("E-mailadres").fill(admin.email);
  await page.getByLabel("Wachtwoord").fill(PASSWORD);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page).toHaveURL(/\/login\/enrol/);
  await expect(page.getByRole("heading", { level: 1, name: "Tweestapsverificatie instellen" })).toBeVisible();
  await checkA11y();
  await page.goto("/users");
  await expect(page).toHaveURL(/\/login\/enrol/);

  await page.getByLabel("Uw wachtwoord", { exact: true }).fill("niet het goede wachtwoord");
  await page.getByRole("button", { name: "Verder" }).click();
  await expect(page.getByText("Dit wachtwoord klopt niet.").first()).toBeVisible();
  await page.getByLabel("Uw wachtwoord", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Verder" }).click();
  // the QR code (drawn on the server) and the key as text for typing over
  await expect(
    page.getByRole("img", { name: "QR-code om te scannen met uw authenticator-app" }),
  ).toBeVisible();
  const secret = ((await page.getByTestId("totp-secret").textContent()) ?? "").replaceAll(" ", "");
  await expect(page.getByRole("link", { name: "Of open deze link op uw telefoon" })).toHaveAttribute(
    "href",
    new RegExp(`^otpauth://totp/.*secret=${secret}`),
  );
  await checkA11y();
  // a wrong code: the message, and the same key stays on the page to try again
  await page
    .getByLabel("Vul de code uit de app in")
    .fill(totpCode(secret) === "000000" ? "111111" : "000000");
  await page.getByRole("button", { name: "Bevestigen" }).click();
  await expect(page.getByText("Deze code klopt niet. Probeer het opnieuw.").first()).toBeVisible();
  expect(((await page.getByTestId("totp-secret").textContent()) ?? "").replaceAll(" ", "")).toBe(secret);
  await checkA11y();
  await page.getByLabel("Vul de code uit de app in").fill(totpCode(secret));
  await page.getByRole("button", { name: "Bevestigen" }).click();
  await expect(page).toHaveURL(/\/users/);
  await checkA11y();

  await expect(page.getByRole("heading", { level: 1, name: "Gebruikers" })).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(coordinator.name) })).toContainText("Coördinator");
  await expect(page.getByRole("row", { name: new RegExp(admin.name) })).toContainText("Aan");

  // wrong input: messages next to the fields
  await page.getByLabel("E-mailadres").fill("geen-adres");
  await page.getByRole("button", { name: "Toevoegen", exact: true }).click();
  await expect(page.getByText("Vul een geldig e-mailadres in").first()).toBeVisible();
  await checkA11y();

  // a common password is refused, next to the field
  await page.getByLabel("Naam", { exact: true }).fill("Dirk Nieuw");
  await page.getByLabel("E-mailadres").fill("dirk@accounts.example");
  await page.getByLabel("Rol", { exact: true }).selectOption("coordinator");
  await page.getByLabel("Eerste wachtwoord").fill("1234567890");
  await page.getByRole("button", { name: "Toevoegen", exact: true }).click();
  await expect(page.getByText("Dit wachtwoord staat op een lijst van veelgebruikte").first()).toBeVisible();
  await expect(page.getByLabel("Eerste wachtwoord")).toHaveAttribute("aria-invalid", "true");
  await checkA11y();

  await page.getByLabel("Naam", { exact: true }).fill("Dirk Nieuw");
  await page.getByLabel("E-mailadres").fill("dirk@accounts.example");
  await page.getByLabel("Rol", { exact: true }).selectOption("coordinator");
  await page.getByLabel("Eerste wachtwoord").fill("een eerste wachtwoord");
  await page.getByRole("button", { name: "Toevoegen", exact: true }).click();
  await expect(page.getByText("De medewerker is toegevoegd.")).toBeVisible();
  await expect(page.getByRole("row", { name: /Dirk Nieuw/ })).toContainText("dirk@accounts.example");
  await checkA11y();

  // someone with an account in another centre is invited, not added
  await page.getByLabel("Naam", { exact: true }).fill("Bea Beheer");
  await page.getByLabel("E-mailadres").fill(otherCentresAdmin.email);
  await page.getByLabel("Rol", { exact: true }).selectOption("coordinator");
  await page.getByRole("button", { name: "Toevoegen", exact: true }).click();
  await expect(page.getByText("We hebben een uitnodiging per e-mail gestuurd.")).toBeVisible();
  await expect(page.getByRole("row", { name: /Bea Beheer/ })).toHaveCount(0);
  await expect(page.getByText(`${otherCentresAdmin.email} als Coördinator`)).toBeVisible();
  await checkA11y();

  // the new coordinator becomes an admin, then is removed from the centre
  await page.getByLabel("Nieuwe rol voor Dirk Nieuw").selectOption("admin");
  await page.getByRole("button", { name: /Rol wijzigen\s+Dirk Nieuw/ }).click();
  await expect(page.getByText("De rol is gewijzigd.")).toBeVisible();
  await expect(page.getByRole("row", { name: /Dirk Nieuw/ })).toContainText("Beheerder");
  await page.getByRole("button", { name: "Dirk Nieuw verwijderen uit dit centrum" }).click();
  await expect(page.getByText("Deze persoon kan niet meer inloggen bij dit centrum.")).toBeVisible();
  await expect(page.getByRole("row", { name: /Dirk Nieuw/ })).toHaveCount(0);

  // the last admin cannot step down
  await page.getByLabel(`Nieuwe rol voor ${admin.name}`).selectOption("coordinator");
  await page.getByRole("button", { name: new RegExp(`Rol wijzigen\\s+${admin.name}`) }).click();
  await expect(page.getByText("Dit kan niet. Er moet altijd minstens één beheerder zijn.")).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(admin.name) })).toContainText("Beheerder");
  await checkA11y();

  // two-factor sign-in: the key is shown as text, the code comes from "the app" (computed here)
  // "Mijn account" is the person's name in the page header
  await page.goto("/start");
  await page
    .getByRole("banner")
    .getByRole("link", { name: `Mijn account: ${admin.name}` })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Mijn account" })).toBeVisible();
  await expect(page.getByText("Tweestapsverificatie staat aan.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Wachtwoord veranderen" })).toBeVisible();
  await checkA11y();

  // sign out and in again: now the code from the app is asked after the password
  await page.getByRole("button", { name: "Uitloggen" }).click();
  await page.goto("/login");
  await page.getByLabel("E-mailadres").fill(admin.email);
  await page.getByLabel("Wachtwoord").fill(PASSWORD);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page).toHaveURL(/\/login\/two-factor/);
  await expect(page.getByRole("heading", { level: 1, name: "Tweestapsverificatie" })).toBeVisible();
  await checkA11y();
  await page.getByLabel("Code", { exact: true }).fill(totpCode(secret));
  await page.getByRole("button", { name: "Controleren" }).click();
  await expect(page).toHaveURL(/\/start/);
});

test("a coordinator may not manage users but has an account page", async ({ page, checkA11y }) => {
  await loginWithPassword(page, coordinator.email, PASSWORD);
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Beheer" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Instellingen" })).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: "Exporteren" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Gebruikers" })).toHaveCount(0);
  const response = await page.goto("/users");
  expect(response?.status()).toBe(403);
  await checkA11y();
  await page.goto("/start");
  await page
    .getByRole("banner")
    .getByRole("link", { name: `Mijn account: ${coordinator.name}` })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Mijn account" })).toBeVisible();
  await expect(page.getByText(coordinator.email)).toBeVisible();
  await checkA11y();
});
