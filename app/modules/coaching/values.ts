/** Value lists of coaching (zod-free, shared by schema, module and pages). */
export const trajectoryStatuses = ["active", "ended"] as const;
export type TrajectoryStatus = (typeof trajectoryStatuses)[number];

export const goalStatuses = ["open", "reached", "dropped"] as const;
export type GoalStatus = (typeof goalStatuses)[number];
