import { z } from "zod";

/** Erasing a person on their request: their address, and the word typed to confirm (nothing can undo it). */
export const eraseInput = z.object({
  /** Not "email": the export form on the same page has that field. */
  address: z.email("privacy:erase.errors.email"),
  confirm: z.string().refine((v) => v.trim().toUpperCase() === "WISSEN", "privacy:erase.errors.confirm"),
});

/** A person's data for a coordinator, by address (a request by letter or at the desk). */
export const exportInput = z.object({ email: z.email("privacy:erase.errors.email") });
