import { baseUrl } from "~/lib/config.server";

/**
 * A link in a mail to an expert or client contact: the code login with their address filled in, which
 * after signing in goes on to `next` (a path on this site). Signed in already, it goes there at once.
 */
export function signInLink(email: string, next: string): string {
  return `${baseUrl()}/login/code?${new URLSearchParams({ email, next })}`;
}
