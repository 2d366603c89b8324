export * from "./auth";
export * from "./centres";
export * from "./clients";
export * from "./invitations";
export * from "./pool";
export * from "./requests";
export * from "./system";
export * from "./training";
