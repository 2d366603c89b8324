import { asc, eq, sql } from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import { areas, clients, experts, requests, workForms } from "~/db/schema";
import { todayIso } from "~/lib/dates";
import type { ExportTable } from "./table";

const expertStatusNl: Record<string, string> = {
  in_training: "In opleiding",
  certified: "Gecertificeerd",
  active: "Actief",
  paused: "Gepauzeerd",
  stopped: "Gestopt",
};

const requestStatusNl: Record<string, string> = {
  new: "Nieuw",
  in_progress: "In behandeling",
  proposed: "Voorgesteld",
  confirmed: "Bevestigd",
  done: "Uitgevoerd",
  evaluated: "Geëvalueerd",
  cancelled: "Geannuleerd",
};

/** The pool: who is in it and what they do. Never the private notes. */
export async function poolTable(tx: Tx): Promise<ExportTable> {
  const rows = await tx
    .select({
      firstName: experts.firstName,
      lastName: experts.lastName,
      email: experts.email,
      phone: experts.phone,
      status: experts.status,
      certifiedOn: experts.certifiedOn,
      homeArea: areas.name,
      themes: sql<string>`coalesce((select string_agg(t.name, ', ' order by t.name) from expert_themes et join themes t on t.id = et.theme_id where et.expert_id = ${experts.id}), '')`,
      workForms: sql<string>`coalesce((select string_agg(w.name, ', ' order by w.name) from expert_work_forms ew join work_forms w on w.id = ew.work_form_id where ew.expert_id = ${experts.id}), '')`,
      areas: sql<string>`coalesce((select string_agg(a.name, ', ' order by a.name) from expert_areas ea join areas a on a.id = ea.area_id where ea.expert_id = ${experts.id}), '')`,
    })
    .from(experts)
    .leftJoin(areas, eq(areas.id, experts.homeAreaId))
    .orderBy(asc(experts.lastName), asc(experts.firstName));
  return {
    sheet: "Pool",
    headers: [
      "Voornaam",
      "Achternaam",
      "E-mailadres",
      "Telefoon",
      "Status",
      "Certificaat sinds",
      "Woonplaats (gebied)",
      "Thema's",
      "Vormen van inzet",
      "Werkgebieden",
    ],
    kinds: ["text", "text", "text", "text", "text", "date", "text", "text", "text", "text"],
    rows: rows.map((r) => [
      r.firstName,
      r.lastName,
      r.email,
      r.phone,
      expertStatusNl[r.status] ?? r.status,
      r.certifiedOn,
      r.homeArea,
      r.themes,
      r.workForms,
      r.areas,
    ]),
  };
}

/** The requests: number, client, form of work, status, dates, experts and hours worked. */
export async function requestsTable(tx: Tx): Promise<ExportTable> {
  const rows = await tx
    .select({
      number: requests.number,
      title: requests.title,
      client: clients.name,
      workForm: workForms.name,
      status: requests.status,
      createdAt: requests.createdAt,
      periodStart: requests.periodStart,
      periodEnd: requests.periodEnd,
      firstDate: sql<
        string | null
      >`(select to_char(min(s.starts_at) at time zone 'Europe/Amsterdam', 'YYYY-MM-DD') from request_slots s where s.request_id = ${requests.id})`,
      lastDate: sql<
        string | null
      >`(select to_char(max(s.starts_at) at time zone 'Europe/Amsterdam', 'YYYY-MM-DD') from request_slots s where s.request_id = ${requests.id})`,
      experts: sql<string>`coalesce((select string_agg(e.first_name || ' ' || e.last_name, ', ' order by e.last_name) from assignments a join experts e on e.id = a.expert_id where a.request_id = ${requests.id} and a.status = 'confirmed'), '')`,
      minutes: sql<
        number | null
      >`(select sum(a.minutes_worked)::int from assignments a where a.request_id = ${requests.id} and a.status = 'confirmed')`,
    })
    .from(requests)
    .leftJoin(clients, eq(clients.id, requests.clientId))
    .leftJoin(workForms, eq(workForms.id, requests.workFormId))
    .orderBy(asc(requests.number));
  return {
    sheet: "Aanvragen",
    headers: [
      "Nummer",
      "Titel",
      "Opdrachtgever",
      "Vorm van inzet",
      "Status",
      "Aangemaakt op",
      "Periode van",
      "Periode tot",
      "Eerste datum",
      "Laatste datum",
      "Ervaringsdeskundigen",
      "Uren",
    ],
    kinds: [
      "integer",
      "text",
      "text",
      "text",
      "text",
      "date",
      "date",
      "date",
      "date",
      "date",
      "text",
      "decimal",
    ],
    rows: rows.map((r) => [
      r.number,
      r.title,
      r.client,
      r.workForm,
      requestStatusNl[r.status] ?? r.status,
      todayIso(new Date(r.createdAt)),
      r.periodStart,
      r.periodEnd,
      r.firstDate,
      r.lastDate,
      r.experts,
      r.minutes == null ? null : Math.round((Number(r.minutes) / 60) * 100) / 100,
    ]),
  };
}
