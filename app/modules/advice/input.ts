import { z } from "zod";
import { nameField } from "~/lib/names";
import { adviceCategories } from "./values";

const questionText = z
  .string({ error: "validation.required" })
  .trim()
  .min(10, "advice:errors.questionShort")
  .max(4000, "validation.tooLong");

/** Who asks and what: the parts the public form and the coordinator's form share. */
const askerFields = {
  organisation: nameField({ min: 2, max: 160 }),
  askerName: nameField({ min: 2, max: 120 }),
  askerEmail: z.email({ error: "validation.email" }).trim().toLowerCase().max(200, "validation.tooLong"),
  askerPhone: z.string().trim().max(40, "validation.tooLong").optional().default(""),
  category: z.enum(adviceCategories, { error: "validation.choose" }),
  question: questionText,
};

/** The public form. `website` is a trap for robots; `startedAt` the signed stamp. */
export const publicQuestionInput = z.object({
  ...askerFields,
  website: z.string().optional(),
  startedAt: z.string().optional(),
});
export type PublicQuestionInput = z.infer<typeof publicQuestionInput>;

/** A question a coordinator enters (a call, a meeting), optionally for one of the centre's clients. */
export const staffQuestionInput = z.object({
  ...askerFields,
  clientId: z.uuid({ error: "validation.invalid" }).optional(),
  assignedTo: z.uuid({ error: "validation.invalid" }).optional(),
});
export type StaffQuestionInput = z.infer<typeof staffQuestionInput>;

export const assignInput = z.object({ assignedTo: z.uuid({ error: "validation.choose" }) });

export const answerInput = z.object({
  answer: z
    .string({ error: "advice:errors.answerMissing" })
    .trim()
    .min(10, "advice:errors.answerMissing")
    .max(8000, "validation.tooLong"),
});

export const articleInput = z.object({
  title: z
    .string({ error: "validation.required" })
    .trim()
    .min(3, "validation.tooShort")
    .max(160, "validation.tooLong"),
  body: z
    .string({ error: "validation.required" })
    .trim()
    .min(10, "validation.tooShort")
    .max(20000, "validation.tooLong"),
  category: z.enum(adviceCategories, { error: "validation.choose" }),
  published: z.boolean().optional().default(false),
  public: z.boolean().optional().default(false),
});
export type ArticleInput = z.infer<typeof articleInput>;

/** Yes or no, said explicitly (an empty post changes nothing). */
export const knowledgeSettingInput = z.object({
  knowledgePublic: z.enum(["yes", "no"], { error: "validation.choose" }).transform((v) => v === "yes"),
});
