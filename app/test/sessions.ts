/** A request carrying the cookies better-auth set, as a browser would send them back. */
export function withCookies(headers: Headers, previous?: Request, url = "http://localhost/account"): Request {
  const jar = new Map<string, string>();
  for (const part of (previous?.headers.get("cookie") ?? "").split("; ").filter(Boolean)) {
    const [name, ...rest] = part.split("=");
    jar.set(name, rest.join("="));
  }
  for (const line of headers.getSetCookie()) {
    const [pair, ...attributes] = line.split(";");
    const [name, ...rest] = pair.split("=");
    const expired = attributes.some((a) => /max-age=0/i.test(a.trim()));
    if (expired) jar.delete(name.trim());
    else jar.set(name.trim(), rest.join("="));
  }
  const cookie = [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  return new Request(url, { headers: { cookie } });
}

/** A request from a browser that has no cookies yet (the login page). */
export const freshRequest = () => new Request("http://localhost/login");
