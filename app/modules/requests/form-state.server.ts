import { data } from "react-router";

/** The form as sent, to show again after "add a row" (nothing is saved then). */
export function formWithExtraRow(formData: FormData) {
  const values: Record<string, string | string[]> = {};
  for (const key of new Set(formData.keys())) {
    if (key === "intent" || key === "website") continue;
    const all = formData.getAll(key).filter((v): v is string => typeof v === "string");
    values[key] = all.length > 1 ? all : (all[0] ?? "");
  }
  return data({ ok: false as const, addedRow: true, values, errors: {} as Record<string, string[]> });
}
