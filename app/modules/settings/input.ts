import { z } from "zod";
import { listKinds } from "./list-kinds";

const name = z
  .string({ error: "validation.required" })
  .trim()
  .min(2, "validation.tooShort")
  .max(80, "validation.tooLong");
const id = z.uuid({ error: "validation.invalid" });

export const addItemInput = z.object({ kind: z.enum(listKinds), name });
export const renameItemInput = z.object({ kind: z.enum(listKinds), id, name });
export const toggleItemInput = z.object({ kind: z.enum(listKinds), id, active: z.enum(["true", "false"]) });

const degrees = (limit: number) =>
  z
    .number({ error: "validation.number" })
    .min(-limit, "settings:errors.coordinate")
    .max(limit, "settings:errors.coordinate")
    .optional();

/** An area: name, province, and optionally its centre point in degrees (both or neither). */
export const areaInput = z
  .object({
    name,
    province: z.string().trim().max(80, "validation.tooLong").optional(),
    latitude: degrees(90),
    longitude: degrees(180),
  })
  .refine((v) => (v.latitude === undefined) === (v.longitude === undefined), {
    message: "settings:errors.bothCoordinates",
    path: ["longitude"],
  });
export type AreaInput = z.infer<typeof areaInput>;

export const updateAreaInput = areaInput.and(z.object({ id }));
export const removeAreaInput = z.object({ id });
