import type { GoalStatus, TrajectoryStatus } from "~/modules/coaching/values";
import type { FormState } from "~/ui/form";
import type { BadgeTone } from "~/ui/page";

/** The action's answer, only for the form that posted it (several forms share a page). */
export function stateFor(state: FormState, intent: string): FormState {
  return state?.values?.intent === intent ? state : undefined;
}

export const trajectoryTone = (status: TrajectoryStatus): BadgeTone =>
  status === "active" ? "accent" : "neutral";

export function goalTone(status: GoalStatus): BadgeTone {
  switch (status) {
    case "open":
      return "neutral";
    case "reached":
      return "success";
    case "dropped":
      return "warning";
  }
}

/** A goal, a meeting, a note and a read as both the staff page and the expert's page get them. */
export type Goal = { id: string; text: string; status: GoalStatus };
export type Meeting = { id: string; meetsOn: string; agreed: string };
export type Note = {
  id: string;
  text: string;
  authorName: string | null;
  createdAt: Date | string;
  expertReflection: string;
  reflectedAt: Date | string | null;
};
export type NoteRead = { at: Date | string; name: string | null; role: string; notes: number };
