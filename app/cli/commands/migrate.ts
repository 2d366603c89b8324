import { getDatabase } from "~/db/client.server";
import type { Command } from "../commands";

export const migrateCommand: Command = {
  summary:
    "apply the database migrations (DATA_DIR or DATABASE_URL); makes a new database there if none exists",
  usage: "",
  creates: true,
  async run() {
    const database = await getDatabase();
    console.log(`Migrations applied (${database.kind}).`);
  },
};
