import type { Command } from "./commands";

const program = "tandem";

/** The list of commands, for `tandem --help`. */
export function generalUsage(commands: Record<string, Command>): string {
  const width = Math.max(...Object.keys(commands).map((k) => k.length)) + 2;
  return [
    "Tandem command line.",
    "",
    `Usage: ${program} <command> [options]   (from the project: npm run tandem -- <command> [options])`,
    "",
    "Commands:",
    ...Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}${c.summary}`),
    "",
    "Every command works on DATA_DIR (default ./data) or on DATABASE_URL, like the app.",
    `Run "${program} <command> --help" for a command's options.`,
  ].join("\n");
}

/** One command's help, for `tandem <command> --help`. */
export function commandUsage(name: string, command: Command): string {
  const options: [string, string][] = Object.entries(command.options ?? {}).map(([option, spec]) => [
    `--${option}${spec.type === "string" ? " <value>" : ""}`,
    spec.description,
  ]);
  options.push(["--init", "allow making a new, empty database in DATA_DIR or DATABASE_URL"]);
  options.push(["-h, --help", "show this help"]);
  const width = Math.max(...options.map(([o]) => o.length)) + 2;
  return [
    `${command.summary.charAt(0).toUpperCase()}${command.summary.slice(1)}.`,
    "",
    `Usage: ${program} ${name} ${command.usage}`.trimEnd(),
    "",
    "Options:",
    ...options.map(([option, description]) => `  ${option.padEnd(width)}${description}`),
    ...(command.help ? ["", ...command.help] : []),
  ].join("\n");
}
