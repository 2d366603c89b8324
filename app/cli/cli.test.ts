import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { commands } from "./commands";
import { runCli } from "./run";

/** The command line in this process, with what it prints caught (nothing here opens a database). */
async function tandem(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}

describe("the command line behaves (issue 14.15)", () => {
  it("prints usage on stdout and exits 0 for --help, -h and help", async () => {
    for (const flag of ["--help", "-h", "help"]) {
      const run = await tandem(flag);
      expect(run.code, flag).toBe(0);
      expect(run.stdout).toContain("Usage: tandem <command>");
      for (const name of Object.keys(commands)) expect(run.stdout).toContain(name);
      expect(run.stderr).toBe("");
    }
  });

  it("gives every command its own --help", async () => {
    for (const name of Object.keys(commands)) {
      for (const flag of ["--help", "-h"]) {
        const run = await tandem(name, flag);
        expect(run.code, name).toBe(0);
        expect(run.stdout).toContain(`Usage: tandem ${name}`);
        expect(run.stdout).toContain("--help");
      }
    }
  });

  it("names an unknown command or option on stderr, with exit code 2", async () => {
    const unknown = await tandem("nope");
    expect(unknown).toMatchObject({ code: 2, stdout: "" });
    expect(unknown.stderr).toContain('Unknown command "nope".');
    const option = await tandem("migrate", "--bogus");
    expect(option.code).toBe(2);
    expect(option.stderr).toContain('Unknown option --bogus for "migrate".');
    expect((await tandem("seed-demo", "extra")).code).toBe(2);
    expect((await tandem()).code).toBe(2);
  });

  it("reads wrong values as sentences, not as a validation dump or a stack trace", async () => {
    const run = await tandem(
      "create-user",
      "--centre",
      "x",
      "--email",
      "nope",
      "--name",
      "A",
      "--role",
      "boss",
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--email must be an e-mail address.");
    expect(run.stderr).toContain("--role must be admin, coordinator, expert, client_contact or funder.");
    expect(run.stderr).not.toMatch(/ZodError|"code":|\n\s+at /);
    const date = await tandem("report", "outcomes", "--centre", "x", "--from", "2025");
    expect(date.code).toBe(2);
    expect(date.stderr).toContain("--from: Use a date like 2025-01-31.");
    const value = await tandem("create-centre", "--name");
    expect(value.code).toBe(2);
    expect(value.stderr).toContain("The option --name needs a value.");
  });

  it("keeps these exit codes and streams in the real process (bin/tandem.mjs)", () => {
    const help = spawnSync(process.execPath, ["bin/tandem.mjs", "-h"], { encoding: "utf8" });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("Usage: tandem <command>");
    const unknown = spawnSync(process.execPath, ["bin/tandem.mjs", "nope"], { encoding: "utf8" });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('Unknown command "nope".');
  }, 60_000);
});
