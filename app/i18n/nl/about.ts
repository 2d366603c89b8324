/** The accessibility statement. Taalniveau B1. */
export const about = {
  accessibility: {
    title: "Toegankelijkheid",
    intro:
      "Iedereen moet Tandem kunnen gebruiken: op een oude telefoon, met alleen een toetsenbord, met een schermlezer, met grote letters of zonder JavaScript.",
    goalTitle: "Wat we beloven",
    goal: "Tandem volgt de richtlijnen WCAG 2.2 op niveau AA, de eis voor websites van de overheid in Nederland.",
    howTitle: "Hoe we dat controleren",
    how1: "Bij elke wijziging testen we elke pagina automatisch met axe, op een scherm van 360 en van 1280 pixels breed.",
    how2: "We controleren dat niets breder is dan het scherm en dat knoppen groot genoeg zijn om aan te tikken.",
    how3: "Formulieren werken ook zonder JavaScript en met alleen een toetsenbord.",
    how4: "De teksten zijn in eenvoudig Nederlands (taalniveau B1). Er is ook een Engelse versie.",
    limitsTitle: "Wat nog niet goed is",
    limits: "We weten op dit moment van geen problemen. Ziet u er toch een? Laat het ons weten.",
    contactTitle: "Een probleem melden",
    contact:
      "Lukt iets niet? Neem contact op met het expertisecentrum dat u helpt. Het adres staat onderaan elke pagina. U krijgt binnen vijf werkdagen antwoord.",
  },
};
