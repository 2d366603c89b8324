/**
 * Runs before the journeys' app server starts (see playwright.config.ts): gives every journey its own
 * centre with its own people, so journeys never share or depend on each other's data.
 */
import { openDatabase } from "../app/db/client.server";
import { addMember, createCentre } from "../app/modules/centres/create-centre.server";
import { journeyCentres, PASSWORD } from "./people";

const database = await openDatabase({ dataDir: process.env.DATA_DIR ?? "e2e/.run/app" });
for (const centre of journeyCentres) {
  const { id } = await createCentre(database.db, { centreName: centre.name, slug: centre.slug });
  for (const person of centre.people) {
    await addMember(database.db, {
      centreId: id,
      ...person,
      password: person.role === "expert" ? undefined : PASSWORD,
    });
  }
}
await database.close();
