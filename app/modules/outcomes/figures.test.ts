import { describe, expect, it } from "vitest";
import type { OutcomeKind } from "~/db/schema";
import {
  computeFigures,
  computeTrend,
  defaultActivation,
  inFigure,
  type MeasurementRecord,
  percent,
  type TraineeRecord,
} from "./figures";

const today = "2026-11-22";

function trainee(id: number, overrides: Partial<TraineeRecord> = {}): TraineeRecord {
  return {
    id: `t${id}`,
    situationBefore: "unemployed",
    certifiedOn: "2025-06-30",
    outcomes: [],
    measurements: [],
    ...overrides,
  };
}

function withOutcome(id: number, kind: OutcomeKind, extra: Partial<TraineeRecord> = {}): TraineeRecord {
  return trainee(id, { outcomes: [{ kind, startsOn: "2025-09-01" }], ...extra });
}

function ladder(intake: number, later: number): MeasurementRecord[] {
  return [
    { moment: "intake", measuredOn: "2024-09-01", ladder: intake, zrm: null },
    { moment: "month_6", measuredOn: "2025-12-30", ladder: later, zrm: null },
  ];
}

/** The seed's table: 44 trained; 20 paid job, 10 volunteer, 8 job seeking, 6 other path. */
function seedTable(): TraineeRecord[] {
  const kinds: OutcomeKind[] = [
    ...Array<OutcomeKind>(20).fill("paid_job"),
    ...Array<OutcomeKind>(10).fill("volunteer"),
    ...Array<OutcomeKind>(8).fill("job_seeking"),
    ...Array<OutcomeKind>(6).fill("other_path"),
  ];
  return kinds.map((kind, i) =>
    withOutcome(i, kind, {
      // 40 of 44 came from long-term unemployment (90.9%); 35 rose at least one rung (79.5%).
      situationBefore: i < 40 ? "long_term_unemployed" : "unemployed",
      measurements: i < 35 ? ladder(2, 4) : ladder(3, 3),
    }),
  );
}

describe("computeFigures", () => {
  it("reproduces the seed's table from 44 trainees", () => {
    const figures = computeFigures(seedTable(), {}, defaultActivation, today);
    expect(figures.trained).toBe(44);
    expect(figures.counts).toEqual({ paid_job: 20, volunteer: 10, job_seeking: 8, other_path: 6, none: 0 });
    expect(figures.shares).toEqual({ paid_job: 45.5, volunteer: 22.7, job_seeking: 18.2, other_path: 13.6 });
    expect(figures.long_term_unemployed_share).toBe(90.9);
    expect(figures.activated).toBe(35);
    expect(figures.activated_share).toBe(79.5);
    expect(figures.ladder.measured).toBe(44);
    expect(figures.ladder.distributionBefore).toEqual([0, 35, 9, 0, 0, 0]);
    expect(figures.ladder.distributionAfter).toEqual([0, 0, 9, 35, 0, 0]);
    expect(figures.ladder.before).toBe(2.2);
    expect(figures.ladder.after).toBe(3.8);
  });

  it("counts a trainee without an outcome as none, and the shares stay over everyone trained", () => {
    const figures = computeFigures(
      [withOutcome(1, "paid_job"), trainee(2), trainee(3), trainee(4)],
      {},
      defaultActivation,
      today,
    );
    expect(figures.counts.none).toBe(3);
    expect(figures.shares.paid_job).toBe(25);
  });

  it("uses the latest outcome started on or before today, not one planned later", () => {
    const path = trainee(1, {
      outcomes: [
        { kind: "paid_job", startsOn: "2026-03-01" },
        { kind: "job_seeking", startsOn: "2025-07-01" },
        { kind: "volunteer", startsOn: "2025-10-01" },
        { kind: "other_path", startsOn: "2027-01-01" },
      ],
    });
    const figures = computeFigures([path], {}, defaultActivation, today);
    expect(figures.counts.paid_job).toBe(1);
    expect(figures.counts.other_path).toBe(0);
    expect(computeFigures([path], {}, defaultActivation, "2025-12-31").counts.volunteer).toBe(1);
  });

  it("rounds shares to one decimal", () => {
    expect(percent(1, 3)).toBe(33.3);
    expect(percent(2, 3)).toBe(66.7);
    expect(percent(1, 8)).toBe(12.5);
  });

  it("gives zeros, not a division by zero, when nobody was trained", () => {
    const figures = computeFigures([trainee(1, { certifiedOn: null })], {}, defaultActivation, today);
    expect(figures.trained).toBe(0);
    expect(figures.shares).toEqual({ paid_job: 0, volunteer: 0, job_seeking: 0, other_path: 0 });
    expect(figures.activated_share).toBe(0);
    expect(figures.ladder).toEqual({
      measured: 0,
      before: null,
      after: null,
      distributionBefore: [0, 0, 0, 0, 0, 0],
      distributionAfter: [0, 0, 0, 0, 0, 0],
    });
  });

  it("counts only trainees certified within the period (dates inclusive)", () => {
    const records = [
      trainee(1, { certifiedOn: "2025-01-01" }),
      trainee(2, { certifiedOn: "2025-12-31" }),
      trainee(3, { certifiedOn: "2026-01-01" }),
    ];
    expect(
      computeFigures(records, { from: "2025-01-01", to: "2025-12-31" }, defaultActivation, today).trained,
    ).toBe(2);
  });
});

