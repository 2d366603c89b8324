// `npm test`: unit and database tests (PGlite, and PostgreSQL when TEST_DATABASE_URL is set),
// then a production build and the Playwright journeys in Chromium.
import { spawnSync } from "node:child_process";

function run(command, args) {
  console.log(`\n> ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, { stdio: "inherit", shell: process.platform === "win32" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const only = process.argv[2];
if (!only || only === "unit") run("npx", ["vitest", "run"]);
if (!only || only === "e2e") {
  run("npx", ["react-router", "build"]);
  run("node", ["scripts/precompress.mjs"]);
  run("npx", ["playwright", "test"]);
}
