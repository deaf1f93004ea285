export const INVITATION_TEXTS = {
  heading: 'Inbjudan',
  lead: 'Inbjudan som Word-fil och ett e-postutkast till målgruppen i registret. Alla adresser läggs som hemlig kopia, så att företagen inte ser varandras adresser. Word-filen och en kalenderfil följer med.',
  preview: 'Förhandsgranska',
  previewAgain: 'Förhandsgranska igen',
  previewing: 'Skapar inbjudan…',
  previewFailed: 'Inbjudan kunde inte visas',
  previewLabel: (fileName: string) => `Förhandsgranskning av ${fileName}`,
  saveWord: 'Spara inbjudan (Word)',
  saveIcs: 'Kalenderfil (.ics)',
  send: 'Skicka inbjudan…',
  copyEmails: 'Kopiera e-postadresser',
  sentAt: (when: string) => `Första utkastet skapades ${when}.`,
  missingTitle: (n: number) => (n === 1 ? '1 i målgruppen saknar e-postadress' : `${n} i målgruppen saknar e-postadress`),
  missingBody: 'De får inte inbjudan med e-post. Bjud in dem på annat sätt, eller lägg till adressen i Kontakter först.',
  outcome: {
    word: { saved: 'Inbjudan är sparad', failed: 'Inbjudan sparades inte' },
    ics: { saved: 'Kalenderfilen är sparad', failed: 'Kalenderfilen sparades inte' },
    draft: { saved: 'E-postutkastet är skapat och öppnat i ditt e-postprogram', failed: 'E-postutkastet kunde inte skapas' },
    copy: { saved: '', failed: 'Adresserna kunde inte kopieras' }
  },
  reached: (n: number) => (n === 1 ? 'Utkastet går till 1 mottagare (hemlig kopia).' : `Utkastet går till ${n} mottagare (hemlig kopia).`),
  copied: (n: number) => (n === 1 ? '1 e-postadress kopierad. Klistra in den i raden Hemlig kopia.' : `${n} e-postadresser kopierade, åtskilda med semikolon. Klistra in dem i raden Hemlig kopia.`),
  notReached: (names: string[]) => `Når inte: ${names.join(', ')}.`
}
