import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, inCentre, type Tx } from "~/db/client.server";
import { outcomes } from "~/db/schema";
import type { Actor } from "~/modules/accounts/actor";
import { outcomeFigures } from "~/modules/outcomes/figures.server";
import { insertCohort, insertTrainee } from "~/modules/outcomes/test-data.server";
import { createTestDatabase } from "~/test/database";
import { insertActor, insertCentre } from "~/test/factories";
import { newEmployerInput } from "./input";
import { endPlacement, placementsAt, startPlacement } from "./placements.server";
import { employerDetail } from "./queries.server";
import { createEmployer } from "./save-employer.server";

let database: Database;
let coordinator: Actor;
let centreId: string;
let cohortId: string;
beforeAll(async () => {
  database = await createTestDatabase();
  const centre = await insertCentre(database.db);
  centreId = centre.id;
  coordinator = await insertActor(database.db, centreId, "coordinator");
  cohortId = (await insertCohort(database.db, centreId)).id;
});
afterAll(() => database.close());

const inOwn = <T>(fn: (tx: Tx) => Promise<T>) => inCentre(database.db, centreId, fn);
const newEmployer = (stage: "decided" | "evaluated" = "decided") =>
  inOwn((tx) =>
    createEmployer(
      tx,
      coordinator,
      newEmployerInput.parse({
        name: `Werkgever ${crypto.randomUUID().slice(0, 6)}`,
        sector: "welfare",
        stage,
      }),
    ),
  );
const timeline = (traineeId: string) =>
  database.db
    .select({
      kind: outcomes.kind,
      startsOn: outcomes.startsOn,
      source: outcomes.source,
      employer: outcomes.employer,
    })
    .from(outcomes)
    .where(eq(outcomes.traineeId, traineeId))
    .orderBy(outcomes.startsOn);

describe("placements", () => {
  it("writes the person's timeline when they start and stop, and the figures count it", async () => {
    const traineeId = await insertTrainee(database.db, centreId, cohortId);
    const employer = await newEmployer();
    const before = await inOwn((tx) => outcomeFigures(tx, coordinator, {}, new Date("2026-12-02T12:00:00Z")));
    const { id } = await inOwn((tx) =>
      startPlacement(tx, coordinator, employer.id, {
        traineeId,
        kind: "paid_job",
        startsOn: "2026-09-01",
        hoursPerWeek: 24,
        note: "",
      }),
    );
    const detail = await inOwn((tx) => employerDetail(tx, coordinator, employer.id));
    expect(detail.employer.stage).toBe("at_work");
    expect(detail.history[0]).toMatchObject({ fromStage: "decided", toStage: "at_work" });
    expect(await timeline(traineeId)).toEqual([
      { kind: "paid_job", startsOn: "2026-09-01", source: "placement", employer: detail.employer.name },
    ]);
    const during = await inOwn((tx) => outcomeFigures(tx, coordinator, {}, new Date("2026-12-02T12:00:00Z")));
    expect(during.counts.paid_job).toBe(before.counts.paid_job + 1);

    await inOwn((tx) =>
      endPlacement(tx, coordinator, id, { endsOn: "2026-11-30", next: "job_seeking", note: "" }),
    );
    expect((await timeline(traineeId)).at(-1)).toMatchObject({ kind: "job_seeking", startsOn: "2026-12-01" });
    const after = await inOwn((tx) => outcomeFigures(tx, coordinator, {}, new Date("2026-12-02T12:00:00Z")));
    expect(after.counts.paid_job).toBe(before.counts.paid_job);
    expect(after.counts.job_seeking).toBe(before.counts.job_seeking + 1);
    const [row] = await inOwn((tx) => placementsAt(tx, coordinator, employer.id));
    expect(row).toMatchObject({ endsOn: "2026-11-30", hoursPerWeek: 24 });
    await expect(
      inOwn((tx) =>
        endPlacement(tx, coordinator, id, { endsOn: "2026-12-01", next: "other_path", note: "" }),
      ),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("keeps an evaluated employer where it is, and refuses an end before the start", async () => {
    const traineeId = await insertTrainee(database.db, centreId, cohortId);
    const employer = await newEmployer("evaluated");
    const { id } = await inOwn((tx) =>
      startPlacement(tx, coordinator, employer.id, {
        traineeId,
        kind: "volunteer",
        startsOn: "2026-10-01",
        note: "",
      }),
    );
    expect((await inOwn((tx) => employerDetail(tx, coordinator, employer.id))).employer.stage).toBe(
      "evaluated",
    );
    await expect(
      inOwn((tx) =>
        endPlacement(tx, coordinator, id, { endsOn: "2026-09-01", next: "job_seeking", note: "" }),
      ),
    ).rejects.toMatchObject({ code: "INVALID", fields: { endsOn: ["employers:errors.endBeforeStart"] } });
    expect(await timeline(traineeId)).toHaveLength(1);
  });

  it("another centre's person cannot be placed, and weaker roles place nobody", async () => {
    const employer = await newEmployer();
    const other = await insertCentre(database.db);
    const foreign = await insertTrainee(
      database.db,
      other.id,
      (await insertCohort(database.db, other.id)).id,
    );
    await expect(
      inOwn((tx) =>
        startPlacement(tx, coordinator, employer.id, {
          traineeId: foreign,
          kind: "paid_job",
          startsOn: "2026-10-01",
          note: "",
        }),
      ),
    ).rejects.toMatchObject({ code: "INVALID" });
    expect(await timeline(foreign)).toEqual([]);
    const mine = await insertTrainee(database.db, centreId, cohortId);
    for (const role of ["expert", "client_contact", "funder"] as const) {
      const weak = await insertActor(database.db, centreId, role);
      await expect(
        inOwn((tx) =>
          startPlacement(tx, weak, employer.id, {
            traineeId: mine,
            kind: "paid_job",
            startsOn: "2026-10-01",
            note: "",
          }),
        ),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    const stranger = await insertActor(database.db, other.id, "admin");
    await expect(
      inCentre(database.db, other.id, (tx) => employerDetail(tx, stranger, employer.id)),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
