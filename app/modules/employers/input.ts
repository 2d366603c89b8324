import { z } from "zod";
import { checklistStates, employerStages, sectors } from "~/db/values";
import { nameField } from "~/lib/names";

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
  label: z.string().trim().min(2, "validation.tooShort").max(120, "validation.tooLong"),
});

/** A new employer: the details, and the stage they are in when the centre starts to follow them. */
export const newEmployerInput = employerInput.extend({
  stage: z.enum(employerStages, { error: "validation.choose" }).optional().default("informed"),
});
export type NewEmployerInput = z.infer<typeof newEmployerInput>;
