import type { StartupReport } from '../../../../shared/contract/app'

type ScreenStatus = Exclude<StartupReport['status'], 'ok' | 'created'>

/** What each start that needs attention is called, and what it means for her work. */
export const STARTUP_TEXTS: Record<ScreenStatus, { title: string; consequence: string; nextStep: string }> = {
  restoredFromBackup: {
    title: 'Datafilen gick inte att läsa – en säkerhetskopia har återställts',
    consequence: 'Kontrollera det du gjorde senast.',
    nextStep: 'Den gamla filen finns kvar och har inte skrivits över.'
  },
  startedEmpty: {
    title: 'Datafilen gick inte att läsa – Samverkan startade utan data',
    consequence: 'Registret är tomt.',
    nextStep: 'Den gamla filen finns kvar och har inte skrivits över. Be IT om hjälp att rädda uppgifterna i den.'
  },
  unwritable: {
    title: 'Samverkan kan inte spara i datamappen',
    consequence: 'Ändringar kan inte sparas.',
    nextStep: 'Be IT se till att du kan skriva i datamappen och starta sedan Samverkan igen.'
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

export const OTHER_BACKUP_TEXTS = {
  title: 'Välj en annan säkerhetskopia',
  description: 'Stämmer inte det som återställdes? Välj en annan säkerhetskopia. Det du har nu sparas först, så inget går förlorat.'
} as const
