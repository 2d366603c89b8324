import { z } from "zod";
import { sectors } from "~/db/values";
import { nameField } from "~/lib/names";

const name = nameField({ min: 2, max: 160 });
const optionalText = (max: number) => z.string().trim().max(max, "validation.tooLong").optional().default("");

/** An opdrachtgever as the client form sends it. */
export const clientInput = z.object({
  name,
  sector: z.enum(sectors, { error: "validation.choose" }),
  areaId: z.uuid({ error: "validation.invalid" }).optional(),
  address: optionalText(300),
  notes: optionalText(2000),
});
export type ClientInput = z.infer<typeof clientInput>;

/** A contact person at a client. */
export const contactInput = z.object({
  name,
  email: z.email({ error: "validation.email" }).trim().toLowerCase().max(200, "validation.tooLong"),
  phone: optionalText(40),
  jobTitle: optionalText(120),
});
export type ContactInput = z.infer<typeof contactInput>;
