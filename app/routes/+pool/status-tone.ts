import type { ExpertStatus } from "~/db/values";
import type { BadgeTone } from "~/ui/page";

/** How an expert's status looks in a badge (the word says it; the colour only helps). */
export function expertTone(status: ExpertStatus): BadgeTone {
  switch (status) {
    case "active":
      return "success";
    case "certified":
      return "accent";
    case "in_training":
    case "paused":
      return "warning";
    case "stopped":
      return "neutral";
  }
}
