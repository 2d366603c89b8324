import { createContext, useContext } from "react";

/** The Content-Security-Policy nonce of this response (set by entry.server.tsx; empty in the browser). */
export const NonceContext = createContext<string | undefined>(undefined);

export function useNonce(): string | undefined {
  return useContext(NonceContext);
}
