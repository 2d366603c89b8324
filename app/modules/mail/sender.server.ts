import { and, eq, inArray } from "drizzle-orm";
import type { Db, Tx } from "~/db/client.server";
import { centres, memberships, user } from "~/db/schema";
import { isLocale, type Locale } from "~/i18n/resources";
import type { Sender } from "./compose";

/**
 * Who the centre's mails come from: its name and contact, with Reply-To the coordinator or admin who
 * acted (userId), else the centre's contact address. Runs in the centre's scope.
 */
export async function mailSender(
  tx: Tx | Db,
  who: { centreId: string; userId?: string | null },
): Promise<Sender> {
  const [centre] = await tx
    .select({ name: centres.name, slug: centres.slug, email: centres.email, phone: centres.phone })
    .from(centres)
    .where(eq(centres.id, who.centreId));
  let replyTo: string | null = null;
  if (who.userId) {
    const [staff] = await tx
      .select({ email: user.email })
      .from(memberships)
      .innerJoin(user, eq(user.id, memberships.userId))
      .where(
        and(
          eq(memberships.centreId, who.centreId),
          eq(memberships.userId, who.userId),
          inArray(memberships.role, ["coordinator", "admin"]),
        ),
      );
    replyTo = staff?.email ?? null;
  }
  return {
    centreName: centre?.name ?? "Tandem",
    centreSlug: centre?.slug,
    contactEmail: centre?.email || null,
    contactPhone: centre?.phone || null,
    replyTo: replyTo ?? (centre?.email || null),
  };
}

/** A person's language from their login (user.locale); Dutch when they have none or it is unknown. */
export async function localeOfUser(tx: Tx | Db, userId: string | null | undefined): Promise<Locale> {
  if (!userId) return "nl";
  const [row] = await tx.select({ locale: user.locale }).from(user).where(eq(user.id, userId));
  return isLocale(row?.locale) ? row.locale : "nl";
}
