import { readdirSync, readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";
import { base32Encode, totpCode } from "../app/modules/accounts/totp";
import { TOTP_SECRET } from "./people";
import { E2E } from "./ports";

/**
 * Every journey fails on a console error in the browser and checks each page it visits with axe and for
 * sideways overflow, at 360 px and at 1280 px.
 */
export const test = base.extend<{ checkA11y: (page?: Page) => Promise<void> }>({
  // its own client address per journey (and per retry), so the sign-in limits per address count each
  // journey apart; the servers trust the loopback proxy (playwright.config.ts)
  extraHTTPHeaders: async ({ extraHTTPHeaders }, use, testInfo) => {
    let hash = 0;
    for (const c of `${testInfo.testId}:${testInfo.retry}`) hash = (hash * 31 + c.charCodeAt(0)) >>> 0;
    const address = `10.${(hash >>> 16) & 255}.${(hash >>> 8) & 255}.${(hash & 254) + 1}`;
    await use({ ...extraHTTPHeaders, "X-Forwarded-For": address });
  },
  page: async ({ page }, use) => {
    const errors: string[] = [];
    page.on("console", (message) => {
      // a 4xx answer to a form with wrong input is by design; the browser logs it as a failed resource
      if (message.type() === "error" && !/status of 4\d\d/.test(message.text())) errors.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(error.message));
    await use(page);
    expect(errors, "console errors in the browser").toEqual([]);
  },
  checkA11y: async ({ page }, use) => {
    await use(async (target = page) => {
      const before = target.viewportSize() ?? { width: 1280, height: 800 };
      // every page a journey visits: on a 360 px phone and on a 1280 px desktop
      for (const width of [360, 1280]) {
        await target.setViewportSize({ width, height: before.height });
        const result = await new AxeBuilder({ page: target })
          .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
          .analyze();
        const found = result.violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
        );
        expect(found, `accessibility problems on ${target.url()} at ${width} px`).toEqual([]);
        const wider = await target.evaluate(() => {
          const over = document.documentElement.scrollWidth - window.innerWidth;
          if (over <= 0) return "";
          // name the deepest element that sticks out, so the message says where to look
          const out = [...document.querySelectorAll("body *")].filter(
            (e) => e.getBoundingClientRect().right > window.innerWidth + 1,
          );
          const deepest = out.find((e) => !out.some((o) => o !== e && e.contains(o))) ?? out[0];
          return `${over} px, at ${deepest?.tagName.toLowerCase()}.${[...(deepest?.classList ?? [])].join(".")} "${deepest?.textContent?.slice(0, 40)}"`;
        });
        expect(wider, `${target.url()} is wider than a ${width} px screen`).toBe("");
      }
      await target.setViewportSize(before);
    });
  },
});

export { expect };

/** The newest mail the app sent to an address (from the journeys' SMTP server), as raw text. */
export async function lastMailTo(address: string, since = 0): Promise<string> {
  for (let i = 0; i < 50; i++) {
    const files = readdirSync(E2E.mailDir).sort().reverse();
    for (const file of files) {
      if (Number(file.split("-")[0]) < since) continue;
      const text = readFileSync(`${E2E.mailDir}/${file}`, "utf8");
      if (text.startsWith(`X-Envelope-To: ${address}`) || text.split("\r\n")[0].includes(address))
        return decode(text);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("no mail arrived for this address");
}

function decode(raw: string): string {
  // quoted-printable soft line breaks and =XX escapes, enough to read links and codes
  return raw
    .replace(/=\r?\n/g, "")
    .replace(/=([0-9A-F]{2})/g, (_, h) => String.fromCharCode(Number.parseInt(h, 16)));
}

/** The code the prepared staff's authenticator app shows now (see TOTP_SECRET in people.ts). */
export function totpNow(secret = TOTP_SECRET): string {
  return totpCode(base32Encode(Buffer.from(secret)));
}

/**
 * Log in as prepared staff through the login page: e-mail and password, then the code from the app
 * (admins and coordinators always have two-factor sign-in). Lands on the start page.
 */
export async function loginWithPassword(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(password);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page).toHaveURL(/\/login\/two-factor/);
  await page.getByLabel("Code", { exact: true }).fill(totpNow());
  await page.getByRole("button", { name: "Controleren" }).click();
  await expect(page).toHaveURL(/\/start/);
}

/**
 * Log in with a code by e-mail (experts, client contacts, funders): the address, the code from the mail.
 * Returns the mail, so a journey can check how it speaks to the person.
 */
export async function loginWithCode(page: Page, email: string): Promise<string> {
  const since = Date.now();
  await page.goto("/login/code");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByRole("button", { name: "Stuur mij een code" }).click();
  const mail = await lastMailTo(email, since);
  const code = mail.match(/(?:Uw|Je) inlogcode is: (\d{6})/)?.[1] ?? "";
  expect(code).toMatch(/^\d{6}$/);
  await page.getByLabel("Code uit de mail").fill(code);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page).not.toHaveURL(/\/login/);
  return mail;
}
