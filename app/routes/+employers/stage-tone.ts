import type { ChecklistState, EmployerStage } from "~/db/values";
import type { BadgeTone } from "~/ui/page";

/** The badge colour of a stage: the word says it; the tone only groups. */
export function stageTone(stage: EmployerStage): BadgeTone {
  if (stage === "at_work" || stage === "evaluated") return "success";
  if (stage === "stopped") return "neutral";
  if (stage === "decided" || stage === "implementing") return "accent";
  return "neutral";
}

/** A checklist step's badge: done is good news, "kan niet" asks for attention. */
export function stateTone(state: ChecklistState): BadgeTone {
  return state === "done" ? "success" : state === "no" ? "warning" : "neutral";
}
