import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, inCentre, type Tx } from "~/db/client.server";
import { areas, expertThemes, jobs, outcomes, themes, trainees } from "~/db/schema";
import type { Actor } from "~/modules/accounts/actor";
import { insertCohort, insertOutcome, insertTrainee } from "~/modules/outcomes/test-data.server";
import { createTestDatabase } from "~/test/database";
import { insertActor, insertCentre, insertExpert } from "~/test/factories";
import { newEmployerInput, vacancyInput } from "./input";
import { answerOwnProposal, ownProposals } from "./own-proposals.server";
import { createEmployer } from "./save-employer.server";
import {
  answerProposal,
  closeVacancy,
  createVacancy,
  fillVacancy,
  proposeForVacancy,
  vacancyCandidates,
  vacancyDetail,
} from "./vacancies.server";

let database: Database;
let coordinator: Actor;
let centreId: string;
let cohortId: string;
let debts: string;
let city: string;
beforeAll(async () => {
  database = await createTestDatabase();
  centreId = (await insertCentre(database.db)).id;
  coordinator = await insertActor(database.db, centreId, "coordinator");
  cohortId = (await insertCohort(database.db, centreId)).id;
  [{ id: debts }] = await database.db.insert(themes).values({ centreId, name: "schulden" }).returning();
  [{ id: city }] = await database.db
    .insert(areas)
    .values({ centreId, name: "Zwolle", province: "Overijssel", latE6: 52_516_775, lonE6: 6_083_022 })
    .returning();
});
afterAll(() => database.close());

const inOwn = <T>(fn: (tx: Tx) => Promise<T>) => inCentre(database.db, centreId, fn);
const today = "2026-12-02";

/** A graduate with a pool record in Zwolle; `theme` adds the debts theme to their pool record. */
async function graduate(name: string, options: { theme?: boolean; now?: "paid_job" | "job_seeking" } = {}) {
  const expert = await insertExpert(database.db, centreId, { homeAreaId: city, maxTravelKm: 20 });
  if (options.theme)
    await database.db.insert(expertThemes).values({ centreId, expertId: expert.id, themeId: debts });
  const id = await insertTrainee(database.db, centreId, cohortId, {
    firstName: name,
    expertId: expert.id,
    province: "Overijssel",
  });
  if (options.now) await insertOutcome(database.db, centreId, id, options.now, "2026-06-01");
  return id;
}

async function vacancy(overrides: Record<string, unknown> = {}) {
  const employer = await inOwn((tx) =>
    createEmployer(
      tx,
      coordinator,
      newEmployerInput.parse({
        name: `Werkgever ${crypto.randomUUID().slice(0, 6)}`,
        sector: "housing",
        stage: "decided",
      }),
    ),
  );
  const { id } = await inOwn((tx) =>
    createVacancy(
      tx,
      coordinator,
      employer.id,
      vacancyInput.parse({
        title: "Ervaringsdeskundige schuldhulp",
        kind: "paid_job",
        hoursPerWeek: "24",
        areaId: city,
        themeIds: [debts],
        ...overrides,
      }),
    ),
  );
  return { id, employerId: employer.id };
}

