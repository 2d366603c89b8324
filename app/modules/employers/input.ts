import { z } from "zod";
import { checklistStates, employerStages, sectors } from "~/db/values";
import { nameField } from "~/lib/names";
import { afterPlacementKinds, placementKinds } from "./values";

const optionalText = (max: number) => z.string().trim().max(max, "validation.tooLong").optional().default("");
const optionalDate = z.iso.date({ error: "validation.date" }).optional();

/** An employer as the employer form sends it. */
export const employerInput = z.object({
  name: nameField({ min: 2, max: 160 }),
  sector: z.enum(sectors, { error: "validation.choose" }),
  clientId: z.uuid({ error: "validation.invalid" }).optional(),
  contactName: optionalText(160),
  contactEmail: z
    .union([
      z.literal(""),
      z.email({ error: "validation.email" }).trim().toLowerCase().max(200, "validation.tooLong"),
    ])
    .optional()
    .default(""),
  contactPhone: optionalText(40),
  infoMeetingOn: optionalDate,
  materialSentOn: optionalDate,
  nextAction: optionalText(300),
  nextActionOn: optionalDate,
  notes: optionalText(4000),
});
export type EmployerInput = z.infer<typeof employerInput>;

/** A move to another stage, with what comes next. */
export const stageInput = z.object({
  stage: z.enum(employerStages, { error: "validation.choose" }),
  note: optionalText(500),
  nextAction: optionalText(300),
  nextActionOn: optionalDate,
});
export type StageInput = z.infer<typeof stageInput>;

/** One step of the checklist as the checklist form sends it (`<itemId>.state` and so on). */
export const checklistStepInput = z.object({
  state: z.enum(checklistStates, { error: "validation.choose" }),
  dueOn: optionalDate,
  note: optionalText(500),
});
export type ChecklistStepInput = z.infer<typeof checklistStepInput>;

/** A step the centre adds to its checklist. */
export const checklistItemInput = z.object({
  label: z
    .string({ error: "validation.required" })
    .trim()
    .min(2, "validation.tooShort")
    .max(120, "validation.tooLong"),
});

/** A new employer: the details, and the stage they are in when the centre starts to follow them. */
export const newEmployerInput = employerInput.extend({
  stage: z.enum(employerStages, { error: "validation.choose" }).optional().default("informed"),
});
export type NewEmployerInput = z.infer<typeof newEmployerInput>;

/** A person starts work at an employer. */
export const placementInput = z.object({
  traineeId: z.uuid({ error: "validation.choose" }),
  kind: z.enum(placementKinds, { error: "validation.choose" }),
  startsOn: z.iso.date({ error: "validation.date" }),
  hoursPerWeek: z.coerce
    .number({ error: "validation.number" })
    .int("validation.number")
    .min(1, "validation.number")
    .max(60, "validation.number")
    .optional(),
  note: optionalText(500),
});
export type PlacementInput = z.infer<typeof placementInput>;

/** A placement ends: when, and what the person does next (written to their timeline). */
export const endPlacementInput = z.object({
  endsOn: z.iso.date({ error: "validation.date" }),
  next: z.enum(afterPlacementKinds, { error: "validation.choose" }),
  note: optionalText(500),
});
export type EndPlacementInput = z.infer<typeof endPlacementInput>;

/** A vacancy as the vacancy form sends it. */
export const vacancyInput = z.object({
  title: z
    .string({ error: "validation.required" })
    .trim()
    .min(2, "validation.tooShort")
    .max(160, "validation.tooLong"),
  kind: z.enum(placementKinds, { error: "validation.choose" }),
  hoursPerWeek: z.coerce
    .number({ error: "validation.number" })
    .int("validation.number")
    .min(1, "validation.number")
    .max(60, "validation.number")
    .optional(),
  areaId: z.uuid({ error: "validation.invalid" }).optional(),
  remote: z.boolean().default(false),
  themeIds: z
    .array(z.uuid({ error: "validation.invalid" }))
    .optional()
    .default([]),
  startsOn: z.iso.date({ error: "validation.date" }).optional(),
  description: optionalText(4000),
});
export type VacancyInput = z.infer<typeof vacancyInput>;

/** Fill a vacancy: who, and from when. */
export const fillInput = z.object({
  traineeId: z.uuid({ error: "validation.choose" }),
  startsOn: z.iso.date({ error: "validation.date" }),
});
