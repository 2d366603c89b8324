import { eq } from "drizzle-orm";
import type { Db, Tx } from "~/db/client.server";
import { centres } from "~/db/schema";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { can } from "~/modules/accounts/permissions";
import { recordAudit } from "~/modules/audit/record.server";
import { colourProblem, LOGO_MAX_BYTES, logoType } from "./brand";

/** What the page header and footer show of a centre (see ~/ui/shell CentreBrand). */
export type CentreBrandView = {
  name: string;
  slug: string;
  colour: string | null;
  logoUrl: string | null;
  email: string | null;
  phone: string | null;
};

const brandColumns = {
  name: centres.name,
  slug: centres.slug,
  colour: centres.brandColour,
  logoUpdatedAt: centres.logoUpdatedAt,
  email: centres.email,
  phone: centres.phone,
};

function view(row: {
  name: string;
  slug: string;
  colour: string | null;
  logoUpdatedAt: Date | null;
  email: string | null;
  phone: string | null;
}): CentreBrandView {
  const { logoUpdatedAt, ...rest } = row;
  return { ...rest, logoUrl: logoUpdatedAt ? `/centre-logo/${row.slug}?v=${logoUpdatedAt.getTime()}` : null };
}

/** The brand of a centre from the membership the signed-in viewer already read (no query of its own). */
export function brandOf(m: {
  centreName: string;
  centreSlug: string;
  centreColour: string | null;
  centreLogoAt: Date | null;
  centreEmail: string | null;
  centrePhone: string | null;
}): CentreBrandView {
  return view({
    name: m.centreName,
    slug: m.centreSlug,
    colour: m.centreColour,
    logoUpdatedAt: m.centreLogoAt,
    email: m.centreEmail,
    phone: m.centrePhone,
  });
}

/** The brand of the centre a transaction runs in. */
export async function centreBrand(tx: Tx, centreId: string): Promise<CentreBrandView | null> {
  const [row] = await tx.select(brandColumns).from(centres).where(eq(centres.id, centreId));
  return row ? view(row) : null;
}

/**
 * A centre's brand by its slug, for public pages (no one is signed in). Null for an unknown or malformed
 * slug (e.g. `?centre=` on the code login page, which anyone can type), so the page shows Tandem's own.
 */
export async function publicCentreBrand(
  db: Db,
  slug: string | null | undefined,
): Promise<CentreBrandView | null> {
  if (!slug || !/^[a-z0-9][a-z0-9-]{0,62}$/.test(slug)) return null;
  const [row] = await db.select(brandColumns).from(centres).where(eq(centres.slug, slug));
  return row ? view(row) : null;
}

/** The logo's bytes and type, for /centre-logo/<slug>. */
export async function centreLogo(db: Db, slug: string): Promise<{ body: Buffer; type: string } | null> {
  const [row] = await db
    .select({ logo: centres.logo, type: centres.logoType })
    .from(centres)
    .where(eq(centres.slug, slug));
  return row?.logo && row.type ? { body: row.logo, type: row.type } : null;
}

/** An admin sets the centre's colour (empty: Tandem's blue) and uploads or removes its logo. */
export async function setCentreBrand(
  tx: Tx,
  actor: Actor,
  input: { colour: string | null; logo?: Uint8Array | "remove" },
): Promise<void> {
  if (!can(actor.role, "centre:manage")) throw new AppError("FORBIDDEN");
  const fields: Record<string, string[]> = {};
  if (input.colour && colourProblem(input.colour))
    fields.colour = [`settings:brand.errors.${colourProblem(input.colour)}`];
  let logo: { bytes: Buffer; type: string } | null | undefined;
  if (input.logo === "remove") logo = null;
  else if (input.logo && input.logo.byteLength > 0) {
    const type = logoType(input.logo);
    if (input.logo.byteLength > LOGO_MAX_BYTES) fields.logo = ["settings:brand.errors.logoTooBig"];
    else if (!type) fields.logo = ["settings:brand.errors.logoType"];
    else logo = { bytes: Buffer.from(input.logo), type };
  }
  if (Object.keys(fields).length) throw new AppError("INVALID", "errors.INVALID", fields);
  const changes: Partial<typeof centres.$inferInsert> = { brandColour: input.colour?.toLowerCase() || null };
  if (logo !== undefined)
    Object.assign(changes, {
      logo: logo?.bytes ?? null,
      logoType: logo?.type ?? null,
      logoUpdatedAt: logo ? new Date() : null,
    });
  const [row] = await tx
    .update(centres)
    .set(changes)
    .where(eq(centres.id, actor.centreId))
    .returning({ id: centres.id });
  if (!row) throw new AppError("NOT_FOUND");
  await recordAudit(tx, actor, {
    action: "update",
    entity: "centre",
    entityId: row.id,
    detail: { fields: ["brandColour", ...(logo !== undefined ? ["logo"] : [])] },
  });
}
