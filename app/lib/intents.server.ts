import type { z } from "zod";
import { readForm } from "./body.server";
import { formErrorFrom, invalid, parseForm } from "./forms.server";

/** One named thing a page's forms can ask its action to do: its input, the work, and where to go after. */
export type Intent = (formData: FormData) => Promise<Response | ReturnType<typeof invalid>>;

type WithSchema<S extends z.ZodType, R> = {
  /** Checks the form; a wrong field answers 400 with a message next to it. */
  schema: S;
  run: (value: z.output<S>, formData: FormData) => Promise<R>;
  /** Usually `redirectWithNotice(…)`. */
  done: (result: R) => Response;
};
type WithoutSchema<R> = { run: (formData: FormData) => Promise<R>; done: (result: R) => Response };

/** Declares one intent. Errors from modules (INVALID, CONFLICT) come back to the form as messages. */
export function intent<S extends z.ZodType, R>(def: WithSchema<S, R>): Intent;
export function intent<R>(def: WithoutSchema<R>): Intent;
export function intent<S extends z.ZodType, R>(def: WithSchema<S, R> | WithoutSchema<R>): Intent {
  return async (formData) => {
    try {
      if ("schema" in def) {
        const parsed = parseForm(formData, def.schema);
        if (!parsed.ok) return invalid(parsed.result);
        return def.done(await def.run(parsed.value, formData));
      }
      return def.done(await def.run(formData));
    } catch (error) {
      return formErrorFrom(error, formData);
    }
  };
}

/**
 * The action of a page with several forms: each form posts `intent=<name>`, and the named function
 * runs. An unknown or missing intent answers 400 (never a 500). An intent may also be a plain function of
 * the form data (a step that answers with data, not a redirect). Routes put the guard before it:
 *
 *   const scope = await requirePermission(request, "requests:write");
 *   return runIntents(request, { take: intent({ run: () => …, done: () => redirectWithNotice(…) }) });
 */
export async function runIntents<I extends Record<string, (formData: FormData) => Promise<unknown>>>(
  request: Request,
  intents: I,
): Promise<Awaited<ReturnType<I[keyof I]>> | ReturnType<typeof invalid>> {
  const formData = await readForm(request);
  const name = formData.get("intent");
  const chosen = typeof name === "string" && Object.hasOwn(intents, name) ? intents[name] : null;
  if (!chosen) return invalid({ errors: {}, values: {}, formError: "errors.INVALID" });
  return (await chosen(formData)) as Awaited<ReturnType<I[keyof I]>>;
}
