/** Writes a generated section of docs/performance.md between `<!-- bench:<name> -->` markers. */
import { execSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";

const file = "docs/performance.md";

const intro = `# Performance

Figures written by the benches in \`bench/\` (see README, "Benchmarks"); each section below is
generated, do not edit between its markers. The machine is shared, so read server figures as rough.
`;

/** The date and commit a run measured, for the section's first line. */
export function stamp(): string {
  const commit = execSync("git rev-parse --short HEAD").toString().trim();
  const dirty = execSync("git status --porcelain -- app server.mjs").toString().trim()
    ? " + local changes"
    : "";
  return `Measured ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC on commit ${commit}${dirty}.`;
}

export function writeSection(name: string, title: string, body: string): void {
  const start = `<!-- bench:${name}:start -->`;
  const end = `<!-- bench:${name}:end -->`;
  const section = `${start}\n## ${title}\n\n${body.trim()}\n${end}`;
  const text = existsSync(file) ? readFileSync(file, "utf8") : intro;
  const at = text.indexOf(start);
  const next =
    at >= 0
      ? text.slice(0, at) + section + text.slice(text.indexOf(end) + end.length)
      : `${text.trimEnd()}\n\n${section}\n`;
  writeFileSync(file, next);
}

/** A Markdown table. */
export function table(head: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(" | ")} |`;
  return [line(head), line(head.map(() => "---")), ...rows.map(line)].join("\n");
}
