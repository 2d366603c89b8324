import type { FormErrors } from "~/lib/forms.server";
import { type ChecklistStepInput, checklistStepInput } from "./input";
import { stepFieldName } from "./values";

const stepField = /^steps\.([0-9a-f-]{36})\.state$/;

/**
 * Reads the checklist form: one answer per step that has a state field. Every step is checked before
 * anything is saved; a wrong one gives its message next to its own field.
 */
export function readChecklistForm(
  formData: FormData,
): { ok: true; steps: Map<string, ChecklistStepInput> } | { ok: false; errors: FormErrors["errors"] } {
  const steps = new Map<string, ChecklistStepInput>();
  const errors: FormErrors["errors"] = {};
  for (const key of new Set(formData.keys())) {
    const itemId = key.match(stepField)?.[1];
    if (!itemId) continue;
    const text = (field: keyof ChecklistStepInput) => {
      const value = formData.get(stepFieldName(itemId, field));
      return typeof value === "string" && value.trim() !== "" ? value : undefined;
    };
    const parsed = checklistStepInput.safeParse({
      state: text("state"),
      dueOn: text("dueOn"),
      note: text("note"),
    });
    if (parsed.success) steps.set(itemId, parsed.data);
    else
      for (const issue of parsed.error.issues)
        errors[stepFieldName(itemId, issue.path[0] as keyof ChecklistStepInput)] = [issue.message];
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, steps };
}
