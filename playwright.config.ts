import { existsSync } from "node:fs";
import { defineConfig } from "@playwright/test";
import { E2E } from "./e2e/ports";

/**
 * Journeys in real Chromium against the built app (npm run build first; `npm test` does).
 * Two servers: one on an empty database (the first-run setup) and one prepared by e2e/prepare.ts
 * with a centre per journey, so journeys never share data. A local SMTP server catches mail.
 */
const chromium =
  process.env.CHROMIUM_PATH ?? ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));
const serverEnv = {
  LOG_REQUESTS: "off",
  TANDEM_JOBS: "off",
  // each journey signs in from its own address (X-Forwarded-For from e2e/fixtures.ts), as people do:
  // with more than 30 password sign-ins from one address in 15 minutes the limit would refuse them
  TRUST_PROXY: "loopback",
  SMTP_URL: `smtp://127.0.0.1:${E2E.smtpPort}`,
  MAIL_FROM: "Tandem <tandem@example.org>",
};

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? "line" : "list",
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${E2E.appPort}`,
    launchOptions: {
      executablePath: chromium,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
    locale: "nl-NL",
    timezoneId: "Europe/Amsterdam",
    trace: "retain-on-failure",
  },
  webServer: [
    {
      command: `node e2e/smtp-sink.mjs ${E2E.smtpPort} ${E2E.mailDir}`,
      port: E2E.smtpPort,
      reuseExistingServer: false,
    },
    {
      command: `rm -rf ${E2E.runDir}/fresh && node server.mjs`,
      url: `http://127.0.0.1:${E2E.freshPort}/healthz`,
      env: {
        ...serverEnv,
        PORT: String(E2E.freshPort),
        DATA_DIR: `${E2E.runDir}/fresh`,
        BASE_URL: `http://127.0.0.1:${E2E.freshPort}`,
      },
      reuseExistingServer: false,
      timeout: 120_000,
    },
    {
      command: `rm -rf ${E2E.runDir}/app && npx tsx e2e/prepare.ts && node server.mjs`,
      url: `http://127.0.0.1:${E2E.appPort}/healthz`,
      env: {
        ...serverEnv,
        PORT: String(E2E.appPort),
        DATA_DIR: `${E2E.runDir}/app`,
        BASE_URL: `http://127.0.0.1:${E2E.appPort}`,
      },
      reuseExistingServer: false,
      timeout: 180_000,
    },
  ],
});
