import { createHash, randomBytes } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { type Db, inCentre, type Tx } from "~/db/client.server";
import {
  centres,
  clientContacts,
  experts,
  grantFunders,
  invitations,
  memberships,
  type Role,
} from "~/db/schema";
import type { Locale } from "~/i18n/resources";
import { baseUrl } from "~/lib/config.server";
import { AppError } from "~/lib/errors";
import { recordAudit } from "~/modules/audit/record.server";
import { composeMail, fill, mailTexts } from "~/modules/mail/compose";
import { queueMail } from "~/modules/mail/queue.server";
import { mailSender } from "~/modules/mail/sender.server";
import type { Actor } from "./actor";

/** How long an invitation link works. */
export const invitationDays = 7;

const hashOf = (token: string) => createHash("sha256").update(token).digest("hex");

/**
 * Invites someone who already has a login (here or in another centre) to this centre with a role.
 * Nothing changes for them until they accept, signed in: no membership, no other centre. Only the
 * token's hash is stored; the mail holds the link. A newer invitation replaces an open one.
 * Runs in the actor's centre (row-level security); the caller checks the permission.
 */
export async function inviteToCentre(
  tx: Tx,
  actor: Actor,
  input: {
    email: string;
    role: Role;
    /** A funder's grant, an expert's pool record or a contact person: linked when they accept. */
    grantId?: string;
    expertId?: string;
    clientContactId?: string;
    locale?: Locale;
  },
): Promise<{ invitationId: string; token: string }> {
  const email = input.email.toLowerCase();
  const token = randomBytes(32).toString("base64url");
  await tx
    .delete(invitations)
    .where(
      and(
        eq(invitations.centreId, actor.centreId),
        eq(invitations.email, email),
        isNull(invitations.acceptedAt),
      ),
    );
  const [row] = await tx
    .insert(invitations)
    .values({
      centreId: actor.centreId,
      email,
      role: input.role,
      grantId: input.grantId ?? null,
      expertId: input.expertId ?? null,
      clientContactId: input.clientContactId ?? null,
      tokenHash: hashOf(token),
      expiresAt: new Date(Date.now() + invitationDays * 24 * 60 * 60 * 1000),
      invitedBy: actor.userId,
    })
    .returning({ id: invitations.id });
  const sender = await mailSender(tx, { centreId: actor.centreId, userId: actor.userId });
  const locale = input.locale ?? "nl";
  const texts = mailTexts(locale).invitation;
  const form = input.role === "expert" ? texts.je : texts.u;
  const values = { centre: sender.centreName, days: invitationDays };
  await queueMail(
    tx,
    composeMail({ to: email, locale }, sender, {
      subject: fill(texts.subject, values),
      greeting: mailTexts(locale).hello.plain,
      blocks: [
        fill(form.intro, values),
        { intro: form.action, href: `${baseUrl()}/invitations/${token}` },
        fill(form.expiry, values),
      ],
    }),
  );
  await recordAudit(tx, actor, {
    action: "create",
    entity: "invitation",
    entityId: row.id,
    detail: { role: input.role, grant: Boolean(input.grantId) },
  });
  return { invitationId: row.id, token };
}

/** What the invitation page shows: the centre and role, never the inviter or other people. */
export type InvitationView = {
  id: string;
  centreId: string;
  centreName: string;
  centreSlug: string;
  role: Role;
  grantId: string | null;
  expertId: string | null;
  clientContactId: string | null;
  email: string;
  state: "open" | "expired" | "accepted";
};

/**
 * Finds an invitation by its token. Runs as the database owner, like `membershipsOf`: the invited
 * person works in another centre (or none), so their own centre's scope cannot see it.
 */
