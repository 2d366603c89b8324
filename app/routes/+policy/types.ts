import type { trajectoryDetail } from "~/modules/policy/queries.server";
import type { FormState } from "~/ui/form";

/** What the trajectory page's loader gives its parts. */
export type TrajectoryData = Awaited<ReturnType<typeof trajectoryDetail>>;

/** The action's answer, only for the form that posted it (several forms share field names). */
export function stateFor(state: FormState, intent: string): FormState {
  return state?.values?.intent === intent ? state : undefined;
}
