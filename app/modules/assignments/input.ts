import { z } from "zod";
import { declineReasons, withdrawReasons } from "./reasons";

const note = z.string().trim().max(500, "validation.tooLong").optional();

export const acceptInput = z.object({ intent: z.literal("accept") });

export const declineInput = z.object({
  intent: z.literal("decline"),
  reason: z.enum(declineReasons, { error: "validation.choose" }),
  note,
});

export const withdrawInput = z.object({
  intent: z.literal("withdraw"),
  reason: z.enum(withdrawReasons, { error: "validation.choose" }),
  note,
});

export const comingInput = z.object({ intent: z.literal("coming") });
