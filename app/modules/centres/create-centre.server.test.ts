import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, inCentre } from "~/db/client.server";
import { centres, memberships, themes, user, workForms } from "~/db/schema";
import { createTestDatabase } from "~/test/database";
import { needsSetup, setupCentre, setupInput, slugify } from "./create-centre.server";
import { defaultThemes, defaultWorkForms } from "./defaults";

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const input = {
  centreName: "Expertiseteam Nijmegen",
  slug: "nijmegen",
  adminName: "Noor Jansen",
  email: "noor@nijmegen.example",
  password: "een lange zin als wachtwoord",
};

describe("the first-run setup", () => {
  it("creates the centre with its default lists and an admin, after which setup is closed", async () => {
    expect(await needsSetup(database.db)).toBe(true);
    const { centreId, userId } = await setupCentre(database.db, input);
    expect(await needsSetup(database.db)).toBe(false);
    const lists = await inCentre(database.db, centreId, async (tx) => ({
      themes: (await tx.select({ name: themes.name }).from(themes)).map((t) => t.name).sort(),
      forms: await tx.$count(workForms),
      role: (
        await tx.select({ role: memberships.role }).from(memberships).where(eq(memberships.userId, userId))
      )[0]?.role,
    }));
    expect(lists).toEqual({
      themes: [...defaultThemes].sort(),
      forms: defaultWorkForms.length,
      role: "admin",
    });
  });

  it("refuses a taken short name or e-mail address with a message for that field, and saves nothing", async () => {
    const before = await database.db.$count(centres);
    await expect(
      setupCentre(database.db, { ...input, email: "ander@nijmegen.example" }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      fields: { slug: ["auth:setup.slugTaken"] },
    });
    await expect(setupCentre(database.db, { ...input, slug: "nijmegen-2" })).rejects.toMatchObject({
      code: "CONFLICT",
      fields: { email: ["auth:setup.emailTaken"] },
    });
    expect(await database.db.$count(centres)).toBe(before);
    expect(await database.db.$count(user, eq(user.email, "ander@nijmegen.example"))).toBe(0);
  });

  it("checks the form with Dutch message keys and makes a short name from the centre's name", () => {
    const result = setupInput.safeParse({ ...input, slug: "Niet Goed", password: "kort" });
    expect(result.success).toBe(false);
    const messages = result.error?.issues.map((i) => `${String(i.path[0])}:${i.message}`);
    expect(messages).toEqual(
      expect.arrayContaining(["slug:validation.slug", "password:validation.passwordTooShort"]),
    );
    expect(slugify("Sterk uit Armoede — Café Oost")).toBe("sterk-uit-armoede-cafe-oost");
  });
});
