import { z } from "zod";
import { goalStatuses, reflectionField } from "./values";

const optionalDate = z.iso.date({ error: "validation.date" }).optional();
const optionalText = (max: number) => z.string().trim().max(max, "validation.tooLong").optional().default("");
const requiredText = (max: number) =>
  z
    .string({ error: "validation.required" })
    .trim()
    .min(1, "validation.required")
    .max(max, "validation.tooLong");

/** A trajectory as the staff form sends it. */
export const trajectoryInput = z
  .object({
    expertId: z.uuid({ error: "validation.choose" }),
    coachUserId: z.uuid({ error: "validation.choose" }),
    startsOn: z.iso.date({ error: "validation.date" }),
    endsOn: optionalDate,
    purpose: optionalText(1000),
  })
  .refine((v) => !v.endsOn || v.endsOn >= v.startsOn, {
    path: ["endsOn"],
    message: "coaching:errors.endsBeforeStart",
  });
export type TrajectoryInput = z.infer<typeof trajectoryInput>;

export const goalInput = z.object({ text: requiredText(300) });
/** The goal form on the trajectory page (its own field name: the note form beside it has one too). */
export const goalFormInput = z.object({ goal: requiredText(300) });
export const goalStatusInput = z.object({
  goalId: z.uuid({ error: "validation.invalid" }),
  status: z.enum(goalStatuses, { error: "validation.choose" }),
});
export const meetingInput = z.object({
  meetsOn: z.iso.date({ error: "validation.date" }),
  agreed: z.string().trim().max(1000, "validation.tooLong").optional().default(""),
});
export const noteInput = z.object({ text: requiredText(4000) });
export const noteFormInput = z.object({ note: requiredText(4000) });
export const reflectionInput = z.object({
  noteId: z.uuid({ error: "validation.invalid" }),
  reflection: requiredText(4000),
});
/** One reflection form per note on the expert's page: its field is named for the note, so ids stay unique. */
export const reflectionFormInput = (noteId: string) =>
  z.object({ [reflectionField(noteId)]: requiredText(4000) });
export const accessInput = z.object({ userId: z.uuid({ error: "validation.choose" }) });

export const trajectoryStatusInput = z.object({
  status: z.enum(["active", "ended"], { error: "validation.choose" }),
});
/** The edit form: coach, dates and status (the expert stays). */
export const trajectoryEditInput = z
  .object({
    coachUserId: z.uuid({ error: "validation.choose" }),
    startsOn: z.iso.date({ error: "validation.date" }),
    endsOn: optionalDate,
    purpose: optionalText(1000),
    status: z.enum(["active", "ended"], { error: "validation.choose" }),
  })
  .refine((v) => !v.endsOn || v.endsOn >= v.startsOn, {
    path: ["endsOn"],
    message: "coaching:errors.endsBeforeStart",
  });
