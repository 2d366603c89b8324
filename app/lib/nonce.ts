import { createContext, useContext } from "react";

/**
 * The Content-Security-Policy nonce of this response, made in entry.server.tsx. In the browser it is
 * "" (browsers hide the attribute), which is what the scripts' nonce prop reads there.
 */
export const NonceContext = createContext("");

export function useNonce(): string {
  return useContext(NonceContext);
}
