import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { parseCsv } from "../app/modules/exports/table";
import { EVALUATION_IDS } from "./evaluation.data";
import { expect, lastMailTo, loginWithPassword, test } from "./fixtures";
import { PASSWORD, person } from "./people";

const expert = person("e2e-evaluation", "expert");
const contact = person("e2e-evaluation", "client_contact");
const coordinator = person("e2e-evaluation", "coordinator");

test("hours in, the client evaluates, the coordinator sees it, exports the pool and finds it in the log", async ({
  page,
  checkA11y,
}) => {
  // the expert logs in with a code from the mail
  const since = Date.now();
  await page.goto("/login/code");
  await page.getByLabel("E-mailadres").fill(expert.email);
  await page.getByRole("button", { name: "Stuur mij een code" }).click();
  const code = (await lastMailTo(expert.email, since)).match(/(?:Uw|Je) inlogcode is: (\d{6})/)?.[1] ?? "";
  expect(code).toMatch(/^\d{6}$/);
  await page.getByLabel("Code uit de mail").fill(code);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page).not.toHaveURL(/\/login/);

  // hours and public-transport costs; first a wrong amount
  await page.goto(`/agenda/${EVALUATION_IDS.assignment}/hours`);
  await expect(page.getByRole("heading", { level: 1, name: "Uren en reiskosten" })).toBeVisible();
  await checkA11y();
  await page.getByLabel("Uren", { exact: true }).fill("2");
  await page.getByLabel("Minuten").fill("30");
  await page.getByLabel("Met het openbaar vervoer (trein, bus)").check();
  await page.getByLabel("Kosten openbaar vervoer in euro").fill("twaalf euro");
  await page.getByRole("button", { name: "Uren opslaan" }).click();
  await expect(page.getByText("Vul een bedrag in euro in, bijvoorbeeld 12,50.").first()).toBeVisible();
  await expect(page.getByLabel("Kosten openbaar vervoer in euro")).toHaveAttribute("aria-invalid", "true");
  await checkA11y();
  await page.getByLabel("Kosten openbaar vervoer in euro").fill("12,50");
  await page.getByRole("button", { name: "Uren opslaan" }).click();
  await expect(page.getByText("Alle uren zijn nu binnen")).toBeVisible();
  await expect(page.getByLabel("Kosten openbaar vervoer in euro")).toHaveValue("12,50");
  await checkA11y();
  await page.context().clearCookies();

  // the client contact gets the mail and answers without logging in
  const mail = await lastMailTo(contact.email, since);
  const link = mail.match(/https?:\/\/[^\s]+\/evaluatie\/([A-Za-z0-9_-]+)/);
  expect(link).not.toBeNull();
  await page.goto(`/evaluatie/${link?.[1]}`);
  await expect(page.getByRole("heading", { level: 1, name: "Hoe ging het?" })).toBeVisible();
  await checkA11y();
  await page.getByRole("radio", { name: "4", exact: true }).check();
  await page.getByLabel("Wat ging goed?").fill("Open gesprek met het wijkteam.");
  await page.getByLabel(/in één zin/).fill("Ze wist echt contact te maken met onze klant.");
  await page.getByRole("checkbox", { name: /mag deze zin openbaar gebruiken/ }).check();
  await page.getByRole("button", { name: "Versturen" }).click();
  await expect(page.getByText("Dank u wel! Uw antwoorden zijn opgeslagen.")).toBeVisible();
  await checkA11y();
  await page.reload();
  await expect(page.getByText("Deze vragenlijst is al ingevuld.")).toBeVisible();
  const wrong = await page.goto("/evaluatie/ditIsGeenGoedeLinkVanTandem123");
  expect(wrong?.status()).toBe(404);
  await expect(page.getByText("Deze link werkt niet (meer).")).toBeVisible();
  await checkA11y();

  // the coordinator sees the evaluation
  await loginWithPassword(page, coordinator.email, PASSWORD);
  await page.goto(`/requests/${EVALUATION_IDS.request}/evaluation`);
  await expect(page.getByRole("heading", { level: 1, name: "Uren en beoordeling" })).toBeVisible();
  await expect(page.getByText("Geëvalueerd")).toBeVisible();
  await expect(page.getByText("4 van 5")).toBeVisible();
  await expect(page.getByText("Ze wist echt contact te maken met onze klant.")).toBeVisible();
  await expect(page.getByRole("row", { name: /Eva Ervaring/ })).toContainText("2:30");
  await expect(page.getByRole("row", { name: /Eva Ervaring/ })).toContainText("€ 12,50");
  await checkA11y();

  // exports, under "Beheer" in the menu: the pool as .xlsx and .csv
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Beheer" }).click();
  await page.getByRole("main").getByRole("link", { name: "Exporteren" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Exporteren" })).toBeVisible();
  await checkA11y();
  const [xlsx] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Pool als Excel-bestand (.xlsx)" }).click(),
  ]);
  expect(xlsx.suggestedFilename()).toMatch(/^tandem-pool-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await xlsx.path());
  const sheet = workbook.getWorksheet("Pool");
  expect(sheet?.getRow(1).getCell(1).value).toBe("Voornaam");
  const cells = JSON.stringify(sheet?.getSheetValues());
  expect(cells).toContain("Ervaring");
  expect(cells).not.toContain("Alleen voor coördinatoren");

  const [csv] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Pool als CSV-bestand (.csv)" }).click(),
  ]);
  expect(csv.suggestedFilename()).toMatch(/^tandem-pool-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = readFileSync(await csv.path(), "utf8");
  expect(text.startsWith("\uFEFF")).toBe(true);
  const rows = parseCsv(text);
  expect(rows[0][0]).toBe("Voornaam");
  expect(rows.find((r) => r[1] === "Ervaring")?.slice(0, 5)).toEqual([
    "Eva",
    "Ervaring",
    expert.email,
    "",
    "Actief",
  ]);
  expect(text).not.toContain("Alleen voor coördinatoren");

  // the downloads are in the log (under "Beheer" too)
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Beheer" }).click();
  await page.getByRole("main").getByRole("link", { name: "Logboek" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Logboek" })).toBeVisible();
  await checkA11y();
  await page.getByLabel("Handeling").selectOption({ label: "Geëxporteerd" });
  await page.getByRole("button", { name: "Filter toepassen" }).click();
  await expect(page).toHaveURL(/action=export/);
  await expect(page.getByText("2 regels gevonden.")).toBeVisible();
  await expect(page.getByRole("row", { name: /format: xlsx/ })).toContainText(coordinator.name);
  await expect(page.getByRole("row", { name: /format: csv/ })).toContainText("Geëxporteerd");
  await checkA11y();
});
