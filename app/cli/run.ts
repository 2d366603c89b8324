/**
 * What the command line does with its arguments; main.ts runs it and exits with the code.
 * Exit codes: 0 done, 1 refused or failed (a sentence on stderr), 2 wrong use (unknown command or option).
 */
import { parseArgs } from "node:util";
import { closeDatabase, configureDatabase } from "~/db/client.server";
import { type Command, commands } from "./commands";
import { describeError, exitCodeOf, UsageError } from "./errors";
import { commandUsage, generalUsage } from "./usage";

const helpWords = new Set(["-h", "--help", "help"]);

function parse(name: string, command: Command, args: string[]) {
  const options = Object.fromEntries(
    Object.entries(command.options ?? {}).map(([option, spec]) => [option, { type: spec.type }]),
  );
  try {
    return parseArgs({
      args,
      options: { ...options, help: { type: "boolean", short: "h" }, init: { type: "boolean" } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const option = /'([^']+)'/.exec((error as Error).message)?.[1]?.split(" ")[0];
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION")
      throw new UsageError(`Unknown option ${option ?? ""} for "${name}".`, name);
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE")
      throw new UsageError(
        command.options?.[option?.replace(/^--/, "") ?? ""]?.type === "boolean"
          ? `The option ${option} takes no value.`
          : `The option ${option} needs a value.`,
        name,
      );
    throw new UsageError(`${(error as Error).message}.`, name);
  }
}

export type Output = { out(text: string): void; err(text: string): void };

const stdio: Output = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

async function dispatch(argv: string[], io: Output, at: { command?: string }): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.err(generalUsage(commands));
    return 2;
  }
  if (helpWords.has(name)) {
    const about = rest[0] ? commands[rest[0]] : undefined;
    if (rest[0] && !about) throw new UsageError(`Unknown command "${rest[0]}".`);
    io.out(about ? commandUsage(rest[0], about) : generalUsage(commands));
    return 0;
  }
  if (name.startsWith("-")) throw new UsageError(`Unknown option ${name}. The command comes first.`);
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) throw new UsageError(`Unknown command "${name}".`);

  at.command = name;
  const { values, positionals } = parse(name, command, rest);
  if (values.help) {
    io.out(commandUsage(name, command));
    return 0;
  }
  const allowed = command.positionals ?? 0;
  if (positionals.length > allowed)
    throw new UsageError(
      allowed === 0
        ? `"${name}" takes no arguments, but got "${positionals[0]}".`
        : `"${name}" takes at most ${allowed} arguments, but got ${positionals.length}.`,
      name,
    );
  const { help: _help, init, ...own } = values;
  configureDatabase({ create: Boolean(command.creates || init), holder: `tandem ${name}` });
  await command.run(own, positionals);
  return 0;
}

/** Runs one command line and answers its exit code; never throws. Closes the database it opened. */
export async function runCli(argv: string[], io: Output = stdio): Promise<number> {
  const at: { command?: string } = {};
  let code: number;
  try {
    code = await dispatch(argv, io, at);
  } catch (error) {
    if (process.env.TANDEM_DEBUG)
      io.err(error instanceof Error ? (error.stack ?? error.message) : String(error));
    io.err(describeError(error));
    if (error instanceof UsageError) {
      const about = error.command ?? at.command;
      io.err(
        about
          ? `Run "tandem ${about} --help" for its options.`
          : 'Run "tandem --help" for the list of commands.',
      );
    }
    code = exitCodeOf(error);
  }
  try {
    await closeDatabase();
  } catch {
    // the database may not have opened at all
  }
  return code;
}
