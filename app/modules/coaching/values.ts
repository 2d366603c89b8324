/** Value lists of coaching (zod-free, shared by schema, module and pages). */
export const trajectoryStatuses = ["active", "ended"] as const;
export type TrajectoryStatus = (typeof trajectoryStatuses)[number];

export const goalStatuses = ["open", "reached", "dropped"] as const;
export type GoalStatus = (typeof goalStatuses)[number];

/** The name of the reflection field of one note on the expert's page (one form per note, unique ids). */
export const reflectionField = (noteId: string) => `reflection-${noteId}`;
