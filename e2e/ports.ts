/** Fixed local ports for the journeys (chosen away from the app's default 3000). */
export const E2E = { appPort: 3901, freshPort: 3902, smtpPort: 3925, mailDir: "e2e/.run/mail" } as const;
