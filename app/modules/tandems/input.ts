import { z } from "zod";
import { nameField } from "~/lib/names";

const optionalText = (max: number) => z.string().trim().max(max, "validation.tooLong").optional().default("");
const isoDate = z.iso.date({ error: "validation.date" });
const time = z.string({ error: "validation.time" }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, "validation.time");

/**
 * A tandem as the tandem form sends it. The professional is a client contact (`contactId`) or, when
 * the client has no contact record for them, a name and e-mail typed in (`professionalName` …).
 */
export const tandemInput = z
  .object({
    clientId: z.uuid({ error: "validation.choose" }),
    expertId: z.uuid({ error: "validation.choose" }),
    contactId: z.uuid({ error: "validation.invalid" }).optional(),
    professionalName: optionalText(160),
    professionalEmail: z
      .union([
        z.literal(""),
        z.email({ error: "validation.email" }).trim().toLowerCase().max(200, "validation.tooLong"),
      ])
      .optional()
      .default(""),
    professionalRole: optionalText(160),
    purpose: nameField({ min: 5, max: 2000 }),
    startsOn: isoDate,
    endsOn: isoDate,
  })
  .refine((v) => v.endsOn >= v.startsOn, { message: "tandems:errors.endAfterStart", path: ["endsOn"] })
  .refine((v) => Boolean(v.contactId) || v.professionalName.length >= 2, {
    message: "tandems:errors.professionalRequired",
    path: ["professionalName"],
  });
export type TandemInput = z.infer<typeof tandemInput>;

/** A meeting: the day, from and to, and where (or online). */
export const meetingInput = z
  .object({
    day: isoDate,
    startTime: time,
    endTime: time,
    online: z.boolean().optional().default(false),
    place: optionalText(200),
    note: optionalText(500),
  })
  .refine((v) => v.endTime > v.startTime, { message: "tandems:errors.endAfterStart", path: ["endTime"] })
  .refine((v) => v.online || v.place.length > 0, {
    message: "tandems:errors.placeRequired",
    path: ["place"],
  });
export type MeetingInput = z.infer<typeof meetingInput>;

/** A line in the shared log. */
export const logInput = z.object({
  body: z
    .string({ error: "validation.required" })
    .trim()
    .min(1, "validation.required")
    .max(1000, "validation.tooLong"),
});
export type LogInput = z.infer<typeof logInput>;

/** One side's evaluation: a score 1–5 and a short text. */
export const evaluationInput = z.object({
  score: z.coerce
    .number({ error: "validation.choose" })
    .int("validation.choose")
    .min(1, "validation.choose")
    .max(5, "validation.choose"),
  comment: optionalText(1000),
});
export type EvaluationInput = z.infer<typeof evaluationInput>;

/** Why a tandem stops early. */
export const stopInput = z.object({ reason: optionalText(500) });
export type StopInput = z.infer<typeof stopInput>;

export const removeMeetingInput = z.object({ meetingId: z.uuid({ error: "validation.invalid" }) });

/** The list's filters. */
export const tandemFilters = z.object({
  status: z.enum(["planned", "active", "ended", "stopped"]).optional().catch(undefined),
  clientId: z.uuid().optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});
export type TandemFilters = z.infer<typeof tandemFilters>;
