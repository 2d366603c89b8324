import { eq } from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import { centres } from "~/db/schema";
import type { Actor } from "~/modules/accounts/actor";
import { assertCan } from "~/modules/accounts/guard";
import { recordAudit } from "~/modules/audit/record.server";
import { readReasonInput } from "./input";

/**
 * Whether a page may show a person's sensitive records (private notes, coaching notes, ZRM scores on
 * health and justice, the benefit before the training), and the reason the reader gave for it. When
 * the centre does not ask for a reason, the records are open (every read is still logged).
 */
export type ReadGate = {
  /** The centre asks a reason first. */
  asked: boolean;
  open: boolean;
  /** The reason given, which the read's log line keeps (the person reads it in /account/reads). */
  reason: string | null;
  /** The message for a reason that is too short (a translation key). */
  error: string | null;
};

/** For a module called without a page (tests, the command line): open, without a reason. */
export const openGate: ReadGate = { asked: false, open: true, reason: null, error: null };

/** Whether the centre asks a reader of sensitive records for a reason first. */
export async function readReasonAsked(tx: Tx, centreId: string): Promise<boolean> {
  const [row] = await tx.select({ ask: centres.askReadReason }).from(centres).where(eq(centres.id, centreId));
  return row?.ask ?? false;
}

/**
 * The gate of a page: the reason comes from the `readReason` field of a plain GET form (so it works
 * without JavaScript); without one, nothing sensitive is read and so nothing is logged.
 */
export async function readGate(tx: Tx, centreId: string, url: URL): Promise<ReadGate> {
  if (!(await readReasonAsked(tx, centreId))) return openGate;
  const given = url.searchParams.get("readReason");
  if (given === null) return { asked: true, open: false, reason: null, error: null };
  const parsed = readReasonInput.safeParse(given);
  if (parsed.success) return { asked: true, open: true, reason: parsed.data, error: null };
  return {
    asked: true,
    open: false,
    reason: null,
    error: parsed.error.issues[0]?.message ?? "privacy:readReason.errors.reason",
  };
}

/** The detail a read's log line adds: the reason, when one was given. */
export function reasonDetail(gate: ReadGate): { reason?: string } {
  return gate.reason ? { reason: gate.reason } : {};
}

/** Privacy staff choose whether readers of sensitive records give a reason. */
export async function setReadReason(tx: Tx, actor: Actor, ask: boolean): Promise<void> {
  assertCan(actor, "privacy:manage");
  await tx.update(centres).set({ askReadReason: ask }).where(eq(centres.id, actor.centreId));
  await recordAudit(tx, actor, {
    action: "update",
    entity: "centre",
    entityId: actor.centreId,
    detail: { askReadReason: ask },
  });
}
