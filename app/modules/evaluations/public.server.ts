import { eq } from "drizzle-orm";
import { type Db, inCentre } from "~/db/client.server";
import { centres, evaluations, requests } from "~/db/schema";
import { AppError } from "~/lib/errors";
import { recordAudit } from "~/modules/audit/record.server";
import { moveRequest } from "~/modules/requests/set-status.server";
import type { EvaluationInput } from "./input";
import { hashToken } from "./token.server";

/**
 * The visitor of the public page has no centre: the token itself says which evaluation it is.
 * This lookup runs as the owner and returns only the centre and ids; everything else runs in the centre.
 */
async function evaluationByToken(db: Db, token: string) {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) throw new AppError("NOT_FOUND", "evaluations:public.notFound");
  const [row] = await db
    .select({ id: evaluations.id, centreId: evaluations.centreId })
    .from(evaluations)
    .where(eq(evaluations.tokenHash, hashToken(token)));
  if (!row) throw new AppError("NOT_FOUND", "evaluations:public.notFound");
  return row;
}

/** What the public page shows: whose request it was about, and whether it was answered already. */
export async function publicEvaluation(db: Db, token: string) {
  const found = await evaluationByToken(db, token);
  return inCentre(db, found.centreId, async (tx) => {
    const [row] = await tx
      .select({
        centreName: centres.name,
        centreSlug: centres.slug,
        requestNumber: requests.number,
        requestTitle: requests.title,
        submitted: evaluations.submittedAt,
      })
      .from(evaluations)
      .innerJoin(requests, eq(requests.id, evaluations.requestId))
      .innerJoin(centres, eq(centres.id, evaluations.centreId))
      .where(eq(evaluations.id, found.id));
    if (!row) throw new AppError("NOT_FOUND", "evaluations:public.notFound");
    return { ...row, submitted: row.submitted != null };
  });
}

/** Saves the answers once and marks the request as evaluated. A second time changes nothing. */
export async function submitEvaluation(
  db: Db,
  token: string,
  input: EvaluationInput,
): Promise<{ alreadyDone: boolean }> {
  const found = await evaluationByToken(db, token);
  return inCentre(db, found.centreId, async (tx) => {
    const [row] = await tx
      .select({ requestId: evaluations.requestId, submittedAt: evaluations.submittedAt })
      .from(evaluations)
      .where(eq(evaluations.id, found.id))
      .for("update");
    if (!row) throw new AppError("NOT_FOUND", "evaluations:public.notFound");
    if (row.submittedAt) return { alreadyDone: true };
    await tx
      .update(evaluations)
      .set({
        score: input.score,
        wentWell: input.wentWell || null,
        quote: input.quote || null,
        quotePublic: Boolean(input.quote) && input.quotePublic,
        submittedAt: new Date(),
      })
      .where(eq(evaluations.id, found.id));
    const system = { centreId: found.centreId, userId: null };
    await recordAudit(tx, system, {
      action: "update",
      entity: "evaluation",
      entityId: found.id,
      detail: { fields: ["score", "wentWell", "quote", "quotePublic", "submittedAt"] },
    });
    await moveRequest(tx, system, { requestId: row.requestId, to: "evaluated" });
    return { alreadyDone: false };
  });
}
