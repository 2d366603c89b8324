import { and, eq, inArray } from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import { assignments, experts } from "~/db/schema";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { can } from "~/modules/accounts/permissions";
import { signInLink } from "~/modules/accounts/sign-in-link.server";
import { recordAudit } from "~/modules/audit/record.server";
import { queueMail } from "~/modules/mail/queue.server";
import { mailSender } from "~/modules/mail/sender.server";
import { assertOfferable } from "~/modules/matching/match-page.server";
import { moveRequest } from "~/modules/requests/set-status.server";
import { offerMail } from "./mails";
import { expertContact, requestInfo } from "./request-info.server";

const offerable = new Set(["new", "in_progress", "proposed"]);
/** An expert asked before who said no, was not needed or whose offer was withdrawn may be asked again. */
const askAgain = ["declined", "filled", "cancelled"] as const;

/** Offers a request to one or more experts: an offer each, the request to "voorgesteld", a mail each. */
export async function offerAssignments(
  tx: Tx,
  actor: Actor,
  input: { requestId: string; expertIds: string[] },
): Promise<string[]> {
  if (!can(actor.role, "matching:use")) throw new AppError("FORBIDDEN");
  const info = await requestInfo(tx, input.requestId);
  if (!offerable.has(info.status)) throw new AppError("CONFLICT", "matching:errors.notOpen");
  const ids = [...new Set(input.expertIds)];
  const chosen = await tx
    .select({ id: experts.id, firstName: experts.firstName, email: experts.email, status: experts.status })
    .from(experts)
    .where(inArray(experts.id, ids));
  if (chosen.length !== ids.length || chosen.some((e) => e.status !== "active"))
    throw new AppError("INVALID", "errors.INVALID", { expertId: ["matching:errors.chooseExpert"] });
  await assertOfferable(tx, actor, input.requestId, ids);

  const made: string[] = [];
  const sender = await mailSender(tx, actor);
  const byId = new Map(chosen.map((e) => [e.id, e]));
  for (const expert of ids.map((id) => byId.get(id)!)) {
    const [existing] = await tx
      .select({ id: assignments.id, status: assignments.status })
      .from(assignments)
      .where(and(eq(assignments.requestId, input.requestId), eq(assignments.expertId, expert.id)));
    if (existing && !(askAgain as readonly string[]).includes(existing.status))
      throw new AppError("CONFLICT", "matching:errors.alreadyAsked");
    const values = {
      status: "offered" as const,
      offeredBy: actor.userId,
      offeredAt: new Date(),
      responseReason: null,
    };
    const [row] = existing
      ? await tx
          .update(assignments)
          .set(values)
          .where(eq(assignments.id, existing.id))
          .returning({ id: assignments.id })
      : await tx
          .insert(assignments)
          .values({ centreId: actor.centreId, requestId: input.requestId, expertId: expert.id, ...values })
          .returning({ id: assignments.id });
    await recordAudit(tx, actor, {
      action: existing ? "status" : "create",
      entity: "assignment",
      entityId: row.id,
      detail: { to: "offered" },
    });
    const contact = await expertContact(tx, expert.id);
    if (contact?.email)
      await queueMail(
        tx,
        offerMail(
          { to: contact.email, locale: contact.locale },
          sender,
          contact.firstName,
          info,
          signInLink(contact.email, `/agenda/${row.id}`, sender.centreSlug),
        ),
      );
    made.push(row.id);
  }
  if (info.status !== "proposed")
    await moveRequest(tx, actor, { requestId: input.requestId, to: "proposed" });
  return made;
}
