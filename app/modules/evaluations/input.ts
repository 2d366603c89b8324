import { z } from "zod";

/** The client's answers on the public evaluation page. Messages are i18n keys. */
export const evaluationInput = z.object({
  score: z
    .number({ error: "validation.score" })
    .int("validation.score")
    .min(1, "validation.score")
    .max(5, "validation.score"),
  wentWell: z.string().trim().max(2000, "validation.tooLong").optional(),
  quote: z.string().trim().max(500, "validation.tooLong").optional(),
  quotePublic: z
    .string()
    .optional()
    .transform((v) => v === "on" || v === "yes"),
});

export type EvaluationInput = z.output<typeof evaluationInput>;
