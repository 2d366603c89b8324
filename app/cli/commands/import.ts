import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { getDatabase, inCentre } from "~/db/client.server";
import { centres } from "~/db/schema";
import { outcomes as nl } from "~/i18n/nl/outcomes";
import { AppError } from "~/lib/errors";
import { rowErrorText } from "~/modules/outcomes/import-messages";
import { importTraineesAsOperator } from "~/modules/outcomes/import-trainees.server";
import { readTable } from "~/modules/outcomes/read-table.server";
import type { Command } from "../commands";
import { CliError } from "../errors";
import { requireValid } from "../input";

const usage = "usage: import trainees <file.csv|file.xlsx> --centre <slug> [--good-rows]";

const input = z.object({
  what: z.literal("trainees", usage),
  file: z.string(usage).min(1, usage),
  centre: z.string(usage).min(1, "--centre <slug> is required"),
  "good-rows": z.boolean().optional(),
});

export const importCommand: Command = {
  summary: "import trainees with cohort, outcome and ladder scores from a file",
  usage: "trainees <file.csv|file.xlsx> --centre <slug> [--good-rows]",
  positionals: 2,
  help: ["The columns are listed in the README (Importing trainees)."],
  options: {
    centre: { type: "string", description: "the centre's slug (required)" },
    "good-rows": { type: "boolean", description: "import the good rows and skip the wrong ones" },
  },
  async run(values, positionals) {
    const v = requireValid(input, { ...values, what: positionals[0], file: positionals[1] });
    const { db } = await getDatabase();
    const [centre] = await db.select({ id: centres.id }).from(centres).where(eq(centres.slug, v.centre));
    if (!centre) throw new CliError(`There is no centre with the slug "${v.centre}".`);
    let table: Awaited<ReturnType<typeof readTable>>;
    try {
      table = await readTable(basename(v.file), readFileSync(v.file));
    } catch (error) {
      if (error instanceof AppError) {
        const key = error.messageKey.replace("outcomes:import.", "") as keyof typeof nl.import;
        throw new CliError(String(nl.import[key] ?? error.messageKey));
      }
      throw error;
    }
    const result = await inCentre(db, centre.id, (tx) =>
      importTraineesAsOperator(tx, centre.id, table, { goodRows: Boolean(v["good-rows"]) }),
    );
    for (const error of result.errors) console.error(rowErrorText(error));
    if (!result.imported) {
      throw new CliError(
        result.errors.length > 0
          ? "Niets geïmporteerd. Verbeter de rijen hierboven, of gebruik --good-rows om alleen de goede rijen te importeren."
          : "Niets geïmporteerd: het bestand heeft geen rijen.",
      );
    }
    console.log(
      `Geïmporteerd: ${result.created} nieuw, ${result.updated} bijgewerkt, ${result.cohortsCreated} nieuwe cohorten, ${result.skipped} rijen overgeslagen.`,
    );
  },
};
