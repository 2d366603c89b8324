import { eq } from "drizzle-orm";
import type { Db } from "~/db/client.server";
import { user } from "~/db/schema";
import type { Locale } from "~/i18n/resources";

/**
 * A signed-in person's chosen language, kept on their login so mail reaches them in it too (the
 * cookie only knows the browser). Their own row only; runs as the owner like the sign-in step.
 */
export async function setPreferredLocale(db: Db, userId: string, locale: Locale): Promise<void> {
  await db.update(user).set({ locale }).where(eq(user.id, userId));
}
