/**
 * The intervisie value lists, without zod: pages import these in the browser.
 */

/** A group is for one region (area) or for the experts of one employer. */
export const groupKinds = ["region", "employer"] as const;
export type GroupKind = (typeof groupKinds)[number];

/** The ways of doing intervisie the centres use. */
export const intervisieMethods = ["incidentmethode", "balintmethode", "roddelmethode", "other"] as const;
export type IntervisieMethod = (typeof intervisieMethods)[number];

/** Whether an expert was at a session: unknown until the coordinator writes it down. */
export const attendanceStates = ["yes", "no", "unknown"] as const;
export type AttendanceState = (typeof attendanceStates)[number];
