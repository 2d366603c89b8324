import { z } from "zod";
import { expertStatuses } from "~/db/values";
import { nameField } from "~/lib/names";
import { queryOf } from "~/lib/params";
import { parseSlot } from "./rules";

const isoDate = z.iso.date({ error: "validation.date" });
const optionalText = (max: number) => z.string().trim().max(max, "validation.tooLong").optional();
const ids = z.array(z.uuid({ error: "validation.invalid" })).default([]);

/** The expert form (create and edit). Messages are i18n keys; empty fields arrive as undefined. */
export const expertInput = z.object({
  firstName: nameField({ max: 80, required: "pool:errors.firstNameRequired" }),
  lastName: nameField({ max: 120, required: "pool:errors.lastNameRequired" }),
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
    .regex(/^[0-9+()\-\s]*$/, "pool:errors.phone")
    .optional(),
  status: z.enum(expertStatuses, { error: "validation.choose" }),
  certifiedOn: isoDate.optional(),
  themeIds: ids,
  workFormIds: ids,
  areaIds: ids,
  homeAreaId: z.uuid({ error: "validation.invalid" }).optional(),
  maxTravelKm: z
    .number({ error: "validation.number" })
    .int("validation.number")
    .min(0, "pool:errors.travelKm")
    .max(500, "pool:errors.travelKm")
    .optional(),
  acceptsOnline: z.boolean().default(false),
  languages: optionalText(300),
  availability: z.array(z.string().refine((v) => parseSlot(v) !== null, "validation.invalid")).default([]),
  profileText: optionalText(2000),
  privateNotes: optionalText(5000),
});
export type ExpertInput = z.infer<typeof expertInput>;

export const statusInput = z.object({
  status: z.enum(expertStatuses, { error: "validation.choose" }),
});

export const absenceInput = z
  .object({
    startsOn: isoDate,
    endsOn: isoDate,
    reason: optionalText(200),
  })
  .refine((v) => v.endsOn >= v.startsOn, { message: "validation.endBeforeStart", path: ["endsOn"] });
export type AbsenceInput = z.infer<typeof absenceInput>;

export const removeAbsenceInput = z.object({ absenceId: z.uuid({ error: "validation.invalid" }) });

export const PAGE_SIZE = 50;

/** The search and filters of /pool, read from the address (GET): anything wrong is ignored. */
export const poolFilters = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  status: z.enum(expertStatuses).optional().catch(undefined),
  theme: z.uuid().optional().catch(undefined),
  workForm: z.uuid().optional().catch(undefined),
  area: z.uuid().optional().catch(undefined),
  weekday: z.coerce.number().int().min(1).max(7).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
export type PoolFilters = z.infer<typeof poolFilters>;

export function filtersFrom(url: URL): PoolFilters {
  return poolFilters.parse(queryOf(url));
}
