import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { and, asc, eq } from "drizzle-orm";
import { type Db, inCentre } from "~/db/client.server";
import { withinRateLimit } from "~/db/rate-limit.server";
import { appSettings, areas, centres, clientContacts, clients, workForms } from "~/db/schema";
import { AppError } from "~/lib/errors";
import type { PublicRequestInput } from "./input";
import { mailNewRequest } from "./new-request-mail.server";
import { insertRequestWithChildren } from "./save-request.server";
import { formatSubmitter } from "./when";

/** A person needs at least this long to fill in the form; robots are faster. */
export const MIN_FILL_MS = 3_000;
const MAX_FILL_MS = 24 * 60 * 60 * 1000;
export const LIMIT_PER_ADDRESS_HOUR = 5;
export const LIMIT_PER_CENTRE_DAY = 50;

/** The centre behind a public address. Runs as the owner: the visitor has no centre yet. */
export async function findPublicCentre(db: Db, slug: string) {
  const [centre] = await db
    .select({ id: centres.id, name: centres.name, slug: centres.slug, email: centres.email })
    .from(centres)
    .where(eq(centres.slug, slug));
  if (!centre) throw new AppError("NOT_FOUND");
  return centre;
}

/** What the public form offers to choose from: the centre's active forms of work and its areas. */
export async function publicFormOptions(db: Db, centreId: string) {
  return inCentre(db, centreId, async (tx) => ({
    workForms: await tx
      .select({ value: workForms.id, label: workForms.name })
      .from(workForms)
      .where(eq(workForms.active, true))
      .orderBy(asc(workForms.name)),
    areas: await tx.select({ value: areas.id, label: areas.name }).from(areas).orderBy(asc(areas.name)),
  }));
}

async function formSecret(db: Db): Promise<string> {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  await db
    .insert(appSettings)
    .values({ key: "public_form_secret", value: randomBytes(32).toString("base64url") })
    .onConflictDoNothing();
  const [row] = await db
    .select({ value: appSettings.value })
    .from(appSettings)
    .where(eq(appSettings.key, "public_form_secret"));
  return row.value;
}

const sign = (secret: string, slug: string, ms: number) =>
  createHmac("sha256", secret).update(`public-form:${slug}:${ms}`).digest("base64url");

/** A signed "the form was shown at" stamp for the hidden field. */
export async function formStamp(db: Db, slug: string, now = Date.now()): Promise<string> {
  return `${now}.${sign(await formSecret(db), slug, now)}`;
}

/** Milliseconds since the stamp was made, or null when it is missing or forged. */
async function stampAge(db: Db, slug: string, stamp: string | undefined, now: number) {
  const [msText, mac] = (stamp ?? "").split(".");
  const ms = Number(msText);
  if (!mac || !Number.isFinite(ms)) return null;
  const expected = Buffer.from(sign(await formSecret(db), slug, ms));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return now - ms;
}

/**
 * A request sent through the public form. Refuses robots (the hidden field filled in, sent too fast
 * or without a valid stamp) and too many requests (per address per hour, per centre per day); then
 * saves it as "new" in the centre, linked to a client whose name matches exactly, and tells the centre.
 */
export async function submitPublicRequest(
  db: Db,
  input: { slug: string; values: PublicRequestInput; address: string; now?: number },
): Promise<{ number: number }> {
  const now = input.now ?? Date.now();
  const centre = await findPublicCentre(db, input.slug);
  const v = input.values;
  if (v.website?.trim()) throw new AppError("INVALID", "requests:public.refused");
  const age = await stampAge(db, centre.slug, v.startedAt, now);
  if (age === null || age < MIN_FILL_MS || age > MAX_FILL_MS)
    throw new AppError("INVALID", "requests:public.tooFast");
  const perAddress = await withinRateLimit(
    db,
    `public-form:${centre.id}:${input.address}`,
    LIMIT_PER_ADDRESS_HOUR,
    3600,
  );
  const perCentre =
    perAddress && (await withinRateLimit(db, `public-form:${centre.id}`, LIMIT_PER_CENTRE_DAY, 86_400));
  if (!perAddress || !perCentre) throw new AppError("RATE_LIMITED");

  return inCentre(db, centre.id, async (tx) => {
    const [client] = await tx
      .select({ id: clients.id })
      .from(clients)
      .where(eq(clients.name, v.organisation));
    const [contact] = client
      ? await tx
          .select({ id: clientContacts.id })
          .from(clientContacts)
          .where(and(eq(clientContacts.clientId, client.id), eq(clientContacts.email, v.email)))
      : [];
    const who = { centreId: centre.id, userId: null };
    const created = await insertRequestWithChildren(tx, who, {
      ...v,
      clientId: client?.id ?? null,
      contactId: contact?.id ?? null,
      source: "public_form",
      submittedBy: formatSubmitter({
        organisation: v.organisation,
        name: v.contactName,
        email: v.email,
        phone: v.phone,
        sector: v.sector,
      }),
    });
    await mailNewRequest(tx, centre.id, created);
    return { number: created.number };
  });
}
