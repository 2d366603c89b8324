import { describe, expect, it } from "vitest";
import { readChecklistForm } from "./checklist-form";

const a = "6f1c2b9e-8a1d-4c3e-9b7a-0d2e4f6a8b1c";
const b = "0b9e8d7c-6a5f-4e3d-8c2b-1a0f9e8d7c6b";

describe("the checklist form", () => {
  it("reads one answer per step, with empty fields as nothing", () => {
    const form = new FormData();
    form.set("intent", "save");
    form.set(`steps.${a}.state`, "done");
    form.set(`steps.${a}.dueOn`, "");
    form.set(`steps.${a}.note`, "  Klaar in oktober ");
    form.set(`steps.${b}.state`, "open");
    form.set(`steps.${b}.dueOn`, "2026-12-20");
    const read = readChecklistForm(form);
    expect(read).toEqual({
      ok: true,
      steps: new Map([
        [a, { state: "done", dueOn: undefined, note: "Klaar in oktober" }],
        [b, { state: "open", dueOn: "2026-12-20", note: "" }],
      ]),
    });
  });

  it("gives each wrong step its message next to its own field", () => {
    const form = new FormData();
    form.set(`steps.${a}.state`, "misschien");
    form.set(`steps.${b}.state`, "open");
    form.set(`steps.${b}.dueOn`, "20-12-2026");
    form.set("steps.niet-een-id.state", "done");
    const read = readChecklistForm(form);
    expect(read).toEqual({
      ok: false,
      errors: { [`steps.${a}.state`]: ["validation.choose"], [`steps.${b}.dueOn`]: ["validation.date"] },
    });
  });
});
