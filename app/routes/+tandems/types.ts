import type { ownTandem, tandemDetail } from "~/modules/tandems/queries.server";
import type { TandemStatus } from "~/modules/tandems/values";
import type { FormState } from "~/ui/form";
import type { BadgeTone } from "~/ui/page";

/** What the staff tandem page's loader gives its parts. */
export type TandemData = Awaited<ReturnType<typeof tandemDetail>>;
/** What the phone page's loader gives its parts. */
export type OwnTandemData = Awaited<ReturnType<typeof ownTandem>>;

/** The action's answer, only for the form that posted it (several forms on one page). */
export function stateFor(state: FormState, intent: string): FormState {
  return state?.values?.intent === intent ? state : undefined;
}

/** The badge colour of a tandem's status; the word carries the meaning. */
export function tandemTone(status: TandemStatus): BadgeTone {
  switch (status) {
    case "planned":
      return "neutral";
    case "active":
      return "accent";
    case "ended":
      return "success";
    case "stopped":
      return "warning";
  }
}
