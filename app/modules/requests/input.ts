import { z } from "zod";
import { sectors } from "~/db/values";
import { todayIso } from "~/lib/dates";
import { nameField } from "~/lib/names";
import { checkWhen } from "./when";

const optionalText = (max: number) => z.string().trim().max(max, "validation.tooLong").optional().default("");
const optionalId = z.uuid({ error: "validation.invalid" }).optional();

const slotRow = z.object({
  /** The date's id when it was saved before: an edit keeps it, so its calendar event keeps its UID. */
  id: z
    .uuid({ error: "validation.invalid" })
    .optional()
    .or(z.literal("").transform(() => undefined)),
  date: z.string().trim().optional(),
  start: z.string().trim().optional(),
  end: z.string().trim().optional(),
});

/** The parts every request form shares: what, when and where. */
const requestFields = {
  title: z
    .string({ error: "validation.required" })
    .trim()
    .min(3, "validation.tooShort")
    .max(160, "validation.tooLong"),
  description: optionalText(4000),
  workFormId: optionalId,
  themeIds: z
    .array(z.uuid({ error: "validation.invalid" }))
    .optional()
    .default([]),
  slots: z.array(slotRow.optional()).optional().default([]),
  periodStart: z.string().trim().optional(),
  periodEnd: z.string().trim().optional(),
  online: z.boolean().optional().default(false),
  place: optionalText(200),
  areaId: optionalId,
  expertsNeeded: z
    .number({ error: "validation.number" })
    .int("validation.number")
    .min(1, "requests:errors.expertsNeeded")
    .max(50, "requests:errors.expertsNeeded")
    .optional()
    .default(1),
  budgetNote: optionalText(1000),
};

const text = (v: unknown) => (typeof v === "string" ? v : undefined);

/** Runs even when other fields are wrong, so all messages show at once (the value may be partly unparsed). */
function refineWhen(value: unknown, ctx: z.RefinementCtx, notBefore?: string) {
  const v = (value ?? {}) as Record<string, unknown>;
  const rows = Array.isArray(v.slots) ? (v.slots as unknown[]) : [];
  const slots = rows.map((row) => {
    const r = (row ?? {}) as Record<string, unknown>;
    return { date: text(r.date), start: text(r.start), end: text(r.end) };
  });
  const issues = checkWhen({
    slots,
    periodStart: text(v.periodStart),
    periodEnd: text(v.periodEnd),
    online: v.online === true,
    place: text(v.place),
    notBefore,
  });
  for (const issue of issues) ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
}
const always = { when: () => true };

/** A request as a coordinator registers or changes it. */
export const requestInput = z
  .object({
    clientId: z.uuid({ error: "requests:errors.clientMissing" }),
    contactId: optionalId,
    ...requestFields,
  })
  .superRefine(refineWhen, always);
export type RequestInput = z.infer<typeof requestInput>;

/** A request as a client contact sends it from their own page (their client is known). */
export const ownRequestInput = z.object(requestFields).superRefine(refineWhen, always);
export type OwnRequestInput = z.infer<typeof ownRequestInput>;

/** The public form: who is asking, plus what, when and where. `website` is a trap for robots. */
export const publicRequestInput = z
  .object({
    organisation: nameField({ min: 2, max: 160 }),
    contactName: nameField({ min: 2, max: 120 }),
    email: z.email({ error: "validation.email" }).trim().toLowerCase().max(200, "validation.tooLong"),
    phone: optionalText(40),
    sector: z.enum(sectors, { error: "validation.choose" }),
    website: z.string().optional(),
    startedAt: z.string().optional(),
    ...requestFields,
  })
  // A visitor asks for days to come: a date before today (Amsterdam) gets a message at its field.
  .superRefine((value, ctx) => refineWhen(value, ctx, todayIso()), always);
export type PublicRequestInput = z.infer<typeof publicRequestInput>;

/** Which client a request from the public form belongs to. */
export const linkInput = z.object({ clientId: z.uuid({ error: "validation.choose" }) });

export const cancelInput = z.object({
  reason: z
    .string({ error: "requests:errors.reasonMissing" })
    .trim()
    .min(3, "requests:errors.reasonMissing")
    .max(1000, "validation.tooLong"),
});
