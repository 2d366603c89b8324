import { z } from "zod";
import { parseEuroCents, travelModes } from "./rules";

/** The hours form: time worked, how the expert travelled, and a short note. Messages are i18n keys. */
export const hoursInput = z
  .object({
    hours: z
      .number({ error: "validation.number" })
      .int("validation.number")
      .min(0, "hours:errors.hours")
      .max(24, "hours:errors.hours"),
    minutes: z
      .number({ error: "validation.number" })
      .int("validation.number")
      .min(0, "hours:errors.minutes")
      .max(59, "hours:errors.minutes")
      .default(0),
    travel: z.enum(travelModes, { error: "validation.choose" }),
    travelKm: z
      .number({ error: "validation.number" })
      .int("validation.number")
      .min(0, "hours:errors.km")
      .max(2000, "hours:errors.km")
      .optional(),
    travelCost: z.string().trim().optional(),
    note: z.string().trim().max(500, "validation.tooLong").optional(),
  })
  .superRefine((value, ctx) => {
    if (value.hours * 60 + value.minutes === 0)
      ctx.addIssue({ code: "custom", path: ["hours"], message: "hours:errors.zero" });
    if (value.travel === "km" && value.travelKm === undefined)
      ctx.addIssue({ code: "custom", path: ["travelKm"], message: "hours:errors.kmRequired" });
    if (value.travel === "public" && (!value.travelCost || parseEuroCents(value.travelCost) === null))
      ctx.addIssue({ code: "custom", path: ["travelCost"], message: "hours:errors.money" });
  })
  .transform((value) => ({
    minutesWorked: value.hours * 60 + value.minutes,
    travelKm: value.travel === "km" ? (value.travelKm ?? 0) : null,
    travelCostCents: value.travel === "public" ? parseEuroCents(value.travelCost ?? "") : null,
    note: value.note || null,
  }));

export type HoursInput = z.output<typeof hoursInput>;
