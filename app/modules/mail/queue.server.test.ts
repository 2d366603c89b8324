import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, inCentre } from "~/db/client.server";
import { createTestDatabase } from "~/test/database";
import { insertCentre } from "~/test/factories";
import { flushMail, queueMail } from "./queue.server";
import { resetMailTransport } from "./send.server";

let database: Database;
const outbox = mkdtempSync(join(tmpdir(), "tandem-outbox-"));

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.OUTBOX_DIR = outbox;
  delete process.env.SMTP_URL;
  resetMailTransport();
});
afterAll(() => database.close());

describe("queued mail", () => {
  it("is sent after the transaction commits, and not when it rolls back", async () => {
    const centre = await insertCentre(database.db);
    await inCentre(database.db, centre.id, (tx) =>
      queueMail(tx, { to: "iemand@example.org", subject: "Bevestigd", text: "Uw inzet is bevestigd." }),
    );
    await expect(
      inCentre(database.db, centre.id, async (tx) => {
        await queueMail(tx, { to: "iemand@example.org", subject: "Nooit", text: "x" });
        throw new Error("rollback");
      }),
    ).rejects.toThrow("rollback");
    expect(await flushMail(database.db)).toBe(1);
    const files = readdirSync(outbox);
    expect(files).toHaveLength(1);
    expect(readFileSync(join(outbox, files[0]), "utf8")).toContain("Subject: Bevestigd");
    expect(await flushMail(database.db)).toBe(0);
  });
});
