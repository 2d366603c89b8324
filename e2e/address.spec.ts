import { expect, loginWithCode, test } from "./fixtures";
import { person } from "./people";

test("experts are addressed with 'je' and client contacts with 'u', on the page and in the mail", async ({
  page,
  checkA11y,
}) => {
  // the expert: "je" in the sign-in mail and on Mijn inzet
  const expertMail = await loginWithCode(page, person("e2e-address", "expert").email);
  expect(expertMail).toContain("Je inlogcode is:");
  expect(expertMail).toContain("Heb je niet om een code gevraagd?");
  expect(expertMail).not.toContain("Uw inlogcode");
  await expect(
    page.getByText("Hier zie je nieuwe vragen, wat je gaat doen en wat je al deed."),
  ).toBeVisible();
  await page.getByRole("link", { name: "Bekijk: Workshop voor buren" }).click();
  await expect(page.getByText("Bevestigd. Je gaat dit doen.")).toBeVisible();
  await checkA11y();
  await page.context().clearCookies();

  // the client contact: "u" in the sign-in mail and on their requests
  const contactMail = await loginWithCode(page, person("e2e-address", "client_contact").email);
  expect(contactMail).toContain("Uw inlogcode is:");
  expect(contactMail).toContain("Heeft u niet om een code gevraagd?");
  expect(contactMail).not.toContain("Je inlogcode");
  await expect(page).toHaveURL(/\/my-requests/);
  await expect(page.getByRole("table", { name: "Uw aanvragen, nieuwste eerst" })).toContainText(
    "Workshop voor buren",
  );
  await page.getByRole("link", { name: "Nieuwe aanvraag sturen" }).click();
  await expect(page.getByText(/\b(je|jij|jouw)\b/i)).toHaveCount(0);
  await checkA11y();
});
