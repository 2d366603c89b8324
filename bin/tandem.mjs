#!/usr/bin/env node
// The package's `tandem` command: runs app/cli/main.ts with tsx from the package folder.
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const tsx = join(root, "node_modules", ".bin", "tsx");
const result = spawnSync(
  tsx,
  ["--tsconfig", join(root, "tsconfig.json"), join(root, "app/cli/main.ts"), ...process.argv.slice(2)],
  {
    stdio: "inherit",
  },
);
process.exit(result.status ?? 1);
