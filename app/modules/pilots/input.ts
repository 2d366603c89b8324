import { z } from "zod";
import { pilotSectors } from "~/modules/grants/values";
import { questionnaireMoments } from "./values";

const required = (min: number, max: number) =>
  z
    .string({ error: "validation.required" })
    .trim()
    .min(min, "validation.required")
    .max(max, "validation.tooLong");
const optionalText = (max: number) => z.string().trim().max(max, "validation.tooLong").optional().default("");
const optionalDate = z.iso.date({ error: "validation.date" }).optional();

/** A pilot as its form sends it: the grant, the sector, a name and its dates. */
export const pilotInput = z
  .object({
    grantId: z.uuid({ error: "validation.choose" }),
    sector: z.enum(pilotSectors, { error: "validation.choose" }),
    name: required(2, 160),
    startsOn: optionalDate,
    endsOn: optionalDate,
    afterDueOn: optionalDate,
  })
  .refine((v) => !v.startsOn || !v.endsOn || v.endsOn >= v.startsOn, {
    path: ["endsOn"],
    message: "validation.endBeforeStart",
  })
  .refine((v) => !v.startsOn || !v.afterDueOn || v.afterDueOn >= v.startsOn, {
    path: ["afterDueOn"],
    message: "pilots:errors.dueBeforeStart",
  });
export type PilotInput = z.infer<typeof pilotInput>;

/** A professional taking part; field names are the form's own (the pilot page has several forms). */
export const participantInput = z
  .object({
    participantName: required(2, 160),
    participantEmail: z
      .email({ error: "validation.email" })
      .trim()
      .max(254, "validation.tooLong")
      .transform((v) => v.toLowerCase()),
    organisation: optionalText(160),
    clientReference: optionalText(60),
  })
  .transform((v) => ({
    name: v.participantName,
    email: v.participantEmail,
    organisation: v.organisation,
    clientReference: v.clientReference,
  }));
export type ParticipantInput = z.infer<typeof participantInput>;

export const momentInput = z.object({
  moment: z.enum(questionnaireMoments, { error: "validation.choose" }),
});

export const participantIdInput = z.object({ participantId: z.uuid({ error: "validation.invalid" }) });

/** One statement of the statements form: its text and whether it is asked. */
export type StatementEdit = { id: string; text: string; active: boolean };
export type StatementsInput = { statements: StatementEdit[]; added: string };

const statementText = required(5, 300);

/**
 * The statements form: `text_<id>` and `active_<id>` per statement, `newStatement` for one more.
 * Not a zod object because the field names carry the ids; messages are keyed by those field names.
 */
export function parseStatements(
  formData: FormData,
): { ok: true; value: StatementsInput } | { ok: false; errors: Record<string, string[]> } {
  const errors: Record<string, string[]> = {};
  const statements: StatementEdit[] = [];
  for (const [key, raw] of formData.entries()) {
    const match = /^text_([0-9a-f-]{36})$/i.exec(key);
    if (!match || typeof raw !== "string") continue;
    const id = match[1].toLowerCase();
    const parsed = statementText.safeParse(raw);
    if (!parsed.success) errors[key] = [parsed.error.issues[0].message];
    else statements.push({ id, text: parsed.data, active: formData.get(`active_${match[1]}`) === "on" });
  }
  const added = String(formData.get("newStatement") ?? "").trim();
  if (added) {
    const parsed = statementText.safeParse(added);
    if (!parsed.success) errors.newStatement = [parsed.error.issues[0].message];
  }
  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, value: { statements, added } };
}

/** The score fields of the questionnaire: `s_<statementId>` = "1".."5". */
export function scoresFrom(formData: FormData): Map<string, number> {
  const scores = new Map<string, number>();
  for (const [key, raw] of formData.entries()) {
    const match = /^s_([0-9a-f-]{36})$/i.exec(key);
    if (!match || typeof raw !== "string" || !/^[1-5]$/.test(raw)) continue;
    scores.set(match[1].toLowerCase(), Number(raw));
  }
  return scores;
}

/** The centre's starting statements: `default_1`… in order; empty ones drop out. */
export function parseDefaultStatements(
  formData: FormData,
): { ok: true; value: string[] } | { ok: false; errors: Record<string, string[]> } {
  const errors: Record<string, string[]> = {};
  const texts: string[] = [];
  const keys = [...new Set(formData.keys())]
    .filter((k) => /^default_\d{1,2}$/.test(k))
    .sort((a, b) => Number(a.slice(8)) - Number(b.slice(8)));
  for (const key of keys) {
    const raw = String(formData.get(key) ?? "").trim();
    if (!raw) continue;
    const parsed = statementText.safeParse(raw);
    if (!parsed.success) errors[key] = [parsed.error.issues[0].message];
    else texts.push(parsed.data);
  }
  if (texts.length === 0 && Object.keys(errors).length === 0)
    errors.default_1 = ["pilots:errors.noActiveStatement"];
  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, value: texts };
}
