import { parseWithZod } from "@conform-to/zod/v4";
import { data } from "react-router";
import type { z } from "zod";
import { AppError } from "./errors";

/** What a form's action returns when input is wrong: i18n keys per field and what the user typed. */
export type FormErrors = {
  errors: Record<string, string[]>;
  values: Record<string, string | string[]>;
  formError?: string;
};

export type Parsed<T> = { ok: true; value: T } | { ok: false; result: FormErrors };

/** Validates form data with a Zod schema on the server (Conform's coercion: empty fields become undefined). */
export function parseForm<S extends z.ZodType>(formData: FormData, schema: S): Parsed<z.output<S>> {
  const submission = parseWithZod(formData, { schema });
  if (submission.status === "success") return { ok: true, value: submission.value as z.output<S> };
  const errors: Record<string, string[]> = {};
  for (const [name, messages] of Object.entries(submission.error ?? {})) {
    if (messages?.length) errors[name === "" ? "form" : name] = messages;
  }
  return { ok: false, result: { errors, values: valuesOf(formData) } };
}

/** What the user typed, to fill the form again (never passwords, codes or tokens). */
export function valuesOf(formData: FormData): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const key of new Set(formData.keys())) {
    if (/password|code|token/i.test(key)) continue;
    const all = formData.getAll(key).filter((v): v is string => typeof v === "string");
    values[key] = all.length > 1 ? all : (all[0] ?? "");
  }
  return values;
}

/** A 400 response that re-renders the form with messages next to the fields. */
export function invalid(result: FormErrors) {
  return data({ ok: false as const, ...result }, { status: 400 });
}

/** Turns a module's INVALID/CONFLICT error into the same shape, so the form shows it. */
export function formErrorFrom(error: unknown, formData: FormData) {
  if (error instanceof AppError && (error.code === "INVALID" || error.code === "CONFLICT")) {
    return data(
      { ok: false as const, errors: error.fields, values: valuesOf(formData), formError: error.messageKey },
      { status: error.code === "CONFLICT" ? 409 : 400 },
    );
  }
  throw error;
}