export async function findInvitation(db: Db, token: string): Promise<InvitationView> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) throw new AppError("NOT_FOUND");
  const [row] = await db
    .select({
      id: invitations.id,
      centreId: invitations.centreId,
      centreName: centres.name,
      centreSlug: centres.slug,
      role: invitations.role,
      grantId: invitations.grantId,
      expertId: invitations.expertId,
      clientContactId: invitations.clientContactId,
      email: invitations.email,
      expiresAt: invitations.expiresAt,
      acceptedAt: invitations.acceptedAt,
    })
    .from(invitations)
    .innerJoin(centres, eq(centres.id, invitations.centreId))
    .where(eq(invitations.tokenHash, hashOf(token)));
  if (!row) throw new AppError("NOT_FOUND");
  const state = row.acceptedAt ? "accepted" : row.expiresAt.getTime() < Date.now() ? "expired" : "open";
  return {
    id: row.id,
    centreId: row.centreId,
    centreName: row.centreName,
    centreSlug: row.centreSlug,
    role: row.role,
    grantId: row.grantId,
    expertId: row.expertId,
    clientContactId: row.clientContactId,
    email: row.email,
    state,
  };
}

/**
 * The invited person accepts, signed in with the invited address: only now the membership exists
 * (and, for a funder, the link to the grant). The session they use keeps its centre: the new one is
 * theirs to choose on their account page. Written in the inviting centre, in one transaction.
 */
export async function acceptInvitation(
  db: Db,
  person: { userId: string; email: string },
  token: string,
): Promise<{ centreId: string; centreName: string }> {
  const invitation = await findInvitation(db, token);
  if (invitation.state !== "open") throw new AppError("CONFLICT", `users:invitation.${invitation.state}`);
  if (invitation.email !== person.email.toLowerCase())
    throw new AppError("FORBIDDEN", "users:invitation.otherAccount");
  const actor: Actor = { userId: person.userId, centreId: invitation.centreId, role: invitation.role };
  await inCentre(db, invitation.centreId, async (tx) => {
    const used = await tx
      .update(invitations)
      .set({ acceptedAt: new Date() })
      .where(and(eq(invitations.id, invitation.id), isNull(invitations.acceptedAt)))
      .returning({ id: invitations.id });
    if (used.length === 0) throw new AppError("CONFLICT", "users:invitation.accepted");
    const [existing] = await tx
      .select({ role: memberships.role })
      .from(memberships)
      .where(and(eq(memberships.userId, person.userId), eq(memberships.centreId, invitation.centreId)));
    if (existing && existing.role !== invitation.role)
      throw new AppError("CONFLICT", "users:invitation.otherRole");
    if (!existing)
      await tx
        .insert(memberships)
        .values({ centreId: invitation.centreId, userId: person.userId, role: invitation.role });
    if (invitation.grantId)
      await tx
        .insert(grantFunders)
        .values({ centreId: invitation.centreId, grantId: invitation.grantId, userId: person.userId })
        .onConflictDoNothing();
    // the pool record or contact person becomes theirs, unless another login took it meanwhile
    if (invitation.expertId)
      await tx
        .update(experts)
        .set({ userId: person.userId })
        .where(and(eq(experts.id, invitation.expertId), isNull(experts.userId)));
    if (invitation.clientContactId)
      await tx
        .update(clientContacts)
        .set({ userId: person.userId })
        .where(and(eq(clientContacts.id, invitation.clientContactId), isNull(clientContacts.userId)));
    await recordAudit(tx, actor, {
      action: "create",
      entity: "membership",
      entityId: invitation.id,
      detail: { role: invitation.role, invitation: true },
    });
  });
  return { centreId: invitation.centreId, centreName: invitation.centreName };
}

/** Open invitations of the actor's centre, for the users page. */
export async function listOpenInvitations(tx: Tx, actor: Actor) {
  return tx
    .select({
      id: invitations.id,
      email: invitations.email,
      role: invitations.role,
      expiresAt: invitations.expiresAt,
    })
    .from(invitations)
    .where(and(eq(invitations.centreId, actor.centreId), isNull(invitations.acceptedAt)));
}
