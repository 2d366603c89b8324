import { totpCode } from "../app/modules/accounts/totp";
import { expect, test } from "./fixtures";
import { E2E } from "./ports";

test.use({ baseURL: `http://127.0.0.1:${E2E.freshPort}` });

test("a new installation asks for a centre and its first administrator", async ({
  page,
  checkA11y,
  request,
}) => {
  const health = await request.get("/healthz");
  expect(await health.json()).toEqual({ status: "ok", database: "pglite" });

  await page.goto("/");
  await expect(page).toHaveURL(/\/setup$/);
  await expect(page.getByRole("heading", { level: 1, name: "Tandem instellen" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Voorbeeldcentrum maken" })).toBeVisible();
  await checkA11y();

  // wrong input: messages next to the fields, nothing saved
  await page.getByLabel("Naam van het centrum").fill("S");
  await page.getByLabel("Korte naam voor het adres").fill("Niet Goed");
  await page.getByLabel("E-mailadres").fill("geen-adres");
  await page.getByLabel("Wachtwoord").fill("kort");
  await page.getByRole("button", { name: "Centrum aanmaken" }).click();
  await expect(
    page.locator(".field__error").getByText("Gebruik alleen kleine letters, cijfers en streepjes."),
  ).toBeVisible();
  await expect(
    page.locator(".field__error").getByText("Kies een wachtwoord van minstens 10 tekens."),
  ).toBeVisible();
  await expect(page.getByLabel("Korte naam voor het adres")).toHaveAttribute("aria-invalid", "true");
  await checkA11y();

  await page.getByLabel("Naam van het centrum").fill("Sterk uit Armoede Oost");
  await page.getByLabel("Korte naam voor het adres").fill("sterk-oost");
  await page.getByLabel("Uw naam").fill("Sanne de Vries");
  await page.getByLabel("E-mailadres").fill("sanne@sterk-oost.example");
  await page.getByLabel("Wachtwoord").fill("1234567890");
  await page.getByRole("button", { name: "Centrum aanmaken" }).click();
  await expect(page.getByText("Dit wachtwoord staat op een lijst van veelgebruikte").first()).toBeVisible();
  await checkA11y();
  await page.getByLabel("Wachtwoord").fill("een lange zin als wachtwoord");
  await page.getByRole("button", { name: "Centrum aanmaken" }).click();

  // the first administrator sets up two-factor sign-in before anything else
  await expect(page).toHaveURL(/\/login\/enrol/);
  await page.getByLabel("Uw wachtwoord", { exact: true }).fill("een lange zin als wachtwoord");
  await page.getByRole("button", { name: "Verder" }).click();
  const secret = ((await page.getByTestId("totp-secret").textContent()) ?? "").replaceAll(" ", "");
  await page.getByLabel("Vul de code uit de app in").fill(totpCode(secret));
  await page.getByRole("button", { name: "Bevestigen" }).click();

  await expect(page).toHaveURL(/\/start$/);
  await expect(page.getByRole("banner").getByRole("link", { name: /^Sterk uit Armoede Oost/ })).toBeVisible();
  await checkA11y();

  // the setup page is gone once a centre exists
  await page.goto("/setup");
  await expect(page).not.toHaveURL(/\/setup$/);
});
