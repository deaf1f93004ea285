import type { KallelseKind } from '../../../../../shared/domain/meetings'

export const KALLELSE_TEXTS = {
  heading: 'Kallelse',
  lead: 'Spara kallelsen som Word-fil, skapa ett e-postutkast som öppnas i ditt e-postprogram, eller spara kalenderinbjudan.',
  leadCancelled: 'Mötet är inställt. Har kallelsen skickats, skicka inställt så att mötet försvinner ur de kallades kalendrar.',
  preview: 'Förhandsgranska',
  previewAgain: 'Förhandsgranska igen',
  previewing: 'Skapar kallelsen…',
  previewFailed: 'Kallelsen kunde inte visas',
  previewLabel: (fileName: string) => `Förhandsgranskning av ${fileName}`,
  saveWord: 'Spara kallelse (Word)',
  createDraft: 'Skapa e-postutkast',
  sendChange: 'Skicka ändring',
  sendCancellation: 'Skicka inställt',
  saveIcs: 'Kalenderinbjudan (.ics)',
  copyEmails: 'Kopiera e-postadresser',
  recipients: 'Mottagare',
  to: 'Synliga (Till)',
  bcc: 'Dolda (Hemlig kopia)',
  changePending: 'Tid eller plats har ändrats sedan kallelsen skickades. Skicka ändringen så att allas kalendrar stämmer.',
  cancellationPending: 'Mötet är inställt men kallelsen har skickats. Skicka inställt så att mötet försvinner ur allas kalendrar.',
  busy: 'Arbetar…',
  outcome: {
    word: { saved: 'Kallelsen är sparad', failed: 'Kallelsen sparades inte' },
    ics: { saved: 'Kalenderinbjudan är sparad', failed: 'Kalenderinbjudan sparades inte' },
    draft: { saved: 'E-postutkastet är skapat och öppnat i ditt e-postprogram', failed: 'E-postutkastet kunde inte skapas' },
    copy: { saved: '', failed: 'Adresserna kunde inte kopieras' }
  },
  copied: (n: number) => (n === 1 ? '1 e-postadress kopierad. Klistra in den i Till-raden.' : `${n} e-postadresser kopierade, åtskilda med semikolon. Klistra in dem i Till-raden.`),
  notReached: (names: string[]) => `Når inte: ${names.join(', ')}.`,
  log: 'Skickat hittills',
  logKinds: { kallelse: 'Kallelse', change: 'Ändring', cancellation: 'Inställt' } satisfies Record<KallelseKind, string>,
  logNone: 'Ingen kallelse har skickats ännu.',
  missing: {
    proceed: 'Skapa utkastet ändå',
    cancel: 'Avbryt',
    body: 'De får inte e-postmeddelandet. Meddela dem på annat sätt, eller lägg till adressen i Kontakter och välj Uppdatera.'
  }
}
