import { writeFileSync } from "node:fs";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { getDatabase } from "~/db/client.server";
import { centres } from "~/db/schema";
import { AppError } from "~/lib/errors";
import { erasePerson } from "~/modules/privacy/erase.server";
import { collectPersonDataAsOperator } from "~/modules/privacy/person-data.server";
import type { Command } from "../commands";
import { CliError } from "../errors";
import { requireValid } from "../input";

const input = z.object({
  centre: z.string().min(1, "--centre <slug> is required"),
  email: z.email("--email <address> must be an e-mail address"),
  out: z.string().optional(),
});

export const privacyCommand: Command = {
  summary:
    "a person's rights: export everything a centre holds about them (the same JSON as their own download)",
  usage: "export --centre <slug> --email <address> [--out <file>]",
  positionals: 1,
  options: {
    centre: { type: "string", description: "the centre's slug (required)" },
    email: { type: "string", description: "the person's e-mail address (required)" },
    out: { type: "string", description: "the file to write (default: print the JSON)" },
  },
  help: ["The export is written to the centre's log, so the person sees it under 'Wie las mijn gegevens'."],
  async run(values, positionals) {
    const [action] = positionals;
    if (action !== "export" && action !== "erase")
      throw new CliError(`Say what to do: privacy export or privacy erase (got "${action ?? ""}").`);
    const v = requireValid(input, values);
    const { db } = await getDatabase();
    const [centre] = await db
      .select({ id: centres.id, name: centres.name })
      .from(centres)
      .where(eq(centres.slug, v.centre));
    if (!centre) throw new CliError(`There is no centre with the slug "${v.centre}".`);
    try {
      if (action === "erase") {
        const erased = await erasePerson(db, centre.id, v.email, { centreId: centre.id, userId: null });
        const { poolRecords, trainees, contactPersons } = erased.found;
        console.log(
          `Erased ${v.email} from ${v.centre}: ${poolRecords} pool record(s), ${trainees} trainee record(s), ` +
            `${contactPersons} contact person(s) now under pseudonym ${erased.pseudonym}; ` +
            (erased.loginDeleted
              ? "the login is deleted."
              : erased.found.login
                ? "the login stays (another centre has them)."
                : "there was no login."),
        );
        return;
      }
      const data = await collectPersonDataAsOperator(db, centre, v.email);
      const json = `${JSON.stringify(data, null, 2)}\n`;
      if (v.out) {
        writeFileSync(v.out, json);
        console.log(`Wrote the data of ${v.email} in ${v.centre} to ${v.out}.`);
      } else process.stdout.write(json);
    } catch (error) {
      if (error instanceof AppError && error.code === "NOT_FOUND")
        throw new CliError(`The centre "${v.centre}" holds nothing under that e-mail address.`);
      throw error;
    }
  },
};
