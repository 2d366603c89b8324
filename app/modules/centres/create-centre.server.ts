import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { type Db, inCentre, queryRows } from "~/db/client.server";
import { centres, checklistItems, memberships, type Role, themes, user, workForms } from "~/db/schema";
import { AppError } from "~/lib/errors";
import { createLogin } from "~/modules/accounts/auth.server";
import { assertStrongPassword } from "~/modules/accounts/password-strength.server";
import { defaultChecklist, defaultThemes, defaultWorkForms } from "./defaults";

export const slugSchema = z
  .string({ error: "validation.required" })
  .trim()
  .min(2, "validation.tooShort")
  .max(40, "validation.tooLong")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "validation.slug");

export const centreInput = z.object({
  centreName: z
    .string({ error: "validation.required" })
    .trim()
    .min(2, "validation.tooShort")
    .max(120, "validation.tooLong"),
  slug: slugSchema,
});

export const adminInput = z.object({
  adminName: z
    .string({ error: "validation.required" })
    .trim()
    .min(2, "validation.tooShort")
    .max(120, "validation.tooLong"),
  email: z.email({ error: "validation.email" }).trim().toLowerCase().max(200, "validation.tooLong"),
  password: z
    .string({ error: "validation.required" })
    .min(10, "validation.passwordTooShort")
    .max(200, "validation.tooLong"),
});

export const setupInput = centreInput.extend(adminInput.shape);

/** True while no centre exists: the first start shows the setup page. */
export async function needsSetup(db: Db): Promise<boolean> {
  const rows = await queryRows<{ any: boolean }>(db, sql`select exists(select 1 from centres) as "any"`);
  return !rows[0]?.any;
}

export function slugify(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 40);
}

/** Creates a centre with the default lists of themes and forms of work. Runs as the database owner. */
export async function createCentre(db: Db, input: z.infer<typeof centreInput>): Promise<{ id: string }> {
  const [taken] = await db.select({ id: centres.id }).from(centres).where(eq(centres.slug, input.slug));
  if (taken) throw new AppError("CONFLICT", "auth:setup.slugTaken", { slug: ["auth:setup.slugTaken"] });
  const [centre] = await db
    .insert(centres)
    .values({ name: input.centreName, slug: input.slug })
    .returning({ id: centres.id });
  await inCentre(db, centre.id, async (tx) => {
    await tx.insert(themes).values(defaultThemes.map((name) => ({ centreId: centre.id, name })));
    await tx.insert(workForms).values(defaultWorkForms.map((name) => ({ centreId: centre.id, name })));
    await tx
      .insert(checklistItems)
      .values(defaultChecklist.map((step, i) => ({ centreId: centre.id, ...step, position: i + 1 })));
  });
  return centre;
}

/** Adds a person to a centre with a role, creating their login when the e-mail address is new. */
export async function addMember(
  db: Db,
  input: { centreId: string; name: string; email: string; role: Role; password?: string },
): Promise<{ userId: string }> {
  const email = input.email.toLowerCase();
  const [existing] = await db.select({ id: user.id }).from(user).where(eq(user.email, email));
  const userId =
    existing?.id ?? (await createLogin(db, { name: input.name, email, password: input.password })).id;
  await inCentre(db, input.centreId, (tx) =>
    tx
      .insert(memberships)
      .values({ centreId: input.centreId, userId, role: input.role })
      .onConflictDoUpdate({ target: [memberships.centreId, memberships.userId], set: { role: input.role } }),
  );
  return { userId };
}

/** The first-run setup: a centre and its first administrator. Checks everything before writing anything. */
export async function setupCentre(
  db: Db,
  input: z.infer<typeof setupInput>,
): Promise<{ centreId: string; userId: string }> {
  await assertStrongPassword(input.password, "password", [input.adminName, input.email, input.centreName]);
  const [emailTaken] = await db.select({ id: user.id }).from(user).where(eq(user.email, input.email));
  if (emailTaken)
    throw new AppError("CONFLICT", "auth:setup.emailTaken", { email: ["auth:setup.emailTaken"] });
  const centre = await createCentre(db, input);
  try {
    const { userId } = await addMember(db, {
      centreId: centre.id,
      name: input.adminName,
      email: input.email,
      password: input.password,
      role: "admin",
    });
    return { centreId: centre.id, userId };
  } catch (error) {
    await db.delete(centres).where(eq(centres.id, centre.id));
    throw error;
  }
}
