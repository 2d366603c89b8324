import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, inCentre, type Tx } from "~/db/client.server";
import type { Actor } from "~/modules/accounts/actor";
import { publicQuotes } from "~/modules/impact/queries.server";
import { createTestDatabase } from "~/test/database";
import {
  insertActor,
  insertCentre,
  insertClient,
  insertExpert,
  insertExpertWithLogin,
} from "~/test/factories";
import { newTrajectoryInput, sessionInput } from "./input";
import { ownPolicySessions } from "./own-sessions.server";
import { addParticipant, removeParticipant } from "./participants.server";
import { listTrajectories, phaseCounts, policyInzetMoments, trajectoryDetail } from "./queries.server";
import { addChange, addContribution, addStatement, setConsent } from "./records.server";
import { createTrajectory, movePhase } from "./save-trajectory.server";
import { addSession } from "./sessions.server";

let database: Database;
let coordinator: Actor;
let expertActor: Actor;
let otherCoordinator: Actor;
let centreId: string;
let otherCentreId: string;
let clientId: string;
beforeAll(async () => {
  database = await createTestDatabase();
  const centre = await insertCentre(database.db);
  const other = await insertCentre(database.db);
  centreId = centre.id;
  otherCentreId = other.id;
  coordinator = await insertActor(database.db, centreId, "coordinator", "Carla Coördinator");
  expertActor = await insertActor(database.db, centreId, "expert");
  otherCoordinator = await insertActor(database.db, otherCentreId, "coordinator");
  clientId = (await insertClient(database.db, centreId, { name: "Gemeente Rivierstad" })).id;
});
afterAll(() => database.close());

const inOwn = <T>(fn: (tx: Tx) => Promise<T>) => inCentre(database.db, centreId, fn);
const trajectory = (overrides: Record<string, unknown> = {}) =>
  newTrajectoryInput.parse({ clientId, topic: "Minimaregeling", startedOn: "2026-09-01", ...overrides });
const statementQuotes = async () =>
  (await inOwn((tx) => publicQuotes(tx, coordinator, {}, 50))).filter((q) => q.topic);

