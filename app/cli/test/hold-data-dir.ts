/**
 * Test helper: opens DATA_DIR the way the server's startup does (getDatabase), says "ready" and keeps
 * it open until SIGTERM. Spawned by the one-writer tests as a stand-in for a running server.
 */
import { closeDatabase, getDatabase } from "~/db/client.server";
import { describeError } from "../errors";

try {
  await getDatabase();
  process.stdout.write("ready\n");
} catch (error) {
  console.error(describeError(error));
  process.exit(1);
}
process.on("SIGTERM", async () => {
  await closeDatabase();
  process.exit(0);
});
setInterval(() => {}, 1_000);
