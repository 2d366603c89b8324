import { AppError } from "./errors";

/** What a form post may weigh; uploads pass a larger limit. */
export const MAX_FORM_BYTES = 1024 * 1024;

const badForm = () => new AppError("INVALID", "errors.badForm");

/** The body's bytes, refused with TOO_LARGE (413) as soon as it passes `maxBytes`. */
async function readLimited(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get("content-length") ?? "");
  if (Number.isFinite(declared) && declared > maxBytes) throw new AppError("TOO_LARGE");
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new AppError("TOO_LARGE");
    }
    parts.push(value);
  }
  const bytes = new Uint8Array(new ArrayBuffer(total));
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.byteLength;
  }
  return bytes;
}

/**
 * The posted form, for every action instead of `request.formData()`: only url-encoded or multipart
 * bodies (multipart with its boundary), at most `maxBytes`; anything else is a 400 or 413, never a 500.
 */
export async function readForm(
  request: Request,
  { maxBytes = MAX_FORM_BYTES }: { maxBytes?: number } = {},
): Promise<FormData> {
  const type = request.headers.get("content-type") ?? "";
  const lower = type.toLowerCase();
  const multipart = lower.startsWith("multipart/form-data");
  if (!multipart && !lower.startsWith("application/x-www-form-urlencoded")) {
    if (type === "" && !request.body) return new FormData();
    throw badForm();
  }
  if (multipart && !/;\s*boundary=/i.test(type)) throw badForm();
  const bytes = await readLimited(request, maxBytes);
  let parsed: FormData;
  try {
    parsed = await new Response(bytes, { headers: { "content-type": type } }).formData();
  } catch {
    throw badForm();
  }
  return withoutNul(parsed);
}

/** A NUL byte in text makes PostgreSQL refuse the statement (a 500): it is dropped from every value. */
function withoutNul(form: FormData): FormData {
  const clean = new FormData();
  for (const [key, value] of form) {
    clean.append(key.replaceAll("\0", ""), typeof value === "string" ? value.replaceAll("\0", "") : value);
  }
  return clean;
}
