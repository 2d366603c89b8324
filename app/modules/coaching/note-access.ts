import type { Role } from "~/db/values";

/** Who may read the notes of a trajectory: the rule of story 5, in one place. */
export type NoteReader = { userId: string; role: Role };
export type TrajectoryReaders = {
  coachUserId: string;
  /** The login of the trajectory's expert (null when the expert has none). */
  expertUserId: string | null;
  /** Staff members the expert allowed and who were not withdrawn. */
  allowedUserIds: readonly string[];
};

export type NoteAccess = "coach" | "expert" | "allowed" | "none";

/**
 * The coach, the expert themselves, and a coordinator or admin the expert allowed (while allowed).
 * Anyone else, whatever their role, reads nothing: not an admin, not another coordinator.
 */
export function noteAccess(reader: NoteReader, trajectory: TrajectoryReaders): NoteAccess {
  if (reader.role === "expert") return trajectory.expertUserId === reader.userId ? "expert" : "none";
  if (reader.role !== "coordinator" && reader.role !== "admin") return "none";
  if (reader.userId === trajectory.coachUserId) return "coach";
  return trajectory.allowedUserIds.includes(reader.userId) ? "allowed" : "none";
}

export function mayReadNotes(reader: NoteReader, trajectory: TrajectoryReaders): boolean {
  return noteAccess(reader, trajectory) !== "none";
}
