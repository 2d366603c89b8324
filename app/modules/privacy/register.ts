import type { RetentionKind } from "./values";

/**
 * The centre's processing register (AVG art. 30), activity by activity: its texts are in
 * privacy:register.activities.<key> (purpose, people, data, basis, retention, access); the kinds with a
 * retention setting show the centre's own period beside the text. docs/privacy.md explains the same.
 */
export const processingActivities: { key: string; retention: RetentionKind[]; special?: boolean }[] = [
  { key: "pool", retention: ["privateNotes"] },
  { key: "inzet", retention: ["evaluationText"] },
  { key: "training", retention: [], special: true },
  { key: "coaching", retention: ["coachingNotes"], special: true },
  { key: "work", retention: [] },
  { key: "advice", retention: ["adviceAskers"] },
  { key: "pilots", retention: ["pilotParticipants"] },
  { key: "impact", retention: [] },
  { key: "accounts", retention: [] },
];
