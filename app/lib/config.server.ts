/** The public address of this installation, used in links in mail and calendar files. */
export function baseUrl(): string {
  return (process.env.BASE_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/$/, "");
}
