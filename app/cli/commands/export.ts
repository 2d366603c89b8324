import { writeFileSync } from "node:fs";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { getDatabase, inCentre } from "~/db/client.server";
import { centres } from "~/db/schema";
import { exportFileAsOperator } from "~/modules/exports/export-file.server";
import { exportFormats, exportKinds } from "~/modules/exports/table";
import type { Command } from "../commands";
import { CliError } from "../errors";
import { requireValid } from "../input";

const input = z.object({
  centre: z.string().min(1, "--centre <slug> is required"),
  what: z.enum(exportKinds, "--what must be pool or requests"),
  format: z.enum(exportFormats, "--format must be xlsx or csv"),
  out: z.string().min(1, "--out <file> is required"),
});

export const exportCommand: Command = {
  summary: "write the pool or the requests of a centre to a file (never private notes)",
  usage: "--centre <slug> --what pool|requests --format xlsx|csv --out <file>",
  options: {
    centre: { type: "string", description: "the centre's slug (required)" },
    what: { type: "string", description: "pool or requests (required)" },
    format: { type: "string", description: "xlsx or csv (required)" },
    out: { type: "string", description: "the file to write (required)" },
  },
  async run(values) {
    const v = requireValid(input, values);
    const { db } = await getDatabase();
    const [centre] = await db.select({ id: centres.id }).from(centres).where(eq(centres.slug, v.centre));
    if (!centre) throw new CliError(`There is no centre with the slug "${v.centre}".`);
    const file = await inCentre(db, centre.id, (tx) =>
      exportFileAsOperator(tx, centre.id, { what: v.what, format: v.format }),
    );
    writeFileSync(v.out, file.body);
    console.log(`Wrote ${v.what} of ${v.centre} to ${v.out} (${file.body.length} bytes).`);
  },
};
