import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, lastMailTo, loginWithPassword, test } from "./fixtures";
import { MATCHING_IDS } from "./matching.data";
import { journeyCentres, PASSWORD } from "./people";

const people = journeyCentres.find((c) => c.slug === "e2e-matching")?.people ?? [];
const coordinator = people.find((p) => p.role === "coordinator")!;
const [fatima, jan] = people.filter((p) => p.role === "expert");
const contact = people.find((p) => p.role === "client_contact")!;
const matchUrl = `/requests/${MATCHING_IDS.request}/match`;
const asked = (page: Page, name: RegExp) =>
  page
    .getByRole("table", { name: "Gevraagde ervaringsdeskundigen en hun antwoord" })
    .getByRole("row", { name });

async function loginWithCode(page: Page, email: string) {
  const since = Date.now();
  await page.goto("/login/code");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByRole("button", { name: "Stuur mij een code" }).click();
  const code = (await lastMailTo(email, since)).match(/(?:Uw|Je) inlogcode is: (\d{6})/)?.[1] ?? "";
  expect(code).toMatch(/^\d{6}$/);
  await page.getByLabel("Code uit de mail").fill(code);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page).toHaveURL(/\/agenda$/);
}

test("the coordinator offers, an expert accepts on a phone, the other sees it filled, the client gets a calendar file", async ({
  page,
  checkA11y,
}) => {
  const start = Date.now();
  // the coordinator sees the pool ranked with reasons and asks both experts
  await loginWithPassword(page, coordinator.email, PASSWORD);
  await page.goto(matchUrl);
  await expect(page.getByRole("heading", { level: 1, name: /Koppelen: aanvraag/ })).toBeVisible();
  const fatimaRow = page.getByRole("row", { name: /Fatima Yilmaz/ });
  await expect(fatimaRow).toContainText("2 van 2 thema's");
  await expect(fatimaRow).toContainText("doet workshop");
  await expect(fatimaRow).toContainText("0 km");
  await expect(fatimaRow).toContainText("deze maand 0 keer, dit kwartaal 0 keer");
  await checkA11y();
  // nobody chosen: a message, nothing sent
  await page.getByRole("button", { name: "Vraag de gekozen mensen" }).click();
  await expect(
    page.locator(".field__error").getByText("Kies minstens één ervaringsdeskundige."),
  ).toBeVisible();
  await checkA11y();
  await page.getByLabel("Kies Fatima Yilmaz").check();
  await page.getByLabel("Kies Jan de Boer").check();
  await page.getByRole("button", { name: "Vraag de gekozen mensen" }).click();
  await expect(page.getByText("De vraag is verstuurd naar 2 mensen.")).toBeVisible();
  await expect(asked(page, /Jan de Boer/)).toContainText("Gevraagd, nog geen antwoord");
  await checkA11y();
  const offerLink = (await lastMailTo(fatima.email, start)).match(
    /https?:\/\/[^\s"<]+\/login\/code\?[^\s"<]+/,
  )?.[0];
  const offerUrl = new URL(offerLink ?? "http://missing/");
  expect(offerUrl.searchParams.get("next")).toMatch(/^\/agenda\/[0-9a-f-]{36}$/);
  await page.context().clearCookies();

  // Fatima answers on her phone, from the link in the mail: her address is filled in, and after the
  // code she lands on the offer (not on the staff password page)
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(offerUrl.pathname + offerUrl.search);
  await expect(page.getByLabel("E-mailadres")).toHaveValue(fatima.email);
  // the centre is named in the link: its own header, not Tandem's
  expect(offerUrl.searchParams.get("centre")).toBe("e2e-matching");
  await expect(page.getByRole("banner")).toContainText("Centrum Koppelen");
  await checkA11y();
  const since = Date.now();
  await page.getByRole("button", { name: "Stuur mij een code" }).click();
  const code = (await lastMailTo(fatima.email, since)).match(/Je inlogcode is: (\d{6})/)?.[1] ?? "";
  await page.getByLabel("Code uit de mail").fill(code);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page).toHaveURL(new RegExp(`${offerUrl.searchParams.get("next")}$`));
  await expect(page.getByRole("heading", { level: 1, name: "Workshop over schulden" })).toBeVisible();
  await expect(page.getByText("Gemeente Assen")).toBeVisible();
  await expect(page.getByText("Alleen voor coördinatoren")).toHaveCount(0);
  await checkA11y();
  await page.getByRole("button", { name: "Ja, ik doe het" }).click();
  await expect(page.getByText("Dank je wel! Je zei ja.")).toBeVisible();
  await checkA11y();
  const fatimaAssignment = new URL(page.url()).pathname;
  expect(await lastMailTo(jan.email, start)).toMatch(/Subject: Vervuld/);
  await page.context().clearCookies();

  // Jan sees that the request is filled
  await loginWithCode(page, jan.email);
  await expect(page.getByText("Vervuld. Er zijn al genoeg mensen. Dank je wel!")).toBeVisible();
  await checkA11y();
  await page.getByRole("link", { name: /Bekijk: Workshop over schulden/ }).click();
  await expect(page.getByRole("button", { name: "Ja, ik doe het" })).toHaveCount(0);
  await checkA11y();
  await page.context().clearCookies();

  // the coordinator confirms; the client contact gets the confirmation with a calendar file
  await page.setViewportSize({ width: 1280, height: 800 });
  await loginWithPassword(page, coordinator.email, PASSWORD);
  await page.goto(matchUrl);
  await page.getByRole("button", { name: "Bevestig Fatima Yilmaz" }).click();
  await expect(page.getByText("Bevestigd.", { exact: true })).toBeVisible();
  await expect(asked(page, /Jan de Boer/)).toContainText("Vervuld, niet meer nodig");
  await expect(asked(page, /Fatima Yilmaz/)).toContainText("Bevestigd");
  await checkA11y();
  const confirmation = await lastMailTo(contact.email, start);
  expect(confirmation).toContain("Bevestiging aanvraag");
  expect(confirmation).toContain("Fatima");
  expect(confirmation).toContain("text/calendar");
  await page.context().clearCookies();

  // Fatima puts it in her calendar
  await page.setViewportSize({ width: 360, height: 740 });
  await loginWithCode(page, fatima.email);
  await page.goto(fatimaAssignment.split("?")[0]);
  await expect(page.getByText("Bevestigd. Je gaat dit doen.")).toBeVisible();
  await checkA11y();
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Zet in mijn agenda (.ics)" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.ics$/);
  const text = readFileSync((await file.path()) ?? "", "utf8");
  expect(text).toContain("BEGIN:VEVENT");
  expect(text).toContain("SUMMARY:Workshop over schulden");
  await page.getByRole("button", { name: "Ik kom" }).click();
  await expect(page.getByText("Dank je wel! We rekenen op je.")).toBeVisible();
  await checkA11y();
});