describe("activated", () => {
  const zrmOn = { zrmEnabled: true, activatedLadderRise: 2, activatedParticipationMin: 4 };

  it("follows the centre's ladder rise", () => {
    const oneRung = trainee(1, { measurements: ladder(3, 4) });
    expect(inFigure(oneRung, "activated", defaultActivation, today)).toBe(true);
    expect(inFigure(oneRung, "activated", zrmOn, today)).toBe(false);
  });

  it("counts the ZRM participation score only when ZRM is on", () => {
    const scored = trainee(1, {
      measurements: [{ moment: "end", measuredOn: "2025-06-30", ladder: null, zrm: { participation: 4 } }],
    });
    expect(inFigure(scored, "activated", zrmOn, today)).toBe(true);
    expect(inFigure(scored, "activated", { ...zrmOn, zrmEnabled: false }, today)).toBe(false);
    expect(inFigure(scored, "activated", { ...zrmOn, activatedParticipationMin: 5 }, today)).toBe(false);
  });

  it("needs an intake and a later measurement for the ladder", () => {
    const onlyEnd = trainee(1, {
      measurements: [{ moment: "end", measuredOn: "2025-06-30", ladder: 5, zrm: null }],
    });
    expect(inFigure(onlyEnd, "activated", defaultActivation, today)).toBe(false);
  });
});

describe("computeTrend", () => {
  it("gives the situation at the end of each month", () => {
    const records = [
      trainee(1, {
        certifiedOn: "2025-06-30",
        outcomes: [
          { kind: "job_seeking", startsOn: "2025-07-01" },
          { kind: "paid_job", startsOn: "2025-08-15" },
        ],
      }),
      trainee(2, { certifiedOn: "2025-08-20", outcomes: [{ kind: "volunteer", startsOn: "2025-08-25" }] }),
    ];
    const trend = computeTrend(records, { from: "2025-06-01", to: "2025-09-30" }, today);
    expect(trend).toEqual([
      { month: "2025-06", paid_job: 0, volunteer: 0, job_seeking: 0, other_path: 0 },
      { month: "2025-07", paid_job: 0, volunteer: 0, job_seeking: 1, other_path: 0 },
      { month: "2025-08", paid_job: 1, volunteer: 1, job_seeking: 0, other_path: 0 },
      { month: "2025-09", paid_job: 1, volunteer: 1, job_seeking: 0, other_path: 0 },
    ]);
  });

  it("is empty when nobody was trained", () => {
    expect(computeTrend([], {}, today)).toEqual([]);
  });
});
