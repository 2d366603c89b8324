/** Exporteren (B1). */
export const exportsTexts = {
  title: "Exporteren",
  intro: "Download gegevens van uw centrum als bestand voor Excel. Elke download komt in het logboek.",
  privacy: "Privé-notities over ervaringsdeskundigen komen nooit in een export.",
  caption: "Bestanden om te downloaden",
  what: "Wat",
  contents: "Wat staat erin",
  download: "Downloaden",
  pool: "Pool",
  poolContents:
    "Ervaringsdeskundigen met status, thema's, vormen van inzet, werkgebieden en certificaatdatum.",
  requests: "Aanvragen",
  requestsContents:
    "Aanvragen met nummer, opdrachtgever, vorm van inzet, status, datums, ervaringsdeskundigen en uren.",
  xlsx: "{{what}} als Excel-bestand (.xlsx)",
  csv: "{{what}} als CSV-bestand (.csv)",
};
