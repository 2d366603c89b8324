import { z } from "zod";

const id = z.uuid({ error: "validation.choose" });

export const offerInput = z.object({
  intent: z.literal("offer"),
  expertId: z.array(id, { error: "matching:errors.chooseExpert" }).min(1, "matching:errors.chooseExpert"),
});

export const assignmentInput = z.object({
  intent: z.enum(["confirm", "cancel"]),
  assignmentId: id,
});

export const conflictInput = z.object({
  intent: z.literal("addConflict"),
  expertId: id,
  reason: z
    .string({ error: "validation.required" })
    .trim()
    .min(3, "validation.tooShort")
    .max(300, "validation.tooLong"),
});

export const removeConflictInput = z.object({
  intent: z.literal("removeConflict"),
  conflictId: id,
});
