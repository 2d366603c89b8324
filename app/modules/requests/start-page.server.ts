import { type SQL, sql } from "drizzle-orm";
import { plannedRows, type Tx } from "~/db/client.server";
import { type RequestStatus, requestStatuses } from "~/db/schema";
import { addDays, amsterdamToDate, todayIso } from "~/lib/dates";
import type { Actor } from "~/modules/accounts/actor";
import { assertRequestsRead } from "./queries.server";

/** One line on the start page: a request, optionally an expert and a moment. */
export type ActionItem = {
  requestId: string;
  number: number;
  title: string;
  expert: string | null;
  at: string | null;
  flag: boolean;
};
export type ActionList = { total: number; items: ActionItem[] };

const LIST_SIZE = 8;

type ListName =
  | "newRequests"
  | "withoutOffer"
  | "offersWaiting"
  | "toConfirm"
  | "soon"
  | "hoursMissing"
  | "notEvaluated";

type ListRow = {
  list: ListName;
  requestId: string;
  number: number;
  title: string;
  expert: string | null;
  at: string | null;
  flag: boolean | null;
  total: number;
};

/**
 * The counts and all lists in one statement (one round trip instead of nine): per list its first
 * LIST_SIZE rows in the list's own order, and its total, as JSON beside the counts. Each list query
 * names its columns `"requestId"`, number, title, `"expertId"`, at, flag and sort; the experts' names
 * are joined to the rows that are shown only (not hashed in full for every list).
 */
async function countsAndLists(tx: Tx, queries: Record<ListName, SQL>) {
  const names = Object.keys(queries) as ListName[];
  const parts = names.map(
    (name) => sql`(select ${name}::text as list, q."requestId", q.number, q.title, q."expertId"::uuid,
      q.at::timestamptz, q.flag, row_number() over (order by q.sort) as place, count(*) over () as total
      from (${queries[name]}) q)`,
  );
  const [row] = await plannedRows<{
    per_status: Record<string, number> | null;
    areas: number | string;
    experts: number | string;
    items: ListRow[] | null;
  }>(
    tx,
    "start_page",
    sql`select (select json_object_agg(c.status, c.n) from (select status, count(*) as n from requests group by status) c)
        as per_status, (select count(*) from areas) as areas, (select count(*) from experts) as experts,
      (select json_agg(json_build_object('list', l.list, 'requestId', l."requestId", 'number', l.number,
          'title', l.title, 'expert', e.first_name || ' ' || e.last_name, 'at', l.at, 'flag', l.flag,
          'total', l.total) order by l.list, l.place)
        from (${sql.join(parts, sql` union all `)}) l left join experts e on e.id = l."expertId"
        where l.place <= ${LIST_SIZE}) as items`,
  );
  const lists = {} as Record<ListName, ActionList>;
  for (const name of names) lists[name] = { total: 0, items: [] };
  for (const r of row?.items ?? []) {
    const list = lists[r.list];
    list.total = Number(r.total);
    list.items.push({
      requestId: r.requestId,
      number: Number(r.number),
      title: r.title,
      expert: r.expert,
      at: r.at ? new Date(r.at).toISOString() : null,
      flag: Boolean(r.flag),
    });
  }
  return { counts: row, lists };
}

/**
 * What needs a coordinator's action today: new requests, requests in progress without an open
 * offer, offers unanswered for more than 2 days, accepted offers to confirm, inzet today and
 * tomorrow, work done without hours, and requests done but not evaluated. Plus counts per state.
 */
export async function startPage(tx: Tx, actor: Actor, now: Date = new Date()) {
  assertRequestsRead(actor);
  const today = todayIso(now);
  const twoDaysAgo = new Date(now.getTime() - 2 * 86_400_000);

  const { counts, lists } = await countsAndLists(tx, {
    newRequests: sql`select r.id as "requestId", r.number, r.title, null as "expertId", r.created_at as at,
        r.client_id is null as flag, r.number as sort
      from requests r where r.status = 'new'`,
    withoutOffer: sql`select r.id as "requestId", r.number, r.title, null as "expertId", null as at, false as flag, r.number as sort
      from requests r where r.status = 'in_progress' and not exists (select 1 from assignments a
        where a.request_id = r.id and a.status in ('offered', 'accepted', 'confirmed'))`,
    offersWaiting: sql`select r.id as "requestId", r.number, r.title, a.expert_id as "expertId", a.offered_at as at,
        false as flag, a.offered_at as sort
      from assignments a join requests r on r.id = a.request_id
      where a.status = 'offered' and a.offered_at < ${twoDaysAgo.toISOString()}::timestamptz`,
    toConfirm: sql`select r.id as "requestId", r.number, r.title, a.expert_id as "expertId", a.responded_at as at,
        false as flag, a.responded_at as sort
      from assignments a join requests r on r.id = a.request_id
      where a.status = 'accepted' and r.status not in ('cancelled', 'done', 'evaluated')`,
    soon: sql`select r.id as "requestId", r.number, r.title, a.expert_id as "expertId", s.starts_at as at,
        false as flag, s.starts_at as sort
      from request_slots s join requests r on r.id = s.request_id
        join assignments a on a.request_id = r.id and a.status = 'confirmed'
      where s.starts_at >= ${amsterdamToDate(today, "00:00").toISOString()}::timestamptz
        and s.starts_at < ${amsterdamToDate(addDays(today, 2), "00:00").toISOString()}::timestamptz
        and r.status <> 'cancelled'`,
    hoursMissing: sql`select r.id as "requestId", r.number, r.title, a.expert_id as "expertId",
        (select max(s.ends_at) from request_slots s where s.request_id = r.id) as at, false as flag, r.number as sort
      from assignments a join requests r on r.id = a.request_id
      where a.status = 'confirmed' and a.hours_logged_at is null and r.status <> 'cancelled'
        and (exists (select 1 from request_slots s where s.request_id = r.id and s.ends_at < ${now.toISOString()}::timestamptz)
          or r.period_end < ${today}::date)`,
    notEvaluated: sql`select r.id as "requestId", r.number, r.title, null as "expertId", ev.sent_at as at,
        ev.id is not null as flag, r.number as sort
      from requests r left join evaluations ev on ev.request_id = r.id
      where r.status = 'done'`,
  });
  const perStatus = Object.fromEntries(requestStatuses.map((s) => [s, 0])) as Record<RequestStatus, number>;
  for (const [status, n] of Object.entries(counts?.per_status ?? {}))
    perStatus[status as RequestStatus] = Number(n);
  return {
    /** What a new centre has done of its first steps (areas, experts, a first request). */
    setup: {
      areas: Number(counts?.areas ?? 0),
      experts: Number(counts?.experts ?? 0),
      requests: Object.values(perStatus).reduce((a, b) => a + b, 0),
    },
    perStatus,
    ...lists,
  };
}
