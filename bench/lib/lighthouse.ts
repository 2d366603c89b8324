/**
 * Lighthouse mobile (its default form factor and simulated throttling) on one page, through the
 * `lighthouse` CLI from node_modules when it is installed. Chromium from CHROME_PATH (/usr/bin/chromium).
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";

/** LIGHTHOUSE_BIN points at another installation of the CLI. */
const cli = process.env.LIGHTHOUSE_BIN ?? "node_modules/.bin/lighthouse";

export function lighthouseInstalled(): boolean {
  return existsSync(cli);
}

export type Scores = {
  performance: number;
  accessibility: number;
  seo: number;
  fcp: string;
  lcp: string;
  tbt: string;
  cls: string;
};

type Report = {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { displayValue?: string }>;
};

export function lighthouse(url: string, cookie?: string): Promise<Scores> {
  const args = [
    url,
    "--output=json",
    "--output-path=stdout",
    "--quiet",
    "--form-factor=mobile",
    "--only-categories=performance,accessibility,seo",
    "--chrome-flags=--headless --no-sandbox --disable-gpu --disable-background-networking",
  ];
  if (cookie) args.push(`--extra-headers=${JSON.stringify({ Cookie: cookie })}`);
  return new Promise((resolve, reject) => {
    execFile(
      cli,
      args,
      {
        env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? "/usr/bin/chromium" },
        maxBuffer: 64 << 20,
      },
      (error, stdout) => {
        if (error) return reject(error);
        const report = JSON.parse(stdout) as Report;
        const score = (name: string) => Math.round((report.categories[name]?.score ?? 0) * 100);
        const shown = (name: string) => report.audits[name]?.displayValue ?? "-";
        resolve({
          performance: score("performance"),
          accessibility: score("accessibility"),
          seo: score("seo"),
          fcp: shown("first-contentful-paint"),
          lcp: shown("largest-contentful-paint"),
          tbt: shown("total-blocking-time"),
          cls: shown("cumulative-layout-shift"),
        });
      },
    );
  });
}
