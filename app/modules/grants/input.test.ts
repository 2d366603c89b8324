import { describe, expect, it } from "vitest";
import { removeFunderInput, removePilotInput, removeTargetInput } from "./input";

/** The remove buttons on the grant page post an id; a wrong one is a 400 with a message, not a 500 in SQL. */
describe("remove inputs of the grant page", () => {
  it("accepts a known metric and uuids", () => {
    expect(removeTargetInput.safeParse({ metric: "trained" }).success).toBe(true);
    expect(removePilotInput.safeParse({ pilotId: "0b6f2a8e-4a7c-4d7e-9a55-3c1f7e2b9d10" }).success).toBe(
      true,
    );
    expect(removeFunderInput.safeParse({ userId: "0b6f2a8e-4a7c-4d7e-9a55-3c1f7e2b9d10" }).success).toBe(
      true,
    );
  });

  it("refuses an unknown metric, a missing id and an id that is no uuid", () => {
    expect(removeTargetInput.safeParse({ metric: "everything" }).success).toBe(false);
    expect(removePilotInput.safeParse({}).success).toBe(false);
    expect(removePilotInput.safeParse({ pilotId: "1; drop table" }).success).toBe(false);
    expect(removeFunderInput.safeParse({ userId: "" }).success).toBe(false);
  });
});
