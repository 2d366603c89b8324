/**
 * The employers' value lists and form field names, without zod: pages import these in the browser
 * (a test fails when zod or a server module reaches a browser bundle).
 */

/** The work kinds a placement or vacancy can be: they are also the outcome a placement writes. */
export const placementKinds = ["paid_job", "volunteer"] as const;

/** The situations that can follow a placement that ends. */
export const afterPlacementKinds = ["job_seeking", "paid_job", "volunteer", "other_path"] as const;

/** The form field of one checklist step's answer: `steps.<itemId>.state`, `.dueOn`, `.note`. */
export const stepFieldName = (itemId: string, field: "state" | "dueOn" | "note") =>
  `steps.${itemId}.${field}`;
