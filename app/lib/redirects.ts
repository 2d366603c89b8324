/** Only same-site paths may be a `next` target after login (no open redirects). */
export function safeNext(next: string | null | undefined, fallback = "/start"): string {
  if (!next?.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return fallback;
  return next;
}
