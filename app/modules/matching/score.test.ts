import { describe, expect, it } from "vitest";
import { type CandidateFacts, rankCandidates, scoreCandidate } from "./score";

const expert = (overrides: Partial<CandidateFacts>): CandidateFacts => ({
  expertId: overrides.lastName ?? "x",
  firstName: "Test",
  lastName: "X",
  themeMatches: 1,
  themesAsked: 2,
  offersWorkForm: true,
  distanceKm: 10,
  online: false,
  monthCount: 0,
  quarterCount: 0,
  daysSinceLast: 30,
  clientFeedback: null,
  ...overrides,
});

const order = (list: CandidateFacts[]) => rankCandidates(list).map((c) => c.lastName);

describe("ranking of eligible experts", () => {
  it("spreads work fairly: of two equal experts, the one with less work this month comes first", () => {
    const busy = expert({ lastName: "Aalders", monthCount: 2, quarterCount: 2 });
    const quiet = expert({ lastName: "Zijlstra", monthCount: 0, quarterCount: 2 });
    expect(order([busy, quiet])).toEqual(["Zijlstra", "Aalders"]);
  });

  it("lets fair spread outweigh one extra theme for someone who worked a lot", () => {
    const busyExpert = expert({ lastName: "Bakker", themeMatches: 2, monthCount: 3, quarterCount: 5 });
    const rested = expert({ lastName: "De Vries", themeMatches: 1, monthCount: 0, quarterCount: 0 });
    expect(order([busyExpert, rested])).toEqual(["De Vries", "Bakker"]);
  });

  it("ranks themes, form of work and distance when the work is spread evenly", () => {
    const list = [
      expert({ lastName: "Ver", distanceKm: 45 }),
      expert({ lastName: "Dichtbij", distanceKm: 2 }),
      expert({ lastName: "Alles", themeMatches: 2 }),
      expert({ lastName: "GeenWorkshop", offersWorkForm: false }),
    ];
    expect(order(list)).toEqual(["Alles", "Dichtbij", "Ver", "GeenWorkshop"]);
  });

  it("counts good feedback from this client and a long rest", () => {
    const liked = expert({ lastName: "Geliefd", clientFeedback: 4.5 });
    const plain = expert({ lastName: "Gewoon" });
    const rested = expert({ lastName: "Uitgerust", daysSinceLast: null });
    expect(order([plain, liked, rested])).toEqual(["Geliefd", "Uitgerust", "Gewoon"]);
  });

  it("says why in reasons the page can put into words", () => {
    const scored = scoreCandidate(
      expert({
        themeMatches: 2,
        themesAsked: 3,
        distanceKm: 12.4,
        monthCount: 0,
        quarterCount: 1,
        clientFeedback: 4.5,
      }),
    );
    expect(scored.reasons).toEqual([
      { key: "themes", values: { count: 2, total: 3 } },
      { key: "workForm" },
      { key: "distance", values: { km: 12 } },
      { key: "spread", values: { month: 0, quarter: 1 } },
      { key: "lastDays", values: { days: 30 } },
      { key: "feedback", values: { score: 4.5 } },
    ]);
  });

  it("shows at most the limit", () => {
    const many = Array.from({ length: 80 }, (_, i) => expert({ lastName: `E${String(i).padStart(2, "0")}` }));
    expect(rankCandidates(many)).toHaveLength(50);
  });
});
