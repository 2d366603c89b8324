import { getDatabase } from "~/db/client.server";
import { centreInput, createCentre, slugify } from "~/modules/centres/create-centre.server";
import type { Command } from "../commands";
import { UsageError } from "../errors";
import { requireValid } from "../input";

export const createCentreCommand: Command = {
  summary: "add a centre (with the default themes and forms of work)",
  usage: '--name "Naam" [--slug naam]',
  options: {
    name: { type: "string", description: "the centre's name (required)" },
    slug: { type: "string", description: "its short name in web addresses (default: made from the name)" },
  },
  async run(values) {
    const name = String(values.name ?? "");
    if (!name) throw new UsageError("--name is required: the centre's name.");
    const input = requireValid(
      centreInput,
      { centreName: name, slug: values.slug ?? slugify(name) },
      { centreName: "name" },
    );
    const { db } = await getDatabase();
    const centre = await createCentre(db, input);
    console.log(`Centre created: ${input.slug} (${centre.id})`);
  },
};
