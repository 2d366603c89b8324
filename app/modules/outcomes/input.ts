import { z } from "zod";
import { measurementMoments, outcomeKinds, outcomeSources } from "~/db/values";
import { type ZrmDomain, zrmDomains } from "./zrm";

const isoDate = z.iso.date({ error: "validation.date" });
const optionalText = (max: number) => z.string().trim().max(max, "validation.tooLong").optional();
const uuid = z.uuid({ error: "validation.invalid" });

/** A dated situation after (or during) the training. Messages are i18n keys. */
export const outcomeInput = z.object({
  kind: z.enum(outcomeKinds, { error: "validation.choose" }),
  startsOn: isoDate,
  employer: optionalText(200),
  hoursPerWeek: z
    .number({ error: "outcomes:errors.hours" })
    .int("outcomes:errors.hours")
    .min(1, "outcomes:errors.hours")
    .max(60, "outcomes:errors.hours")
    .optional(),
  sector: optionalText(120),
  note: optionalText(1000),
  // import and placement rows are written by those features, never through the form
  source: z
    .enum(outcomeSources, { error: "validation.choose" })
    .exclude(["import", "placement"])
    .default("centre"),
});
export type OutcomeInput = z.infer<typeof outcomeInput>;

const score = z
  .number({ error: "validation.score" })
  .int("validation.score")
  .min(1, "validation.score")
  .max(5, "validation.score")
  .optional();

const zrmShape = Object.fromEntries(zrmDomains.map((d) => [d, score])) as Record<ZrmDomain, typeof score>;

/** A measurement at one moment: a ladder rung and, when the centre uses it, ZRM scores. */
export const measurementInput = z.object({
  moment: z.enum(measurementMoments, { error: "validation.choose" }),
  measuredOn: isoDate,
  ladder: z
    .number({ error: "outcomes:errors.rung" })
    .int("outcomes:errors.rung")
    .min(1, "outcomes:errors.rung")
    .max(6, "outcomes:errors.rung")
    .optional(),
  zrm: z.object(zrmShape).optional(),
});
export type MeasurementInput = z.infer<typeof measurementInput>;

export const removeOutcomeInput = z.object({ outcomeId: uuid });
export const removeMeasurementInput = z.object({ measurementId: uuid });

/** The impact settings form. */
export const impactSettingsInput = z.object({
  activatedLadderRise: z
    .number({ error: "outcomes:settings.errors.rise" })
    .int("outcomes:settings.errors.rise")
    .min(1, "outcomes:settings.errors.rise")
    .max(5, "outcomes:settings.errors.rise"),
  zrmEnabled: z.enum(["on", "off"], { error: "validation.choose" }).transform((v) => v === "on"),
  activatedParticipationMin: z
    .number({ error: "outcomes:settings.errors.participation" })
    .int("outcomes:settings.errors.participation")
    .min(1, "outcomes:settings.errors.participation")
    .max(5, "outcomes:settings.errors.participation"),
  smallGroupLimit: z
    .number({ error: "outcomes:settings.errors.smallGroup" })
    .int("outcomes:settings.errors.smallGroup")
    .min(1, "outcomes:settings.errors.smallGroup")
    .max(50, "outcomes:settings.errors.smallGroup"),
});
