import { eq } from "drizzle-orm";
import { type Db, inCentre, type Tx } from "~/db/client.server";
import { withinRateLimit } from "~/db/rate-limit.server";
import { adviceQuestions, clients } from "~/db/schema";
import { advice as adviceNl } from "~/i18n/nl/advice";
import type { Locale } from "~/i18n/resources";
import { baseUrl } from "~/lib/config.server";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { assertCan } from "~/modules/accounts/guard";
import { coordinatorEmails } from "~/modules/assignments/request-info.server";
import { recordAudit } from "~/modules/audit/record.server";
import { composeMail, fill, mailTexts } from "~/modules/mail/compose";
import { queueMail } from "~/modules/mail/queue.server";
import { mailSender } from "~/modules/mail/sender.server";
import { checkStamp, findPublicCentre, spendStamp } from "~/modules/requests/public-form.server";
import { assertStaffMember, mailAssigned } from "./handle-question.server";
import type { PublicQuestionInput, StaffQuestionInput } from "./input";

export const LIMIT_PER_ADDRESS_HOUR = 5;
export const LIMIT_PER_ADDRESS_DAY = 10;
export const LIMIT_PER_CENTRE_DAY = 50;

type Asked = { id: string; organisation: string; category: PublicQuestionInput["category"] };

/** The coordinators (and the centre's own address) hear of a new question, with the link to it. */
async function mailNewQuestion(tx: Tx, centreId: string, asked: Asked): Promise<void> {
  const sender = await mailSender(tx, { centreId });
  const to = new Set((await coordinatorEmails(tx, centreId)).map((s) => s.to));
  if (sender.contactEmail) to.add(sender.contactEmail);
  const t = mailTexts("nl").advice;
  const values = {
    organisation: asked.organisation,
    category: adviceNl.categories[asked.category].toLowerCase(),
  };
  for (const address of to)
    await queueMail(
      tx,
      composeMail({ to: address, locale: "nl" }, sender, {
        subject: fill(t.newSubject, values),
        greeting: mailTexts("nl").hello.plain,
        blocks: [fill(t.newIntro, values), { intro: t.newAction, href: `${baseUrl()}/advice/${asked.id}` }],
      }),
    );
}

/** The asker's receipt, with their question, so they know what they sent. */
async function mailReceipt(tx: Tx, centreId: string, v: PublicQuestionInput, locale: Locale): Promise<void> {
  const sender = await mailSender(tx, { centreId });
  const t = mailTexts(locale);
  await queueMail(
    tx,
    composeMail({ to: v.askerEmail, locale }, sender, {
      subject: t.advice.receiptSubject,
      greeting: fill(t.hello.u, { name: v.askerName }),
      blocks: [
        fill(t.advice.receiptIntro, { centre: sender.centreName }),
        t.advice.receiptNext,
        t.advice.yourQuestion,
        v.question,
      ],
    }),
  );
}

/** What the form's sender sees: saved, or quietly ignored (a robot's try). */
export type PublicAskResult = { saved: boolean };

/**
 * A question through the public form, with the request form's protections: the trap field and a
 * missing, forged or used stamp are thanked and not saved; an expired stamp is INVALID (the form
 * comes back with a new one); limits per address per hour and day and per centre per day (RATE_LIMITED).
 * Saved as "new" with no client, whatever was typed. The asker gets a receipt; the coordinators a mail.
 */
export async function askPublicQuestion(
  db: Db,
  input: { slug: string; values: PublicQuestionInput; address: string; locale?: Locale; now?: number },
): Promise<PublicAskResult> {
  const now = input.now ?? Date.now();
  const centre = await findPublicCentre(db, input.slug);
  const v = input.values;
  if (v.website?.trim()) return { saved: false };
  const stamp = await checkStamp(db, centre.slug, v.startedAt, now);
  if (!stamp.ok && stamp.why === "expired") throw new AppError("INVALID", "advice:public.expired");
  if (!stamp.ok) return { saved: false };

  const key = `advice-form:${centre.id}:${input.address}`;
  const perHour = await withinRateLimit(db, `${key}:hour`, LIMIT_PER_ADDRESS_HOUR, 3600);
  const perDay = perHour && (await withinRateLimit(db, `${key}:day`, LIMIT_PER_ADDRESS_DAY, 86_400));
  if (!perHour || !perDay) throw new AppError("RATE_LIMITED");
  if (!(await spendStamp(db, centre.id, stamp.id))) return { saved: false };
  if (!(await withinRateLimit(db, `advice-form:${centre.id}`, LIMIT_PER_CENTRE_DAY, 86_400)))
    throw new AppError("RATE_LIMITED");

  const locale = input.locale ?? "nl";
  return inCentre(db, centre.id, async (tx) => {
    const [row] = await tx
      .insert(adviceQuestions)
      .values({
        centreId: centre.id,
        organisation: v.organisation,
        askerName: v.askerName,
        askerEmail: v.askerEmail,
        askerPhone: v.askerPhone,
        category: v.category,
        question: v.question,
        source: "public_form",
        locale,
      })
      .returning({ id: adviceQuestions.id });
    await recordAudit(
      tx,
      { centreId: centre.id, userId: null },
      { action: "create", entity: "advice_question", entityId: row.id, detail: { source: "public_form" } },
    );
    await mailReceipt(tx, centre.id, v, locale);
    await mailNewQuestion(tx, centre.id, { id: row.id, organisation: v.organisation, category: v.category });
    return { saved: true };
  });
}

/** A question a coordinator enters (from a call or a meeting): no receipt, it may be assigned at once. */
export async function enterQuestion(tx: Tx, actor: Actor, v: StaffQuestionInput): Promise<{ id: string }> {
  assertCan(actor, "advice:manage");
  if (v.clientId) {
    const [client] = await tx.select({ id: clients.id }).from(clients).where(eq(clients.id, v.clientId));
    if (!client) throw new AppError("INVALID", "validation.invalid", { clientId: ["validation.invalid"] });
  }
  if (v.assignedTo) await assertStaffMember(tx, actor, v.assignedTo, "assignedTo");
  const [row] = await tx
    .insert(adviceQuestions)
    .values({
      centreId: actor.centreId,
      organisation: v.organisation,
      askerName: v.askerName,
      askerEmail: v.askerEmail,
      askerPhone: v.askerPhone,
      clientId: v.clientId ?? null,
      category: v.category,
      question: v.question,
      source: "staff",
      status: v.assignedTo ? "assigned" : "new",
      assignedTo: v.assignedTo ?? null,
    })
    .returning({ id: adviceQuestions.id, organisation: adviceQuestions.organisation });
  await recordAudit(tx, actor, {
    action: "create",
    entity: "advice_question",
    entityId: row.id,
    detail: { source: "staff", assigned: Boolean(v.assignedTo) },
  });
  if (v.assignedTo && v.assignedTo !== actor.userId) await mailAssigned(tx, actor, row, v.assignedTo);
  return { id: row.id };
}
