import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, inCentre } from "~/db/client.server";
import { centres } from "~/db/schema";
import { createTestDatabase } from "~/test/database";
import { insertActor, insertCentre } from "~/test/factories";
import { centreContact, centreContactInput, updateCentreContact } from "./contact.server";

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe("the centre's contact for its mails", () => {
  it("an admin sets it; a coordinator may not; another centre keeps its own", async () => {
    const centre = await insertCentre(database.db);
    const other = await insertCentre(database.db, { email: "info@other.example" });
    const admin = await insertActor(database.db, centre.id, "admin");
    const coordinator = await insertActor(database.db, centre.id, "coordinator");
    const value = centreContactInput.parse({ email: " Info@Centrum.example ", phone: "0522 123 456" });
    await inCentre(database.db, centre.id, (tx) => updateCentreContact(tx, admin, value));
    expect(await inCentre(database.db, centre.id, (tx) => centreContact(tx, admin))).toMatchObject({
      email: "info@centrum.example",
      phone: "0522 123 456",
    });
    await expect(
      inCentre(database.db, centre.id, (tx) => updateCentreContact(tx, coordinator, value)),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const strange = { ...admin, centreId: other.id };
    await expect(
      inCentre(database.db, centre.id, (tx) => updateCentreContact(tx, strange, value)),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const [row] = await database.db
      .select({ email: centres.email })
      .from(centres)
      .where(eq(centres.id, other.id));
    expect(row.email).toBe("info@other.example");
  });

  it("refuses a wrong address or phone number with a message per field", () => {
    const result = centreContactInput.safeParse({ email: "geen-adres", phone: "bel <me>" });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((i) => `${i.path.join(".")}=${i.message}`);
    expect(paths).toEqual(["email=validation.email", "phone=settings:errors.phone"]);
    expect(centreContactInput.parse({ email: "", phone: "" })).toEqual({ email: null, phone: null });
  });
});
