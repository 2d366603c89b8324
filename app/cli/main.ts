/**
 * The command line: `npm run tandem -- <command> [options]` (also the package's `tandem` bin).
 * Each command lives in its own file in app/cli/commands/ and is listed here.
 */
import { parseArgs } from "node:util";
import { closeDatabase } from "~/db/client.server";
import { commands } from "./commands";

const [name, ...rest] = process.argv.slice(2);
const command = name ? commands[name] : undefined;

if (!command) {
  console.log("Tandem command line. Usage: npm run tandem -- <command> [options]\n");
  for (const [key, c] of Object.entries(commands)) console.log(`  ${key.padEnd(16)} ${c.summary}`);
  process.exit(name && name !== "help" ? 1 : 0);
}

try {
  const { values, positionals } = parseArgs({
    args: rest,
    options: command.options ?? {},
    allowPositionals: true,
    strict: true,
  });
  await command.run(values as Record<string, string | boolean | undefined>, positionals);
  await closeDatabase();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  await closeDatabase();
  process.exit(1);
}
