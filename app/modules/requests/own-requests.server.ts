import { eq, sql } from "drizzle-orm";
import { queryRows, type Tx } from "~/db/client.server";
import { clients, type RequestStatus } from "~/db/schema";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { can } from "~/modules/accounts/permissions";
import { contactOf } from "~/modules/accounts/viewer.server";
import { givenBy } from "~/modules/privacy/consent.server";
import type { OwnRequestInput } from "./input";
import { mailNewRequest } from "./new-request-mail.server";
import { insertRequestWithChildren } from "./save-request.server";

function assertOwn(actor: Actor): void {
  if (!can(actor.role, "own:requests")) throw new AppError("FORBIDDEN");
}

export type OwnRequestRow = {
  id: string;
  number: number;
  title: string;
  status: RequestStatus;
  slots: { startsAt: string; endsAt: string }[];
  periodStart: string | null;
  periodEnd: string | null;
  experts: string[];
};

/**
 * A client contact's view: the requests of their own client only, with dates and the names of
 * confirmed experts (never who was asked or declined).
 */
export async function listOwnRequests(tx: Tx, actor: Actor) {
  assertOwn(actor);
  const contact = await contactOf(tx, actor.userId);
  const [client] = await tx
    .select({ name: clients.name })
    .from(clients)
    .where(eq(clients.id, contact.clientId));
  const rows = await queryRows<{
    id: string;
    number: number;
    title: string;
    status: RequestStatus;
    periodStart: string | null;
    periodEnd: string | null;
    slots: { startsAt: string; endsAt: string }[] | null;
    experts: string[] | null;
  }>(
    tx,
    sql`select r.id, r.number, r.title, r.status, r.period_start::text as "periodStart",
      r.period_end::text as "periodEnd",
      (select json_agg(json_build_object('startsAt', s.starts_at, 'endsAt', s.ends_at) order by s.starts_at)
        from request_slots s where s.request_id = r.id) as slots,
      (select array_agg(e.first_name || ' ' || e.last_name order by e.first_name)
        from assignments a join experts e on e.id = a.expert_id
        where a.request_id = r.id and a.status = 'confirmed') as experts
    from requests r where r.client_id = ${contact.clientId}
    order by r.number desc`,
  );
  return {
    client: client?.name ?? "",
    requests: rows.map(
      (r): OwnRequestRow => ({
        ...r,
        number: Number(r.number),
        slots: (r.slots ?? []).map((s) => ({
          startsAt: new Date(s.startsAt).toISOString(),
          endsAt: new Date(s.endsAt).toISOString(),
        })),
        experts: r.experts ?? [],
      }),
    ),
  };
}

/**
 * The introductions of the experts who work (confirmed) for the contact's client: only of experts who
 * agreed that clients may see their profile (consent "profile", /account/consent), and only while they
 * have not withdrawn it.
 */
export async function ownExpertIntroductions(tx: Tx, actor: Actor) {
  assertOwn(actor);
  const contact = await contactOf(tx, actor.userId);
  const rows = await queryRows<{ id: string; name: string; text: string; userId: string | null }>(
    tx,
    sql`select distinct e.id, e.first_name || ' ' || e.last_name as name, e.profile_text as text, e.user_id as "userId"
      from assignments a join requests r on r.id = a.request_id join experts e on e.id = a.expert_id
      where r.client_id = ${contact.clientId} and a.status = 'confirmed' and btrim(e.profile_text) <> ''
      order by name`,
  );
  const agreed = await givenBy(
    tx,
    "profile",
    rows.flatMap((r) => (r.userId ? [r.userId] : [])),
  );
  return rows
    .filter((r) => r.userId && agreed.has(r.userId))
    .map(({ id, name, text }) => ({ id, name, text }));
}

/** A client contact sends a new request for their own client; it lands as "new" and the centre hears of it. */
export async function createOwnRequest(tx: Tx, actor: Actor, input: OwnRequestInput) {
  assertOwn(actor);
  const contact = await contactOf(tx, actor.userId);
  const created = await insertRequestWithChildren(tx, actor, {
    ...input,
    clientId: contact.clientId,
    contactId: contact.id,
    source: "staff",
  });
  await mailNewRequest(tx, actor.centreId, created);
  return created;
}
