import { z } from "zod";
import {
  attendanceValues,
  cohortKinds,
  intakeStatuses,
  moduleKinds,
  progressValues,
  situations,
} from "~/db/values";
import type { FormErrors, Parsed } from "~/lib/forms.server";
import { nameField } from "~/lib/names";

const isoDate = z.iso.date({ error: "validation.date" });
const optionalText = (max: number) => z.string().trim().max(max, "validation.tooLong").optional();
const requiredText = (max: number, key = "validation.required") =>
  z.string({ error: key }).trim().min(1, key).max(max, "validation.tooLong");

/** A cohort (create and edit). A keuzedeel without an end date ends 40 weeks after the start. */
export const cohortInput = z
  .object({
    name: requiredText(120, "training:errors.nameRequired"),
    kind: z.enum(cohortKinds, { error: "validation.choose" }),
    trainingPartner: optionalText(160),
    location: optionalText(160),
    province: optionalText(60),
    startsOn: isoDate,
    endsOn: isoDate.optional(),
    grantId: z.uuid({ error: "validation.invalid" }).optional(),
  })
  .refine((v) => !v.endsOn || v.endsOn > v.startsOn, {
    message: "training:errors.endAfterStart",
    path: ["endsOn"],
  })
  .refine((v) => v.kind === "keuzedeel" || Boolean(v.endsOn), {
    message: "training:errors.endRequired",
    path: ["endsOn"],
  });
export type CohortInput = z.infer<typeof cohortInput>;

export const sessionInput = z.object({
  sessionDate: isoDate,
  sessionTime: z.string({ error: "validation.time" }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, "validation.time"),
  sessionTitle: requiredText(160),
});
export type SessionInput = z.infer<typeof sessionInput>;

export const moduleInput = z.object({
  moduleName: requiredText(160),
  moduleKind: z.enum(moduleKinds, { error: "validation.choose" }),
  modulePosition: z
    .number({ error: "validation.number" })
    .int("validation.number")
    .min(0, "validation.number")
    .max(999, "validation.number")
    .optional(),
});
export type ModuleInput = z.infer<typeof moduleInput>;

export const removeInput = z.object({ id: z.uuid({ error: "validation.invalid" }) });

const criteria = {
  ownExperience: z.boolean().default(false),
  experienceBehind: z.boolean().default(false),
  motivated: z.boolean().default(false),
};

/** The intake decision with the three criteria; the reason is required when someone is not accepted. */
export const intakeInput = z.object({
  ...criteria,
  intakeStatus: z.enum(intakeStatuses, { error: "validation.choose" }),
  intakeReason: optionalText(1000),
});
export type IntakeInput = z.infer<typeof intakeInput>;

/** A new candidate with the intake. Never a BSN: the benefit is a short free text. */
export const candidateInput = intakeInput.extend({
  firstName: nameField({ max: 80, required: "training:errors.firstNameRequired" }),
  lastName: nameField({ max: 120, required: "training:errors.lastNameRequired" }),
  email: z
    .email({ error: "validation.email" })
    .trim()
    .toLowerCase()
    .max(200, "validation.tooLong")
    .optional(),
  phone: z
    .string()
    .trim()
    .max(30, "validation.tooLong")
    .regex(/^[0-9+()\-\s]*$/, "training:errors.phone")
    .optional(),
  province: optionalText(60),
  situationBefore: z.enum(situations, { error: "validation.choose" }).optional(),
  benefitBefore: optionalText(200).refine((v) => !v || !/\d{8,9}/.test(v.replace(/[\s.-]/g, "")), {
    message: "training:errors.noNumbers",
  }),
});
export type CandidateInput = z.infer<typeof candidateInput>;

export const milestonesInput = z.object({
  lifeStoryOn: isoDate.optional(),
  reflectionOn: isoDate.optional(),
  placementOn: isoDate.optional(),
});
export type MilestonesInput = z.infer<typeof milestonesInput>;

export const assessmentInput = z.object({
  finalAssessmentOn: isoDate,
  finalAssessmentPassed: z.enum(["yes", "no"], { error: "validation.choose" }),
});
export type AssessmentInput = z.infer<typeof assessmentInput>;

export const certifyInput = z.object({ certifiedOn: isoDate });
export const stopInput = z.object({ stoppedOn: isoDate, stoppedReason: requiredText(500) });

export type Attendance = (typeof attendanceValues)[number];
export type Progress = (typeof progressValues)[number];

/** Every `<prefix><uuid>` field of a form: one choice per row of a table form. */
function rowsOf(formData: FormData, prefix: string): [string, string][] {
  const rows: [string, string][] = [];
  for (const [key, value] of formData.entries())
    if (key.startsWith(prefix) && typeof value === "string") rows.push([key.slice(prefix.length), value]);
  return rows;
}

const uuid = z.uuid();
const values = (formData: FormData) => {
  const all: Record<string, string> = {};
  for (const [key, value] of formData.entries()) if (typeof value === "string") all[key] = value;
  return all;
};

/** The attendance form: `a-<traineeId>` = present | absent | excused (rows without a choice are left out). */
export function attendanceFromForm(
  formData: FormData,
): Parsed<{ marks: { traineeId: string; attendance: Attendance }[] }> {
  const errors: FormErrors["errors"] = {};
  const marks: { traineeId: string; attendance: Attendance }[] = [];
  for (const [traineeId, value] of rowsOf(formData, "a-")) {
    const mark = z.enum(attendanceValues).safeParse(value);
    if (!uuid.safeParse(traineeId).success || !mark.success) errors[`a-${traineeId}`] = ["validation.choose"];
    else marks.push({ traineeId, attendance: mark.data });
  }
  if (Object.keys(errors).length) return { ok: false, result: { errors, values: values(formData) } };
  return { ok: true, value: { marks } };
}

/** The progress form: `p-<moduleId>` = not_started | in_progress | completed, `d-<moduleId>` = date when done. */
export function progressFromForm(
  formData: FormData,
): Parsed<{ rows: { moduleId: string; progress: Progress; completedOn: string | null }[] }> {
  const errors: FormErrors["errors"] = {};
  const rows: { moduleId: string; progress: Progress; completedOn: string | null }[] = [];
  for (const [moduleId, value] of rowsOf(formData, "p-")) {
    const progress = z.enum(progressValues).safeParse(value);
    const dateText = String(formData.get(`d-${moduleId}`) ?? "").trim();
    if (!uuid.safeParse(moduleId).success || !progress.success) {
      errors[`p-${moduleId}`] = ["validation.choose"];
      continue;
    }
    if (dateText && !isoDate.safeParse(dateText).success) {
      errors[`d-${moduleId}`] = ["validation.date"];
      continue;
    }
    if (progress.data === "completed" && !dateText) {
      errors[`d-${moduleId}`] = ["training:errors.doneDate"];
      continue;
    }
    rows.push({
      moduleId,
      progress: progress.data,
      completedOn: progress.data === "completed" ? dateText : null,
    });
  }
  if (Object.keys(errors).length) return { ok: false, result: { errors, values: values(formData) } };
  return { ok: true, value: { rows } };
}
