import { z } from "zod";
import { grantMetrics } from "~/db/values";
import { pilotSectors, provinces } from "./values";

const isoDate = z
  .string({ error: "validation.required" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, "validation.date")
  .refine((v) => !Number.isNaN(Date.parse(v)), "validation.date");

/** "250000", "250.000", "250.000,50" or "250000.50" euros → cents. */
export function euroToCents(text: string): number | null {
  const clean = text.replace(/\s|€/g, "");
  if (!/^\d{1,3}(\.\d{3})*(,\d{1,2})?$|^\d+([.,]\d{1,2})?$/.test(clean)) return null;
  const normal =
    /,/.test(clean) || /^\d{1,3}(\.\d{3})+$/.test(clean) ? clean.replace(/\./g, "").replace(",", ".") : clean;
  const cents = Math.round(Number(normal) * 100);
  return Number.isFinite(cents) && cents <= 2_000_000_000 ? cents : null;
}

export const grantInput = z
  .object({
    name: z
      .string({ error: "validation.required" })
      .trim()
      .min(2, "validation.tooShort")
      .max(160, "validation.tooLong"),
    funderName: z
      .string({ error: "validation.required" })
      .trim()
      .min(2, "validation.tooShort")
      .max(160, "validation.tooLong"),
    reference: z.string().trim().max(80, "validation.tooLong").optional().default(""),
    amount: z
      .string()
      .trim()
      .optional()
      .transform((v, ctx) => {
        if (!v) return null;
        const cents = euroToCents(v);
        if (cents === null) {
          ctx.addIssue({ code: "custom", message: "grants:errors.amount" });
          return z.NEVER;
        }
        return cents;
      }),
    startsOn: isoDate,
    endsOn: isoDate,
    province: z.enum(provinces, { error: "validation.choose" }).optional(),
    description: z.string().trim().max(4000, "validation.tooLong").optional().default(""),
  })
  .refine((v) => v.endsOn >= v.startsOn, { path: ["endsOn"], message: "validation.endBeforeStart" });
export type GrantInput = z.infer<typeof grantInput>;

export const targetInput = z.object({
  metric: z.enum(grantMetrics, { error: "validation.choose" }),
  target: z.coerce
    .number({ error: "validation.number" })
    .int("validation.number")
    .min(0, "validation.number")
    .max(1_000_000, "validation.number"),
});

export const pilotInput = z.object({
  sector: z.enum(pilotSectors, { error: "validation.choose" }),
  pilotName: z
    .string({ error: "validation.required" })
    .trim()
    .min(2, "validation.tooShort")
    .max(160, "validation.tooLong"),
});

export const cohortsInput = z.object({
  cohortIds: z
    .array(z.uuid({ error: "validation.invalid" }))
    .optional()
    .default([]),
});

export const funderInput = z.object({
  funderPerson: z
    .string({ error: "validation.required" })
    .trim()
    .min(2, "validation.tooShort")
    .max(160, "validation.tooLong"),
  funderEmail: z.email({ error: "validation.email" }).trim().toLowerCase().max(200, "validation.tooLong"),
});

/** The hidden fields of the remove buttons on the grant page. */
export const removeTargetInput = z.object({ metric: z.enum(grantMetrics, { error: "validation.invalid" }) });
export const removePilotInput = z.object({ pilotId: z.uuid({ error: "validation.invalid" }) });
export const removeFunderInput = z.object({ userId: z.uuid({ error: "validation.invalid" }) });

/** Share metrics are percentages; the others are counts. */
export function isShareMetric(metric: string): boolean {
  return metric.endsWith("_share");
}
