import { and, asc, eq, inArray, ne, sql } from "drizzle-orm";
import { queryRows, type Tx } from "~/db/client.server";
import { areas, employers, themes, vacancies, vacancyProposals } from "~/db/schema";
import type { ProposalStatus } from "~/db/values";
import { isLocale } from "~/i18n/resources";
import { todayIso } from "~/lib/dates";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { assertCan, assertId } from "~/modules/accounts/guard";
import { signInLink } from "~/modules/accounts/sign-in-link.server";
import { recordAudit } from "~/modules/audit/record.server";
import { composeMail, fill, mailTexts } from "~/modules/mail/compose";
import { queueMail } from "~/modules/mail/queue.server";
import { mailSender } from "~/modules/mail/sender.server";
import { haversineKm } from "~/modules/matching/rules";
import type { VacancyInput } from "./input";
import { startPlacement } from "./placements.server";
import {
  type JobSeeker,
  rankSeekers,
  type VacancyExclusion,
  type VacancyNeed,
  whyNotForVacancy,
} from "./vacancy-match";

/** Theme and area ids must be the centre's own (a foreign key alone would take another centre's). */
async function assertOwnLists(tx: Tx, input: VacancyInput): Promise<void> {
  if (input.areaId) {
    const [area] = await tx.select({ id: areas.id }).from(areas).where(eq(areas.id, input.areaId));
    if (!area) throw new AppError("INVALID", "validation.invalid", { areaId: ["validation.invalid"] });
  }
  if (input.themeIds.length) {
    const found = await tx.select({ id: themes.id }).from(themes).where(inArray(themes.id, input.themeIds));
    if (found.length !== new Set(input.themeIds).size)
      throw new AppError("INVALID", "validation.invalid", { themeIds: ["validation.invalid"] });
  }
}

/** An employer's new vacancy (open). */
export async function createVacancy(
  tx: Tx,
  actor: Actor,
  employerId: string,
  input: VacancyInput,
): Promise<{ id: string }> {
  assertCan(actor, "employers:write");
  assertId(employerId);
  const [employer] = await tx
    .select({ id: employers.id })
    .from(employers)
    .where(eq(employers.id, employerId));
  if (!employer) throw new AppError("NOT_FOUND");
  await assertOwnLists(tx, input);
  const [row] = await tx
    .insert(vacancies)
    .values({
      centreId: actor.centreId,
      employerId,
      title: input.title,
      kind: input.kind,
      hoursPerWeek: input.hoursPerWeek ?? null,
      areaId: input.areaId ?? null,
      remote: input.remote,
      themeIds: [...new Set(input.themeIds)],
      startsOn: input.startsOn ?? null,
      description: input.description,
    })
    .returning({ id: vacancies.id });
  await recordAudit(tx, actor, {
    action: "create",
    entity: "vacancy",
    entityId: row.id,
    detail: { employerId },
  });
  return row;
}

/** A vacancy with its employer, place, themes and the people proposed for it. */
export async function vacancyDetail(tx: Tx, actor: Actor, vacancyId: string) {
  assertCan(actor, "employers:read");
  assertId(vacancyId);
  const [vacancy] = await tx
    .select({
      id: vacancies.id,
      employerId: vacancies.employerId,
      employer: employers.name,
      title: vacancies.title,
      kind: vacancies.kind,
      hoursPerWeek: vacancies.hoursPerWeek,
      areaId: vacancies.areaId,
      area: areas.name,
      areaProvince: areas.province,
      areaLatE6: areas.latE6,
      areaLonE6: areas.lonE6,
      remote: vacancies.remote,
      themeIds: vacancies.themeIds,
      startsOn: vacancies.startsOn,
      description: vacancies.description,
      status: vacancies.status,
    })
    .from(vacancies)
    .innerJoin(employers, eq(employers.id, vacancies.employerId))
    .leftJoin(areas, eq(areas.id, vacancies.areaId))
    .where(eq(vacancies.id, vacancyId));
  if (!vacancy) throw new AppError("NOT_FOUND");
  const themeNames = vacancy.themeIds.length
    ? await tx
        .select({ id: themes.id, name: themes.name })
        .from(themes)
        .where(inArray(themes.id, vacancy.themeIds))
        .orderBy(asc(themes.name))
    : [];
  const proposals = await queryRows<{ id: string; traineeId: string; name: string; status: ProposalStatus }>(
    tx,
    sql`select p.id, p.trainee_id as "traineeId", t.first_name || ' ' || t.last_name as name, p.status
      from vacancy_proposals p join trainees t on t.id = p.trainee_id
      where p.vacancy_id = ${vacancyId} order by p.created_at`,
  );
  return { vacancy, themes: themeNames, proposals };
}

