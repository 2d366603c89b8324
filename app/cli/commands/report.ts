import { eq } from "drizzle-orm";
import { z } from "zod";
import { getDatabase, inCentre } from "~/db/client.server";
import { centres } from "~/db/schema";
import { outcomeFiguresAsOperator } from "~/modules/outcomes/figures.server";
import { reportJson, reportTable } from "~/modules/outcomes/report";
import type { Command } from "../commands";
import { CliError } from "../errors";
import { requireValid } from "../input";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "use a date like 2025-01-31");

const input = z.object({
  what: z.literal("outcomes", "usage: report outcomes --centre <slug> [--from DATE --to DATE] [--json]"),
  centre: z.string().min(1, "--centre <slug> is required"),
  from: isoDate.optional(),
  to: isoDate.optional(),
  json: z.boolean().optional(),
});

export const reportCommand: Command = {
  summary: "print a centre's outcome figures (the same as the dashboard)",
  usage: "outcomes --centre <slug> [--from DATE --to DATE] [--json]",
  positionals: 1,
  options: {
    centre: { type: "string", description: "the centre's slug (required)" },
    from: { type: "string", description: "first day of the period, e.g. 2025-01-01" },
    to: { type: "string", description: "last day of the period, e.g. 2025-12-31" },
    json: { type: "boolean", description: "print JSON instead of a table" },
  },
  async run(values, positionals) {
    const v = requireValid(input, { ...values, what: positionals[0] });
    const { db } = await getDatabase();
    const [centre] = await db.select({ id: centres.id }).from(centres).where(eq(centres.slug, v.centre));
    if (!centre) throw new CliError(`There is no centre with the slug "${v.centre}".`);
    const figures = await inCentre(db, centre.id, (tx) =>
      outcomeFiguresAsOperator(tx, centre.id, { from: v.from, to: v.to }),
    );
    console.log(v.json ? JSON.stringify(reportJson(figures)) : reportTable(figures, v.from, v.to));
  },
};
