import { AppError } from "~/lib/errors";

/**
 * Staff passwords (everyone who signs in with one) are checked with zxcvbn-ts and its list of common
 * and breached passwords: refused when the whole password is on that list (also reversed or with
 * l33t letters), or when its score is below 3 (of 0–4). The dictionaries are loaded on first use.
 */
type Checker = { check(password: string, userInputs?: string[]): Verdict };
type Verdict = { score: number; sequence: { pattern: string; dictionaryName?: string; token: string }[] };

let checker: Promise<Checker> | undefined;

async function load(): Promise<Checker> {
  const { ZxcvbnFactory } = await import("@zxcvbn-ts/core");
  const common = await import("@zxcvbn-ts/language-common");
  return new ZxcvbnFactory({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs });
}

export type PasswordProblem = "common" | "weak";

/** Why a password is refused, or null when it is good enough. */
export async function passwordProblem(
  password: string,
  userInputs: string[] = [],
): Promise<PasswordProblem | null> {
  checker ??= load();
  const words = userInputs.flatMap((input) => {
    const parts = input
      .toLowerCase()
      .split(/[\s@.+_-]+/)
      .filter((p) => p.length > 2);
    return [...parts, parts.join("")];
  });
  const verdict = (await checker).check(password, words);
  const onTheList = verdict.sequence.some(
    (m) =>
      m.pattern === "dictionary" &&
      m.dictionaryName === "passwords-common" &&
      m.token.length === password.length,
  );
  if (onTheList) return "common";
  return verdict.score < 3 ? "weak" : null;
}

/** INVALID with a message next to `field` when the password is common or easy to guess. */
export async function assertStrongPassword(password: string, field: string, userInputs: string[] = []) {
  const problem = await passwordProblem(password, userInputs);
  if (!problem) return;
  const key = problem === "common" ? "validation.passwordCommon" : "validation.passwordWeak";
  throw new AppError("INVALID", key, { [field]: [key] });
}
