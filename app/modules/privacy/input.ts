import { z } from "zod";
import { consentPurposes, type RetentionKind, withholdReasons } from "./values";

/** Erasing a person on their request: their address, and the word typed to confirm (nothing can undo it). */
export const eraseInput = z.object({
  /** Not "email": the export form on the same page has that field. */
  address: z.email("privacy:erase.errors.email"),
  confirm: z.string().refine((v) => v.trim().toUpperCase() === "WISSEN", "privacy:erase.errors.confirm"),
});

/** A person's data for a coordinator, by address (a request by letter or at the desk). */
export const exportInput = z.object({ email: z.email("privacy:erase.errors.email") });

/** A person gives or withdraws consent for one purpose. */
export const consentInput = z.object({
  purpose: z.enum(consentPurposes, { error: "validation.invalid" }),
  given: z.enum(["yes", "no"], { error: "validation.invalid" }).transform((v) => v === "yes"),
});

/** A person asks for a correction from their data page. */
export const correctionInput = z.object({
  about: z.string().trim().max(60).optional().default(""),
  message: z
    .string({ error: "privacy:correction.errors.message" })
    .trim()
    .min(10, "privacy:correction.errors.message")
    .max(2000, "validation.tooLong"),
});

/** A coordinator's answer to a correction request: corrected or refused, and why. */
export const correctionAnswerInput = z.object({
  correctionId: z.uuid({ error: "validation.invalid" }),
  status: z.enum(["corrected", "refused"], { error: "privacy:correction.errors.status" }),
  answer: z
    .string({ error: "privacy:correction.errors.answer" })
    .trim()
    .min(5, "privacy:correction.errors.answer")
    .max(2000, "validation.tooLong"),
});

const months = z.coerce
  .number({ error: "privacy:retention.errors.months" })
  .int("privacy:retention.errors.months")
  .min(1, "privacy:retention.errors.months")
  .max(240, "privacy:retention.errors.months");

/** The centre's retention periods, in months (1 to 240, i.e. at most 20 years). */
export const retentionInput = z.object({
  privateNotes: months,
  evaluationText: months,
  coachingNotes: months,
  adviceAskers: months,
  pilotParticipants: months,
}) satisfies z.ZodType<Record<RetentionKind, number>>;

/** Withholding the coordinators' notes from the expert's own data: a lawful reason and why. */
export const withholdInput = z.object({
  /** Not "reason": the absence form on the same page has that field. */
  withholdReason: z.enum(withholdReasons, { error: "privacy:withhold.errors.reason" }),
  withholdExplanation: z
    .string({ error: "privacy:withhold.errors.explanation" })
    .trim()
    .min(10, "privacy:withhold.errors.explanation")
    .max(500, "validation.tooLong"),
});

/** Whether readers of private notes give a reason first. */
export const readReasonSettingInput = z.object({
  askReadReason: z.enum(["yes", "no"], { error: "validation.choose" }).transform((v) => v === "yes"),
});

/** The reason a reader gives before opening private notes (the person reads it). */
export const readReasonInput = z
  .string({ error: "privacy:readReason.errors.reason" })
  .trim()
  .min(5, "privacy:readReason.errors.reason")
  .max(200, "validation.tooLong");
