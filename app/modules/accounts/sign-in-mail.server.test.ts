import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "~/db/client.server";
import { user } from "~/db/schema";
import { resetMailTransport } from "~/modules/mail/send.server";
import { createTestDatabase } from "~/test/database";
import { insertActor, insertCentre, insertExpertWithLogin } from "~/test/factories";
import { emptyOutbox, readOutbox } from "~/test/outbox";
import { sendSignInCode, withSignInNext } from "./sign-in-mail.server";

let database: Database;
const outbox = mkdtempSync(join(tmpdir(), "tandem-sign-in-"));

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.OUTBOX_DIR = outbox;
  process.env.BASE_URL = "https://tandem.example";
  delete process.env.SMTP_URL;
  resetMailTransport();
});
afterAll(() => database.close());
beforeEach(() => emptyOutbox(outbox));

const emailOf = async (userId: string) =>
  (await database.db.select({ email: user.email }).from(user).where(eq(user.id, userId)))[0].email;

describe("the sign-in code mail", () => {
  it("keeps the code out of the subject, comes from the expert's centre, says je, and goes on to next", async () => {
    const centre = await insertCentre(database.db, { name: "Centrum Meppel", email: "info@meppel.example" });
    const { actor } = await insertExpertWithLogin(database.db, centre.id);
    const email = await emailOf(actor.userId);
    await withSignInNext("/agenda/abc", () => sendSignInCode(database.db, email, "482913"));
    const [mail] = readOutbox(outbox);
    expect(mail.header("Subject")).not.toContain("482913");
    expect(mail.header("From")).toContain("Centrum Meppel");
    expect(mail.header("Reply-To")).toBe("info@meppel.example");
    expect(mail.text).toContain("Je inlogcode is: 482913");
    const link = new URL(mail.text.match(/https:\/\/tandem\.example\/login\/code\?\S+/)?.[0] ?? "");
    expect(link.searchParams.get("code")).toBe("482913");
    expect(link.searchParams.get("next")).toBe("/agenda/abc");
  });

  it("says u to a client contact, and drops a next that leaves the site", async () => {
    const centre = await insertCentre(database.db);
    const contact = await insertActor(database.db, centre.id, "client_contact");
    const email = await emailOf(contact.userId);
    await withSignInNext("//evil.example/x", () => sendSignInCode(database.db, email, "111222"));
    const [mail] = readOutbox(outbox);
    expect(mail.text).toContain("Uw inlogcode is: 111222");
    expect(mail.text).not.toContain("evil.example");
  });
});