describe("policy trajectories", () => {
  it("follows a trajectory through its phases with experts, sessions, contributions and changes", async () => {
    const { id } = await inOwn((tx) => createTrajectory(tx, coordinator, trajectory()));
    const anna = await insertExpert(database.db, centreId, { firstName: "Anna", lastName: "Bakker" });
    const bram = await insertExpert(database.db, centreId, {
      firstName: "Bram",
      lastName: "Visser",
      lastInzetAt: new Date("2026-10-01T10:00:00Z"),
    });
    const before = await inOwn((tx) => trajectoryDetail(tx, coordinator, id));
    const candidates = before.candidates.map((c) => c.expertId);
    // never had inzet comes before a recent one
    expect(candidates.indexOf(anna.id)).toBeLessThan(candidates.indexOf(bram.id));

    await inOwn((tx) => addParticipant(tx, coordinator, { trajectoryId: id, expertId: anna.id }));
    await inOwn((tx) => addParticipant(tx, coordinator, { trajectoryId: id, expertId: bram.id }));
    await inOwn((tx) =>
      addSession(tx, coordinator, {
        trajectoryId: id,
        ...sessionInput.parse({
          day: "2026-11-12",
          from: "14:00",
          until: "16:00",
          place: "Stadhuis",
          subject: "Brief over de regeling",
          attended: [anna.id],
        }),
      }),
    );
    await inOwn((tx) =>
      addContribution(tx, coordinator, {
        trajectoryId: id,
        text: "Schrijf de brief in gewone taal",
        expertId: anna.id,
        sessionId: "",
      }),
    );
    await inOwn((tx) =>
      movePhase(tx, coordinator, { trajectoryId: id, phase: "ontwerpen", note: "Na de eerste sessie" }),
    );
    await inOwn((tx) =>
      addChange(tx, coordinator, {
        trajectoryId: id,
        text: "De aanvraag kan nu met één formulier",
        changedOn: "2026-11-20",
        source: "Raadsbesluit",
      }),
    );
    await inOwn((tx) => removeParticipant(tx, coordinator, { trajectoryId: id, expertId: bram.id }));

    const detail = await inOwn((tx) => trajectoryDetail(tx, coordinator, id));
    expect(detail.trajectory.phase).toBe("ontwerpen");
    expect(detail.history.map((h) => h.toPhase)).toEqual(["ontwerpen", "verkennen"]);
    expect(detail.history[0].by).toBe("Carla Coördinator");
    expect(detail.participants.map((p) => p.name)).toEqual(["Anna Bakker"]);
    expect(detail.sessions[0].attended).toEqual(["Anna Bakker"]);
    expect(detail.contributions[0].expert).toBe("Anna Bakker");
    expect(detail.changes[0].source).toBe("Raadsbesluit");
    expect((await inOwn((tx) => phaseCounts(tx, coordinator))).ontwerpen).toBeGreaterThan(0);
    const moments = await inOwn((tx) => policyInzetMoments(tx));
    expect(moments.filter((m) => m.expertId === anna.id)).toHaveLength(1);
    expect(moments.find((m) => m.expertId === anna.id)?.startsAt.toISOString()).toBe(
      "2026-11-12T13:00:00.000Z",
    );
  });

  it("shows a statement among the impact quotes only with consent, and no longer once it is withdrawn", async () => {
    const { id } = await inOwn((tx) =>
      createTrajectory(tx, coordinator, trajectory({ topic: "Toegankelijke brieven" })),
    );
    const text =
      "Dit nieuwe beleid was niet tot stand gekomen zonder de inzichten en input van de ervaringsdeskundigen";
    await inOwn((tx) =>
      addStatement(tx, coordinator, { trajectoryId: id, text, saidBy: "Wethouder", saidOn: "2026-11-25" }),
    );
    expect(await statementQuotes()).toEqual([]);

    const [statement] = (await inOwn((tx) => trajectoryDetail(tx, coordinator, id))).statements;
    await inOwn((tx) =>
      setConsent(tx, coordinator, { trajectoryId: id, statementId: statement.id, consent: true }),
    );
    const shown = await statementQuotes();
    expect(shown).toEqual([
      {
        id: statement.id,
        quote: text,
        client: "Gemeente Rivierstad",
        submittedOn: "2026-11-25",
        topic: "Toegankelijke brieven",
      },
    ]);
    // never the one who said it in person, nor an expert
    expect(JSON.stringify(shown)).not.toContain("Wethouder");

    await inOwn((tx) =>
      setConsent(tx, coordinator, { trajectoryId: id, statementId: statement.id, consent: false }),
    );
    expect(await statementQuotes()).toEqual([]);
  });

  it("shows an expert the coming sessions of the trajectories they take part in, and no one else's", async () => {
    const { id } = await inOwn((tx) =>
      createTrajectory(tx, coordinator, trajectory({ topic: "Armoedebeleid" })),
    );
    const taking = await insertExpertWithLogin(database.db, centreId);
    const other = await insertExpertWithLogin(database.db, centreId);
    await inOwn((tx) => addParticipant(tx, coordinator, { trajectoryId: id, expertId: taking.expert.id }));
    const session = (day: string, subject: string) =>
      inOwn((tx) =>
        addSession(tx, coordinator, {
          trajectoryId: id,
          ...sessionInput.parse({ day, from: "10:00", until: "12:00", online: "on", subject }),
        }),
      );
    await session("2026-12-20", "Komende sessie");
    await session("2026-11-01", "Voorbije sessie");
    const now = new Date("2026-12-01T09:00:00Z");
    const mine = await inOwn((tx) => ownPolicySessions(tx, taking.actor, now));
    expect(mine.map((s) => [s.subject, s.topic, s.client])).toEqual([
      ["Komende sessie", "Armoedebeleid", "Gemeente Rivierstad"],
    ]);
    expect(await inOwn((tx) => ownPolicySessions(tx, other.actor, now))).toEqual([]);
  });

  it("keeps centres apart and refuses weaker roles", async () => {
    const { id } = await inOwn((tx) =>
      createTrajectory(tx, coordinator, trajectory({ topic: "Schuldhulp" })),
    );
    await expect(
      inCentre(database.db, otherCentreId, (tx) => trajectoryDetail(tx, otherCoordinator, id)),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(
      await inCentre(database.db, otherCentreId, (tx) => listTrajectories(tx, otherCoordinator)),
    ).toEqual([]);
    await expect(
      inCentre(database.db, otherCentreId, (tx) =>
        movePhase(tx, otherCoordinator, { trajectoryId: id, phase: "besluiten", note: "" }),
      ),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(inOwn((tx) => listTrajectories(tx, expertActor))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(inOwn((tx) => createTrajectory(tx, expertActor, trajectory()))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    // another centre's client cannot be chosen
    const foreign = await insertClient(database.db, otherCentreId);
    await expect(
      inOwn((tx) => createTrajectory(tx, coordinator, trajectory({ clientId: foreign.id }))),
    ).rejects.toMatchObject({ code: "INVALID" });
  });

  it("refuses bad input with field messages", () => {
    const bad = sessionInput.safeParse({ day: "2026-11-12", from: "16:00", until: "14:00", subject: "" });
    expect(bad.success).toBe(false);
    const paths = bad.error?.issues.map((i) => i.path.join("."));
    expect(paths).toContain("subject");
    expect(newTrajectoryInput.safeParse({ topic: "", startedOn: "x" }).success).toBe(false);
  });
});
