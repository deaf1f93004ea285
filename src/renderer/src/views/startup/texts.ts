import type { StartupReport } from '../../../../shared/contract/app'

type ScreenStatus = Exclude<StartupReport['status'], 'ok' | 'created'>

/** What each start that needs attention is called, and what it means for her work. */
export const STARTUP_TEXTS: Record<ScreenStatus, { title: string; consequence: string }> = {
  restoredFromBackup: {
    title: 'Datafilen gick inte att läsa – en säkerhetskopia har återställts',
    consequence:
      'Det du har gjort efter säkerhetskopian kan saknas. Kontrollera de senaste ändringarna. Den gamla filen finns kvar och har inte skrivits över.'
  },
  startedEmpty: {
    title: 'Datafilen gick inte att läsa – Samverkan startade utan data',
    consequence:
      'Det fanns ingen säkerhetskopia som gick att använda. Den gamla filen finns kvar och har inte skrivits över; kontakta IT om du behöver hjälp att rädda den.'
  },
  unwritable: {
    title: 'Samverkan kan inte spara i datamappen',
    consequence:
      'Ändringar kan inte sparas. Du kan titta på dina uppgifter, men det du ändrar försvinner. Be IT se till att du kan skriva i datamappen och starta sedan Samverkan igen.'
  }
}

export const LABELS = {
  quarantined: 'Den gamla filen har flyttats till',
  backupUsed: 'Återställd från säkerhetskopian',
  dataFile: 'Datafil',
  openFolder: 'Öppna datamappen',
  acknowledge: 'Jag förstår',
  viewReadOnly: 'Visa uppgifterna utan att kunna spara',
  readOnlyBanner: 'Inga ändringar sparas: Samverkan kan inte skriva i datamappen. Starta om Samverkan när IT har löst det.'
}
