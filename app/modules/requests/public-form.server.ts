import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { asc, eq } from "drizzle-orm";
import { type Db, inCentre } from "~/db/client.server";
import { withinRateLimit } from "~/db/rate-limit.server";
import { appSettings, areas, centres, workForms } from "~/db/schema";
import { requests as en } from "~/i18n/en/requests";
import { requests as nl } from "~/i18n/nl/requests";
import type { Locale } from "~/i18n/resources";
import { baseUrl } from "~/lib/config.server";
import { AppError } from "~/lib/errors";
import { slugParam } from "~/lib/params";
import { coordinatorEmails } from "~/modules/assignments/request-info.server";
import { inCentreSendingMail, queueMail } from "~/modules/mail/queue.server";
import type { PublicRequestInput } from "./input";
import { mailNewRequest } from "./new-request-mail.server";
import { insertRequestWithChildren } from "./save-request.server";
import { formatSubmitter } from "./when";

/** A stamp is good for a day: long enough to fill the form in, short enough to be useless to collect. */
export const STAMP_VALID_MS = 24 * 60 * 60 * 1000;
export const LIMIT_PER_ADDRESS_HOUR = 5;
export const LIMIT_PER_ADDRESS_DAY = 10;
export const LIMIT_PER_CENTRE_DAY = 50;

/** The centre behind a public address. Runs as the owner: the visitor has no centre yet. */
export async function findPublicCentre(db: Db, slug: string) {
  const [centre] = await db
    .select({ id: centres.id, name: centres.name, slug: centres.slug, email: centres.email })
    .from(centres)
    .where(eq(centres.slug, slugParam(slug)));
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

const sign = (secret: string, slug: string, ms: number, id: string) =>
  createHmac("sha256", secret).update(`public-form:${slug}:${ms}:${id}`).digest("base64url");

/**
 * A signed, time-limited, one-time stamp for the form's hidden field: `<ms>.<id>.<mac>`. The id is
 * random, so each shown form has its own stamp, and a used stamp is remembered in the database.
 */
export async function formStamp(db: Db, slug: string, now = Date.now()): Promise<string> {
  const id = randomBytes(12).toString("base64url");
  return `${now}.${id}.${sign(await formSecret(db), slug, now, id)}`;
}

type StampCheck = { ok: true; id: string } | { ok: false; why: "forged" | "expired" };

export async function checkStamp(
  db: Db,
  slug: string,
  stamp: string | undefined,
  now: number,
): Promise<StampCheck> {
  const [msText, id, mac] = (stamp ?? "").split(".");
  const ms = Number(msText);
  if (!id || !mac || !Number.isSafeInteger(ms)) return { ok: false, why: "forged" };
  const expected = Buffer.from(sign(await formSecret(db), slug, ms, id));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given))
    return { ok: false, why: "forged" };
  if (ms > now + 60_000) return { ok: false, why: "forged" };
  if (now - ms > STAMP_VALID_MS) return { ok: false, why: "expired" };
  return { ok: true, id };
}

/**
 * Uses the stamp up: true the first time, false for every later try (from any app process). Kept
 * as a counter in the database for longer than a stamp is valid.
 */
export function spendStamp(db: Db, centreId: string, id: string): Promise<boolean> {
  return withinRateLimit(db, `public-form-stamp:${centreId}:${id}`, 1, (2 * STAMP_VALID_MS) / 1000);
}

/** What the form's sender sees: saved with its number, or quietly ignored (a robot's try). */
export type PublicSubmitResult = { saved: true; number: number } | { saved: false };

/**
 * A request sent through the public form.
 *
 * Robots are refused quietly (the result says `saved: false`, the page thanks them as anyone): the
 * hidden field filled in, a missing or forged stamp, or a stamp used before (a replay or a double
 * submit). A stamp older than a day is the one thing a person may meet: INVALID with a message, and
 * the form gets a new stamp. Then the limits: per address per hour and per day, per centre per day.
 *
 * The request is saved as "new" with no client and no contact, whatever name or e-mail was typed:
 * only a coordinator links it to a client (a contact's own list shows only their client's requests).
 * In the same transaction: a receipt with the request's number to the sender, and a mail to the
 * centre's coordinators (and the centre's address), sent right after the commit.
 */
export async function submitPublicRequest(
  db: Db,
  input: { slug: string; values: PublicRequestInput; address: string; locale?: Locale; now?: number },
): Promise<PublicSubmitResult> {
  const now = input.now ?? Date.now();
  const centre = await findPublicCentre(db, input.slug);
  const v = input.values;
  if (v.website?.trim()) return { saved: false };
  const stamp = await checkStamp(db, centre.slug, v.startedAt, now);
  if (!stamp.ok && stamp.why === "expired") throw new AppError("INVALID", "requests:public.expired");
  if (!stamp.ok) return { saved: false };

  const key = `public-form:${centre.id}:${input.address}`;
  const perHour = await withinRateLimit(db, `${key}:hour`, LIMIT_PER_ADDRESS_HOUR, 3600);
  const perDay = perHour && (await withinRateLimit(db, `${key}:day`, LIMIT_PER_ADDRESS_DAY, 86_400));
  if (!perHour || !perDay) throw new AppError("RATE_LIMITED");
  if (!(await spendStamp(db, centre.id, stamp.id))) return { saved: false };
  if (!(await withinRateLimit(db, `public-form:${centre.id}`, LIMIT_PER_CENTRE_DAY, 86_400)))
    throw new AppError("RATE_LIMITED");

  const texts = input.locale === "en" ? en : nl;
  return inCentreSendingMail(db, centre.id, async (tx) => {
    const created = await insertRequestWithChildren(
      tx,
      { centreId: centre.id, userId: null },
      {
        ...v,
        clientId: null,
        contactId: null,
        source: "public_form",
        submittedBy: formatSubmitter({
          organisation: v.organisation,
          name: v.contactName,
          email: v.email,
          phone: v.phone,
          sector: v.sector,
        }),
      },
    );
    const number = String(created.number);
    const fill = (text: string) =>
      text
        .replaceAll("{{number}}", number)
        .replaceAll("{{name}}", v.contactName)
        .replaceAll("{{title}}", v.title)
        .replaceAll("{{centre}}", centre.name)
        .replaceAll("{{centreEmail}}", centre.email ?? "")
        .replaceAll("{{link}}", `${baseUrl()}/requests/${created.id}`);
    await queueMail(tx, {
      to: v.email,
      subject: fill(texts.mail.receiptSubject),
      text: fill(centre.email ? texts.mail.receiptText : texts.mail.receiptTextNoEmail),
    });
    const staff = await coordinatorEmails(tx, centre.id);
    await mailNewRequest(
      tx,
      centre.id,
      created,
      staff.map((s) => s.to),
    );
    return { saved: true, number: created.number };
  });
}
