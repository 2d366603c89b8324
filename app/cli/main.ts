/**
 * The command line: `npm run tandem -- <command> [options]` (also the package's `tandem` bin).
 * Each command lives in its own file in app/cli/commands/ and is listed in commands.ts; run.ts parses.
 */
import { runCli } from "./run";

process.exit(await runCli(process.argv.slice(2)));