/** An employer's vacancies, open first. */
export function vacanciesAt(tx: Tx, actor: Actor, employerId: string) {
  assertCan(actor, "employers:read");
  return tx
    .select({
      id: vacancies.id,
      title: vacancies.title,
      kind: vacancies.kind,
      hoursPerWeek: vacancies.hoursPerWeek,
      status: vacancies.status,
      startsOn: vacancies.startsOn,
    })
    .from(vacancies)
    .where(eq(vacancies.employerId, employerId))
    .orderBy(sql`${vacancies.status} = 'open' desc`, asc(vacancies.title));
}

type SeekerRow = {
  traineeId: string;
  firstName: string;
  lastName: string;
  province: string | null;
  now: JobSeeker["now"];
  since: string | null;
  placed: boolean;
  expertId: string | null;
  themeIds: string[] | null;
  areaIds: string[] | null;
  homeAreaId: string | null;
  maxTravelKm: number | null;
  acceptsOnline: boolean | null;
  latE6: number | null;
  lonE6: number | null;
  openProposals: number;
};

/**
 * The people who look for work, ranked for a vacancy with the reasons, and how many others were
 * left out by which rule. One query for every graduate of the centre; the rules and the score are
 * the plain functions of vacancy-match.ts.
 */
export async function vacancyCandidates(tx: Tx, actor: Actor, vacancyId: string, today: string) {
  assertCan(actor, "employers:read");
  const { vacancy } = await vacancyDetail(tx, actor, vacancyId);
  return candidatesFor(tx, vacancy, today);
}

type VacancyRow = Awaited<ReturnType<typeof vacancyDetail>>["vacancy"];

async function candidatesFor(tx: Tx, vacancy: VacancyRow, today: string) {
  const vacancyId = vacancy.id;
  const place = { latE6: vacancy.areaLatE6, lonE6: vacancy.areaLonE6 };
  const rows = await queryRows<SeekerRow>(
    tx,
    sql`select t.id as "traineeId", t.first_name as "firstName", t.last_name as "lastName", t.province,
        latest.kind as now, coalesce(latest.starts_on, t.certified_on)::text as since,
        exists (select 1 from placements pl where pl.trainee_id = t.id and pl.ends_on is null) as placed,
        e.id as "expertId", e.theme_ids as "themeIds", e.area_ids as "areaIds", e.home_area_id as "homeAreaId",
        e.max_travel_km as "maxTravelKm", e.accepts_online as "acceptsOnline", h.lat_e_6 as "latE6", h.lon_e_6 as "lonE6",
        (select count(*) from vacancy_proposals p where p.trainee_id = t.id and p.vacancy_id <> ${vacancyId}
           and p.status in ('proposed', 'interested'))::int as "openProposals"
      from trainees t
      left join lateral (select o.kind, o.starts_on from outcomes o where o.trainee_id = t.id
        order by o.starts_on desc, o.created_at desc limit 1) latest on true
      left join experts e on e.id = t.expert_id
      left join areas h on h.id = e.home_area_id
      where t.status = 'certified'
        and not exists (select 1 from vacancy_proposals q where q.vacancy_id = ${vacancyId} and q.trainee_id = t.id)`,
  );
  const need: VacancyNeed = {
    areaId: vacancy.areaId,
    areaProvince: vacancy.areaProvince,
    remote: vacancy.remote,
    themeIds: vacancy.themeIds,
  };
  const seekers: JobSeeker[] = rows.map((r) => ({
    traineeId: r.traineeId,
    firstName: r.firstName,
    lastName: r.lastName,
    province: r.province,
    now: r.now,
    since: r.since,
    placed: r.placed,
    expert: r.expertId
      ? {
          themeIds: r.themeIds ?? [],
          areaIds: r.areaIds ?? [],
          homeAreaId: r.homeAreaId,
          maxTravelKm: r.maxTravelKm,
          acceptsOnline: r.acceptsOnline ?? false,
        }
      : null,
    distanceKm:
      place.latE6 != null && place.lonE6 != null && r.latE6 != null && r.lonE6 != null
        ? haversineKm({ latE6: place.latE6, lonE6: place.lonE6 }, { latE6: r.latE6, lonE6: r.lonE6 })
        : null,
    openProposals: r.openProposals,
  }));
  const left: Record<VacancyExclusion, number> = { notLooking: 0, placed: 0, area: 0 };
  const fits: JobSeeker[] = [];
  for (const person of seekers) {
    const why = whyNotForVacancy(need, person);
    if (why.length === 0) fits.push(person);
    else for (const rule of why) left[rule] += 1;
  }
  return { ranked: rankSeekers(need, fits, today), left };
}

