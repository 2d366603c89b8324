import type { pilotDetail } from "~/modules/pilots/queries.server";
import type { FormState } from "~/ui/form";

/** What the pilot page's loader gives its parts. */
export type PilotData = Awaited<ReturnType<typeof pilotDetail>>;

/** The action's answer, only for the form that posted it (several forms on one page). */
export function stateFor(state: FormState, intent: string): FormState {
  return state?.values?.intent === intent ? state : undefined;
}
