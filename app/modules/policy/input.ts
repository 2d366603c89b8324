import { z } from "zod";
import { policyPhases } from "./values";

const required = (min: number, max: number) =>
  z
    .string({ error: "validation.required" })
    .trim()
    .min(min, "validation.required")
    .max(max, "validation.tooLong");
const optionalText = (max: number) => z.string().trim().max(max, "validation.tooLong").optional().default("");
const optionalDate = z.iso.date({ error: "validation.date" }).optional();
const time = z.string({ error: "validation.time" }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, "validation.time");

/** A trajectory as the trajectory form sends it. */
export const trajectoryInput = z.object({
  clientId: z.uuid({ error: "validation.choose" }),
  topic: required(2, 160),
  description: optionalText(4000),
  startedOn: z.iso.date({ error: "validation.date" }),
  nextStep: optionalText(300),
  nextStepOn: optionalDate,
});
export type TrajectoryInput = z.infer<typeof trajectoryInput>;

/** A new trajectory: the details and the phase it is in now. */
export const newTrajectoryInput = trajectoryInput.extend({
  phase: z.enum(policyPhases, { error: "validation.choose" }).optional().default("verkennen"),
});
export type NewTrajectoryInput = z.infer<typeof newTrajectoryInput>;

/** A move to another phase (or the end of the trajectory). */
export const phaseInput = z.object({
  phase: z.enum(policyPhases, { error: "validation.choose" }),
  note: optionalText(500),
  ended: z.literal("on").optional(),
});
export type PhaseInput = z.infer<typeof phaseInput>;

export const expertInput = z.object({ expertId: z.uuid({ error: "validation.choose" }) });

/** A session, with the participating experts who were there. */
export const sessionInput = z
  .object({
    day: z.iso.date({ error: "validation.date" }),
    from: time,
    until: time,
    online: z.literal("on").optional(),
    place: optionalText(200),
    subject: required(2, 300),
    attended: z.array(z.uuid()).optional().default([]),
  })
  .refine((v) => v.until > v.from, { path: ["until"], message: "validation.endBeforeStart" })
  .refine((v) => v.online || v.place.length > 0, { path: ["place"], message: "policy:errors.placeOrOnline" });
export type SessionInput = z.infer<typeof sessionInput>;

/** Field names are the form's own: the trajectory page has several forms, and ids must be unique. */
export const contributionInput = z
  .object({
    contribution: required(2, 2000),
    contributionBy: z
      .union([z.literal(""), z.uuid()])
      .optional()
      .default(""),
    contributionSession: z
      .union([z.literal(""), z.uuid()])
      .optional()
      .default(""),
  })
  .transform((v) => ({ text: v.contribution, expertId: v.contributionBy, sessionId: v.contributionSession }));
export type ContributionInput = z.infer<typeof contributionInput>;

export const changeInput = z
  .object({
    change: required(2, 2000),
    changedOn: z.iso.date({ error: "validation.date" }),
    source: optionalText(300),
  })
  .transform(({ change, ...rest }) => ({ text: change, ...rest }));
export type ChangeInput = z.infer<typeof changeInput>;

export const statementInput = z
  .object({
    statement: required(2, 1000),
    saidBy: optionalText(200),
    saidOn: z.iso.date({ error: "validation.date" }),
    consent: z.literal("on").optional(),
  })
  .transform(({ statement, ...rest }) => ({ text: statement, ...rest }));
export type StatementInput = z.infer<typeof statementInput>;

export const consentInput = z.object({
  statementId: z.uuid({ error: "validation.invalid" }),
  consent: z.enum(["yes", "no"]),
});

export const idInput = z.object({ id: z.uuid({ error: "validation.invalid" }) });
