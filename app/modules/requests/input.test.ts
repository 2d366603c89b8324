import { describe, expect, it } from "vitest";
import { parseForm } from "~/lib/forms.server";
import { requestInput } from "./input";
import { slotInstants } from "./when";

const clientId = "7f1c1c44-1d43-4c1e-9d7b-0d8f3a9b2a11";

function form(entries: [string, string][]) {
  const data = new FormData();
  for (const [k, v] of entries) data.append(k, v);
  return data;
}

describe("the request form as the browser sends it", () => {
  it("reads rows of dates, skips empty rows and reads the online box", () => {
    const parsed = parseForm(
      form([
        ["clientId", clientId],
        ["title", "Workshop schulden"],
        ["slots[0].date", "2026-03-04"],
        ["slots[0].start", "10:00"],
        ["slots[0].end", "12:00"],
        ["slots[1].date", ""],
        ["slots[1].start", ""],
        ["slots[1].end", ""],
        ["slots[2].date", "2026-03-11"],
        ["slots[2].start", "10:00"],
        ["slots[2].end", "12:00"],
        ["online", "on"],
        ["expertsNeeded", "2"],
      ]),
      requestInput,
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.online).toBe(true);
    expect(parsed.value.expertsNeeded).toBe(2);
    expect(slotInstants(parsed.value.slots.map((s) => s ?? {}))).toHaveLength(2);
  });

  it("puts messages next to the right row and field", () => {
    const parsed = parseForm(
      form([
        ["clientId", ""],
        ["title", "Lezing"],
        ["slots[1].date", "2026-03-04"],
        ["slots[1].start", "14:00"],
        ["slots[1].end", "13:00"],
      ]),
      requestInput,
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.result.errors).toMatchObject({
      clientId: ["requests:errors.clientMissing"],
      "slots[1].end": ["requests:errors.endBeforeStart"],
      place: ["requests:errors.placeMissing"],
    });
  });

  it("asks for a date or a period when none is given", () => {
    const parsed = parseForm(
      form([
        ["clientId", clientId],
        ["title", "Lezing"],
        ["online", "on"],
      ]),
      requestInput,
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.result.errors.when).toEqual(["requests:errors.whenMissing"]);
  });
});
