import { baseUrl } from "~/lib/config.server";

/**
 * A link in a mail to an expert or client contact: the code login with their address filled in, which
 * after signing in goes on to `next` (a path on this site). Signed in already, it goes there at once.
 * `centre` (the centre's short name) lets the page show the centre's own header and contact.
 */
export function signInLink(email: string, next: string, centre?: string): string {
  return `${baseUrl()}/login/code?${new URLSearchParams(centre ? { email, next, centre } : { email, next })}`;
}
