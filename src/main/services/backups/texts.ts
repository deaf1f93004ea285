/** What an import says when it refuses a file: plain Swedish, and what to do instead. */
export const ARCHIVE_TEXTS = {
  unreadable: 'Filen gick inte att öppna. Kontrollera att den finns och inte är öppen i ett annat program.',
  notZip: 'Filen är ingen export från Samverkan (den är inte en zip-fil). Välj filen du fick från ”Exportera allt…”.',
  notExport: 'Filen är en zip-fil men ingen export från Samverkan. Välj filen du fick från ”Exportera allt…”.',
  broken: 'Exportfilen är skadad och kan inte läsas. Exportera igen på den gamla datorn och försök på nytt.',
  badPath: 'Exportfilen innehåller filnamn som pekar utanför datamappen och läses därför inte. Exportera igen på den gamla datorn.',
  tooManyEntries: 'Exportfilen innehåller för många filer för att vara en export från Samverkan och läses inte.',
  tooLarge: 'Exportfilen är större än en export från Samverkan kan vara och läses inte.',
  checksum: 'Exportfilen stämmer inte med sin innehållsförteckning (kontrollsummorna skiljer sig), så något har ändrats eller skadats. Exportera igen på den gamla datorn.',
  newer: (version: string) =>
    `Exportfilen kommer från en nyare version av Samverkan (${version}) och kan inte läsas av den här. Be IT uppdatera Samverkan och försök igen.`,
  invalidData: 'Datan i exportfilen är skadad eller ofullständig och kan inte importeras. Exportera igen på den gamla datorn.',
  expired: 'Importen har gått ut eller är redan gjord. Välj filen igen.'
} as const
