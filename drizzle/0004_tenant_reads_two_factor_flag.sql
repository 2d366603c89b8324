-- The users page shows whether a member has two-factor sign-in on: the tenant role may read that flag
-- (still never passwords, sessions, codes or secrets).
GRANT SELECT (two_factor_enabled) ON "user" TO tandem_app;
