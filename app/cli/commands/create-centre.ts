import { getDatabase } from "~/db/client.server";
import { centreInput, createCentre, slugify } from "~/modules/centres/create-centre.server";
import type { Command } from "../commands";
import { requireValid } from "../input";

export const createCentreCommand: Command = {
  summary: 'add a centre: --name "Naam" [--slug naam]',
  options: { name: { type: "string" }, slug: { type: "string" } },
  async run(values) {
    const name = String(values.name ?? "");
    const input = requireValid(centreInput, { centreName: name, slug: values.slug ?? slugify(name) });
    const { db } = await getDatabase();
    const centre = await createCentre(db, input);
    console.log(`Centre created: ${input.slug} (${centre.id})`);
  },
};
