// `npm test`: unit and database tests (PGlite, and PostgreSQL when TEST_DATABASE_URL is set),
// then a production build and the Playwright journeys in Chromium. On a fresh machine without a
// browser it installs Debian's chromium first, the same way .ci/run does.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

function run(command, args) {
  console.log(`\n> ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, { stdio: "inherit", shell: process.platform === "win32" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

/** The browser the journeys use: CHROMIUM_PATH, else Debian's chromium (installed here when missing). */
function ensureChromium() {
  if (process.env.CHROMIUM_PATH) {
    if (existsSync(process.env.CHROMIUM_PATH)) return;
    fail(`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, but there is no browser there.`);
  }
  if (candidates.some((path) => existsSync(path))) return;
  console.log(
    "\nNo Chromium found at /usr/bin/chromium (or CHROMIUM_PATH). Installing Debian's chromium package:" +
      "\n> apt-get update && apt-get install -y chromium",
  );
  const asRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const sudo = asRoot ? [] : ["sudo", "-n"];
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  for (const args of [
    ["apt-get", "update", "-qq"],
    ["apt-get", "install", "-y", "-qq", "chromium"],
  ]) {
    const [command, ...rest] = [...sudo, ...args];
    const result = spawnSync(command, rest, { stdio: "inherit", env });
    if (result.error || result.status !== 0) break;
  }
  if (candidates.some((path) => existsSync(path))) {
    console.log("Chromium installed.");
    return;
  }
  fail(
    "Could not install Chromium (apt-get needs root and a package source). Install it yourself " +
      "(apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome, then run npm test again.",
  );
}

function fail(message) {
  console.error(`\nnpm test: ${message}`);
  process.exit(1);
}

const only = process.argv[2];
if (only && !["unit", "e2e"].includes(only)) fail(`unknown part "${only}": use "unit", "e2e" or nothing.`);
if (!only || only === "unit") run("npx", ["vitest", "run"]);
if (!only || only === "e2e") {
  ensureChromium();
  run("npx", ["react-router", "build"]);
  run("node", ["scripts/precompress.mjs"]);
  run("npx", ["playwright", "test"]);
}
