import type { FormState } from "~/ui/form";

/** The action's answer, only for the form that posted it (several forms share field names). */
export function stateFor(state: FormState, intent: string): FormState {
  return state?.values?.intent === intent ? state : undefined;
}