/** Proposes a person for a vacancy (once). */
export async function proposeForVacancy(tx: Tx, actor: Actor, vacancyId: string, traineeId: string) {
  assertCan(actor, "employers:write");
  const { vacancy } = await vacancyDetail(tx, actor, vacancyId);
  if (vacancy.status !== "open") throw new AppError("CONFLICT", "employers:errors.vacancyClosed");
  const candidates = await candidatesFor(tx, vacancy, todayIso());
  if (!candidates.ranked.some((c) => c.traineeId === traineeId))
    throw new AppError("INVALID", "employers:errors.notACandidate", {
      traineeId: ["employers:errors.notACandidate"],
    });
  const [row] = await tx
    .insert(vacancyProposals)
    .values({ centreId: actor.centreId, vacancyId, traineeId, createdBy: actor.userId })
    .returning({ id: vacancyProposals.id });
  // an expert with a login hears it and answers on their phone ("Mijn inzet")
  const [expert] = await queryRows<{ email: string; locale: string | null; firstName: string }>(
    tx,
    sql`select u.email, u.locale, x.first_name as "firstName" from trainees t join experts x on x.id = t.expert_id join "user" u on u.id = x.user_id
      where t.id = ${traineeId}`,
  );
  if (expert) {
    const sender = await mailSender(tx, { centreId: actor.centreId, userId: actor.userId });
    const locale = isLocale(expert.locale) ? expert.locale : "nl";
    const texts = mailTexts(locale).jobProposal;
    const values = { title: vacancy.title, employer: vacancy.employer };
    await queueMail(
      tx,
      composeMail({ to: expert.email, locale }, sender, {
        subject: fill(texts.subject, values),
        greeting: fill(mailTexts(locale).hello.je, { name: expert.firstName }),
        blocks: [
          fill(texts.intro, values),
          { intro: texts.action, href: signInLink(expert.email, "/agenda#jobs", sender.centreSlug) },
        ],
      }),
    );
  }
  await recordAudit(tx, actor, {
    action: "create",
    entity: "vacancy_proposal",
    entityId: row.id,
    detail: { vacancyId },
  });
  return row;
}

/** What the proposed person said: yes (interested) or no (declined). */
export async function answerProposal(
  tx: Tx,
  actor: Actor,
  proposalId: string,
  answer: Extract<ProposalStatus, "interested" | "declined">,
): Promise<void> {
  assertCan(actor, "employers:write");
  assertId(proposalId);
  const updated = await tx
    .update(vacancyProposals)
    .set({ status: answer })
    .where(and(eq(vacancyProposals.id, proposalId), ne(vacancyProposals.status, "placed")))
    .returning({ id: vacancyProposals.id });
  if (updated.length === 0) throw new AppError("NOT_FOUND");
  await recordAudit(tx, actor, {
    action: "update",
    entity: "vacancy_proposal",
    entityId: proposalId,
    detail: { answer },
  });
}

/**
 * Fills a vacancy with one of the people proposed for it: a placement (which writes their timeline
 * and moves the employer on), the proposal marked placed, the vacancy filled.
 */
export async function fillVacancy(
  tx: Tx,
  actor: Actor,
  vacancyId: string,
  input: { traineeId: string; startsOn: string },
): Promise<{ placementId: string }> {
  assertCan(actor, "employers:write");
  const { vacancy, proposals } = await vacancyDetail(tx, actor, vacancyId);
  if (vacancy.status !== "open") throw new AppError("CONFLICT", "employers:errors.vacancyClosed");
  const proposal = proposals.find((p) => p.traineeId === input.traineeId && p.status !== "declined");
  if (!proposal)
    throw new AppError("INVALID", "employers:errors.notProposed", {
      traineeId: ["employers:errors.notProposed"],
    });
  const { id } = await startPlacement(tx, actor, vacancy.employerId, {
    traineeId: input.traineeId,
    kind: vacancy.kind === "volunteer" ? "volunteer" : "paid_job",
    startsOn: input.startsOn,
    hoursPerWeek: vacancy.hoursPerWeek ?? undefined,
    note: vacancy.title,
  });
  await tx.update(vacancyProposals).set({ status: "placed" }).where(eq(vacancyProposals.id, proposal.id));
  await tx
    .update(vacancies)
    .set({ status: "filled" })
    .where(and(eq(vacancies.id, vacancyId), eq(vacancies.status, "open")));
  await recordAudit(tx, actor, {
    action: "update",
    entity: "vacancy",
    entityId: vacancyId,
    detail: { filled: true },
  });
  return { placementId: id };
}

/** Closes an open vacancy without filling it (closing it again changes nothing; a filled one stays filled). */
export async function closeVacancy(tx: Tx, actor: Actor, vacancyId: string): Promise<void> {
  assertCan(actor, "employers:write");
  assertId(vacancyId);
  const [current] = await tx
    .select({ status: vacancies.status })
    .from(vacancies)
    .where(eq(vacancies.id, vacancyId));
  if (!current) throw new AppError("NOT_FOUND");
  if (current.status === "filled") throw new AppError("CONFLICT", "employers:errors.vacancyClosed");
  if (current.status === "closed") return;
  await tx.update(vacancies).set({ status: "closed" }).where(eq(vacancies.id, vacancyId));
  await recordAudit(tx, actor, {
    action: "update",
    entity: "vacancy",
    entityId: vacancyId,
    detail: { closed: true },
  });
}