describe("vacancies", () => {
  it("ranks the people who look for work by the pool's rules, with reasons, and leaves out who works", async () => {
    const withTheme = await graduate("Anouk", { theme: true, now: "job_seeking" });
    const without = await graduate("Bram");
    const working = await graduate("Cor", { theme: true, now: "paid_job" });
    const { id } = await vacancy();
    const { ranked, left } = await inOwn((tx) => vacancyCandidates(tx, coordinator, id, today));
    const ids = ranked.map((r) => r.traineeId);
    expect(ids.indexOf(withTheme)).toBeLessThan(ids.indexOf(without));
    expect(ids).not.toContain(working);
    expect(left.notLooking).toBeGreaterThanOrEqual(1);
    const first = ranked.find((r) => r.traineeId === withTheme);
    expect(first?.reasons.map((r) => r.key)).toEqual(["themes", "distance", "proposals", "looking"]);
    expect(first?.reasons[0].values).toEqual({ count: 1, total: 1 });
  });

  it("proposes, hears yes, and fills: a placement on the timeline, the vacancy filled, the person no longer looking", async () => {
    const person = await graduate("Dewi", { theme: true, now: "job_seeking" });
    const { id, employerId } = await vacancy();
    const other = await vacancy();
    const proposal = await inOwn((tx) => proposeForVacancy(tx, coordinator, id, person));
    await expect(inOwn((tx) => proposeForVacancy(tx, coordinator, id, person))).rejects.toMatchObject({
      code: "INVALID",
    });
    // proposed here: ranked lower for another vacancy (fair spread)
    const elsewhere = await inOwn((tx) => vacancyCandidates(tx, coordinator, other.id, today));
    expect(elsewhere.ranked.find((r) => r.traineeId === person)?.openProposals).toBe(1);
    await inOwn((tx) => answerProposal(tx, coordinator, proposal.id, "interested"));
    await inOwn((tx) => fillVacancy(tx, coordinator, id, { traineeId: person, startsOn: "2026-12-15" }));
    const detail = await inOwn((tx) => vacancyDetail(tx, coordinator, id));
    expect(detail.vacancy.status).toBe("filled");
    expect(detail.proposals).toEqual([expect.objectContaining({ traineeId: person, status: "placed" })]);
    const timeline = await database.db
      .select({ kind: outcomes.kind, source: outcomes.source, startsOn: outcomes.startsOn })
      .from(outcomes)
      .where(eq(outcomes.traineeId, person));
    expect(timeline).toContainEqual({ kind: "paid_job", source: "placement", startsOn: "2026-12-15" });
    const after = await inOwn((tx) => vacancyCandidates(tx, coordinator, other.id, today));
    expect(after.ranked.map((r) => r.traineeId)).not.toContain(person);
    await expect(
      inOwn((tx) => fillVacancy(tx, coordinator, id, { traineeId: person, startsOn: "2026-12-15" })),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(employerId).toBeTruthy();
  });

  it("keeps out who lives too far, lets everyone in for work from home, and refuses to fill with someone not proposed", async () => {
    const far = await insertTrainee(database.db, centreId, cohortId, {
      firstName: "Eva",
      province: "Limburg",
    });
    const { id } = await vacancy({ themeIds: [] });
    expect(
      (await inOwn((tx) => vacancyCandidates(tx, coordinator, id, today))).ranked.map((r) => r.traineeId),
    ).not.toContain(far);
    const remote = await vacancy({ remote: true, areaId: undefined });
    expect(
      (await inOwn((tx) => vacancyCandidates(tx, coordinator, remote.id, today))).ranked.map(
        (r) => r.traineeId,
      ),
    ).toContain(far);
    await expect(
      inOwn((tx) => fillVacancy(tx, coordinator, remote.id, { traineeId: far, startsOn: "2026-12-15" })),
    ).rejects.toMatchObject({ code: "INVALID" });
    await inOwn((tx) => closeVacancy(tx, coordinator, remote.id));
    await expect(inOwn((tx) => proposeForVacancy(tx, coordinator, remote.id, far))).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("mails a proposed expert with a login, who answers for themselves; another expert cannot", async () => {
    const expertActor = await insertActor(database.db, centreId, "expert", "Fenna Fietsen");
    const expert = await insertExpert(database.db, centreId, {
      homeAreaId: city,
      maxTravelKm: 20,
      userId: expertActor.userId,
      firstName: "Fenna",
    });
    const person = await insertTrainee(database.db, centreId, cohortId, {
      firstName: "Fenna",
      expertId: expert.id,
      province: "Overijssel",
    });
    const { id } = await vacancy();
    const proposal = await inOwn((tx) => proposeForVacancy(tx, coordinator, id, person));
    const mails = (
      await database.db.select({ payload: jobs.payload }).from(jobs).where(eq(jobs.kind, "mail.send"))
    )
      .map((j) => j.payload as { subject: string; text: string })
      .filter((m) => m.text.includes("Hallo Fenna,"));
    expect(mails.map((m) => m.subject)).toEqual(["Werk voor jou: Ervaringsdeskundige schuldhulp"]);
    const own = await inOwn((tx) => ownProposals(tx, expertActor));
    expect(own).toEqual([
      expect.objectContaining({
        id: proposal.id,
        status: "proposed",
        title: "Ervaringsdeskundige schuldhulp",
      }),
    ]);
    const other = await insertActor(database.db, centreId, "expert");
    expect(await inOwn((tx) => ownProposals(tx, other))).toEqual([]);
    await expect(inOwn((tx) => answerOwnProposal(tx, other, proposal.id, "declined"))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      inOwn((tx) => answerOwnProposal(tx, coordinator, proposal.id, "declined")),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await inOwn((tx) => answerOwnProposal(tx, expertActor, proposal.id, "interested"));
    const detail = await inOwn((tx) => vacancyDetail(tx, coordinator, id));
    expect(detail.proposals.find((p) => p.id === proposal.id)?.status).toBe("interested");
  });

  it("another centre sees no vacancy, its theme cannot be used, and weaker roles do nothing", async () => {
    const { id, employerId } = await vacancy();
    const other = await insertCentre(database.db);
    const stranger = await insertActor(database.db, other.id, "admin");
    await expect(
      inCentre(database.db, other.id, (tx) => vacancyDetail(tx, stranger, id)),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const [{ id: foreignTheme }] = await database.db
      .insert(themes)
      .values({ centreId: other.id, name: "schulden" })
      .returning();
    await expect(
      inOwn((tx) =>
        createVacancy(
          tx,
          coordinator,
          employerId,
          vacancyInput.parse({ title: "Tweede plek", kind: "volunteer", themeIds: [foreignTheme] }),
        ),
      ),
    ).rejects.toMatchObject({ code: "INVALID" });
    for (const role of ["expert", "client_contact", "funder"] as const) {
      const weak = await insertActor(database.db, centreId, role);
      await expect(inOwn((tx) => vacancyCandidates(tx, weak, id, today))).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
    expect(
      await database.db.select({ id: trainees.id }).from(trainees).where(eq(trainees.centreId, other.id)),
    ).toEqual([]);
  });
});
