import { z } from "zod";
import { groupKinds, intervisieMethods } from "./values";

const required = (min: number, max: number) =>
  z
    .string({ error: "validation.required" })
    .trim()
    .min(min, "validation.required")
    .max(max, "validation.tooLong");
const optionalText = (max: number) => z.string().trim().max(max, "validation.tooLong").optional().default("");
const time = z.string({ error: "validation.time" }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, "validation.time");
const optionalId = z
  .union([z.literal(""), z.uuid({ error: "validation.choose" })])
  .optional()
  .default("");

/** A group as the group form sends it: a region group names its area, an employer group its employer. */
export const groupInput = z
  .object({
    name: required(2, 120),
    kind: z.enum(groupKinds, { error: "validation.choose" }),
    area: optionalText(120),
    employerId: optionalId,
    active: z.literal("on").optional(),
  })
  .refine((v) => v.kind !== "region" || v.area.length > 0, {
    path: ["area"],
    message: "intervisie:errors.areaRequired",
  })
  .refine((v) => v.kind !== "employer" || v.employerId.length > 0, {
    path: ["employerId"],
    message: "intervisie:errors.employerRequired",
  });
export type GroupInput = z.infer<typeof groupInput>;

export const memberInput = z.object({ expertId: z.uuid({ error: "validation.choose" }) });

/** A session as the plan form sends it: a place, or online with a link. */
export const sessionInput = z
  .object({
    day: z.iso.date({ error: "validation.date" }),
    from: time,
    until: time,
    online: z.literal("on").optional(),
    place: optionalText(200),
    onlineLink: z
      .union([z.literal(""), z.url({ protocol: /^https?$/, error: "intervisie:errors.link" })])
      .optional()
      .default(""),
    method: z.enum(intervisieMethods, { error: "validation.choose" }),
    facilitatorUserId: optionalId,
    facilitatorName: optionalText(120),
  })
  .refine((v) => v.until > v.from, { path: ["until"], message: "validation.endBeforeStart" })
  .refine((v) => (v.online ? v.onlineLink.length > 0 : v.place.length > 0), {
    path: ["place"],
    message: "intervisie:errors.placeOrOnline",
  });
export type SessionInput = z.infer<typeof sessionInput>;

/** Who was there: the experts ticked were, the other members and signed-up experts were not. */
export const attendanceInput = z.object({
  present: z
    .array(z.uuid({ error: "validation.invalid" }))
    .optional()
    .default([]),
});
export type AttendanceInput = z.infer<typeof attendanceInput>;

export const sessionIdInput = z.object({ sessionId: z.uuid({ error: "validation.invalid" }) });
