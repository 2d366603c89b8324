import type { AssignmentStatus, RequestStatus } from "~/db/values";
import type { BadgeTone } from "~/ui/page";

/** How a request's status looks in a badge (the word says it; the colour only helps). */
export function requestTone(status: RequestStatus): BadgeTone {
  switch (status) {
    case "new":
      return "accent";
    case "in_progress":
    case "proposed":
      return "warning";
    case "confirmed":
    case "done":
    case "evaluated":
      return "success";
    case "cancelled":
      return "neutral";
  }
}

export function assignmentTone(status: AssignmentStatus): BadgeTone {
  switch (status) {
    case "offered":
      return "warning";
    case "accepted":
    case "confirmed":
      return "success";
    case "declined":
    case "withdrawn":
    case "filled":
    case "cancelled":
      return "neutral";
  }
}
