import type { ImportField } from '../../../../shared/contract/contacts'

const SWEDISH_NUMBER = new Intl.NumberFormat('sv-SE')

/** "5 000": Swedish digit grouping (a no-break space, so a count never breaks over two lines). */
export const formatCount = (count: number): string => SWEDISH_NUMBER.format(count)

/** "1 kontakt", "5 000 kontakter". */
export const plural = (count: number, one: string, many: string): string =>
  `${formatCount(count)} ${count === 1 ? one : many}`

/** Every Swedish string of the Kontakter view, in one place. */
export const TEXTS = {
  title: 'Kontakter',
  description: 'Personer, organisationer och grupper som du samarbetar med.',
  newContact: 'Ny kontakt',
  import: 'Importera…',
  export: 'Exportera',
  tabs: { people: 'Personer', organisations: 'Organisationer', groups: 'Grupper' },
  tabsLabel: 'Delar av registret',
  search: 'Sök kontakter',
  /** Shown in the empty box and given as its description; the line under the bar says Ctrl+F. */
  searchHint: 'Namn, organisation, roll eller e-post',
  groupFilter: 'Grupp',
  allGroups: 'Alla grupper',
  kindFilter: 'Organisationstyp',
  order: 'Sortera efter',
  orders: { firstName: 'Förnamn', lastName: 'Efternamn' },
  allKinds: 'Alla typer',
  listLabel: 'Kontakter',
  columns: { name: 'Namn', organisation: 'Organisation', title: 'Titel/roll', email: 'E-post', phone: 'Telefon' },
  count: (shown: number, total: number) =>
    shown === total
      ? plural(total, 'kontakt', 'kontakter')
      : `${formatCount(shown)} av ${plural(total, 'kontakt', 'kontakter')} visas`,
  noMatches: 'Inga kontakter matchar sökningen.',
  emptyTitle: 'Inga kontakter ännu',
  emptyBody:
    'Lägg in en person med Ny kontakt (Ctrl+N), eller hämta hela din lista från Excel, en CSV-fil eller Outlook (vCard) med Importera….',
  keyboardHint: 'Ctrl+F söker, pilarna väljer, Enter öppnar, Delete tar bort, Ctrl+N ny kontakt.',
  exportAll: { xlsx: 'Hela registret som Excel (.xlsx)', csv: 'Hela registret som CSV' },
  exportView: { xlsx: 'Visade kontakter som Excel (.xlsx)', csv: 'Visade kontakter som CSV' },
  exported: (count: number) => ({ saved: `${plural(count, 'kontakt', 'kontakter')} exporterade`, failed: 'Kontakterna exporterades inte' }),
  failed: 'Det gick inte',
  form: {
    newTitle: 'Ny kontakt',
    editTitle: 'Redigera kontakt',
    name: 'Namn',
    title: 'Titel/roll',
    organisation: 'Organisation',
    organisationHint: 'Välj i listan eller skriv ett nytt namn.',
    createOrganisation: (name: string) => `Skapa ny organisation ”${name}”`,
    newOrganisationKind: 'Typ av ny organisation',
    email: 'E-post',
    phone: 'Telefon',
    phoneHint: 'T.ex. 08-508 22 030 eller 070-123 45 67',
    groups: 'Grupper',
    notes: 'Anteckningar',
    save: 'Spara',
    cancel: 'Avbryt',
    close: 'Stäng',
    autosaves: 'Ändringarna sparas medan du skriver.',
    readOnly: 'Sparas inte: Samverkan kan inte spara i datamappen.',
    fixFields: 'de markerade fälten behöver rättas.',
    saved: (name: string) => `${name} är sparad.`,
    invalid: 'Rätta de markerade fälten och spara igen.'
  },
  discard: {
    title: 'Du har ändringar som inte är sparade.',
    body: 'Om du stänger formuläret nu försvinner de.',
    stay: 'Fortsätt redigera',
    leave: 'Släng ändringarna'
  },
  gdpr: {
    extract: 'Registerutdrag',
    extractXlsx: 'Som Excel (.xlsx)',
    extractJson: 'Som JSON',
    extracted: { saved: 'Registerutdraget är sparat', failed: 'Registerutdraget sparades inte' },
    erase: 'Radera personuppgifter…',
    eraseTitle: (name: string) => `Radera personuppgifter om ${name}?`,
    willRemove: 'Det här tas bort:',
    willKeep: 'Det här finns kvar:',
    eraseConfirm: 'Radera personuppgifter',
    erasedTitle: (name: string) => `Personuppgifterna om ${name} är raderade`,
    removed: 'Borttaget:',
    kept: 'Kvar:',
    candidates: 'Inskrivna uppgifter som kan gälla personen',
    attachmentsNotSearched:
      'Bilagor till mötens minnesanteckningar och protokoll (filer som presentationer och rapporter) genomsöks inte. Öppna bilagorna och kontrollera själv om de nämner personen.',
    candidatesIntro: 'De här är inskrivna utan koppling till registret. Bocka i dem som gäller personen; de raderas också.',
    byEmail: 'samma e-post',
    byName: 'samma namn',
    close: 'Stäng'
  },
  remove: {
    button: 'Ta bort',
    title: 'Ta bort kontakten?',
    body: (name: string) =>
      `${name} tas bort ur registret och ur alla grupper. Möten och anmälningar behåller namnet som det stod. Vill du i stället radera alla personuppgifter, använd Radera personuppgifter.`,
    confirm: 'Ta bort',
    done: (name: string) => `${name} är borttagen.`
  }
} as const

/** Swedish names of the fields an import column can feed. */
export const IMPORT_FIELD_LABELS: Record<ImportField, string> = {
  name: 'Namn (hela namnet)',
  firstName: 'Förnamn',
  lastName: 'Efternamn',
  email: 'E-post',
  phone: 'Telefon',
  mobile: 'Mobil',
  organisation: 'Organisation',
  title: 'Titel/roll',
  notes: 'Anteckningar'
}

export const ORG_TEXTS = {
  heading: 'Organisationer och deras personer',
  name: 'Ny organisation',
  kind: 'Typ',
  kindOf: (name: string) => `Typ för ${name}`,
  add: 'Lägg till organisation',
  added: (name: string) => `${name} är tillagd.`,
  columns: { name: 'Organisation', kind: 'Typ', people: 'Personer' },
  nobody: 'Ingen person ännu',
  empty: 'Inga organisationer ännu. De skapas också när du skriver en ny organisation på en kontakt.',
  edit: (name: string) => `Redigera ${name}`,
  dialogTitle: 'Organisation',
  fields: { name: 'Namn', address: 'Adress', phone: 'Telefon', email: 'E-post', web: 'Webbplats', notes: 'Anteckningar' },
  save: 'Spara',
  cancel: 'Avbryt',
  saved: (name: string) => `${name} är sparad.`,
  mergeHeading: 'Slå ihop med en annan organisation',
  mergeInto: 'Flytta personerna till',
  mergeNone: '– välj organisation –',
  mergeHint: (name: string, people: number) =>
    `${plural(people, 'person', 'personer')} flyttas, uppgifter som bara ${name} har sparas, och ${name} tas bort.`,
  merge: 'Slå ihop',
  merged: (from: string, into: string, moved: number) => `${from} är ihopslagen med ${into}; ${plural(moved, 'person', 'personer')} flyttades.`,
  remove: 'Ta bort organisationen',
  removed: (name: string) => `${name} är borttagen.`
} as const

export const GROUP_TEXTS = {
  heading: 'Grupper',
  pick: 'Grupp',
  members: (n: number) => plural(n, 'medlem', 'medlemmar'),
  addMember: 'Lägg till person i gruppen',
  addMemberPlaceholder: 'Skriv ett namn',
  add: 'Lägg till',
  remove: (name: string) => `Ta bort ${name} ur gruppen`,
  removeShort: 'Ta bort',
  noMembers: 'Gruppen har inga medlemmar ännu.',
  newGroup: 'Ny egen grupp',
  createGroup: 'Skapa grupp',
  created: (name: string) => `Gruppen ${name} är skapad.`,
  deleteGroup: 'Ta bort gruppen',
  deleted: (name: string) => `Gruppen ${name} är borttagen.`,
  builtIn: 'Standardgrupp',
  copyEmails: 'Kopiera e-postadresser',
  /** After copying: how many, and who has no address ("2 saknar e-postadress: …"). */
  copied: (count: number, missing: string[]) =>
    [
      count === 0 ? 'Ingen i gruppen har en e-postadress; inget kopierades.' : count === 1 ? '1 adress kopierad, klistra in den i Till-raden.' : `${plural(count, 'adress', 'adresser')} kopierade, klistra in dem i Till-raden.`,
      missing.length === 0 ? '' : `${formatCount(missing.length)} saknar e-postadress: ${missing.join(', ')}.`
    ]
      .filter((s) => s !== '')
      .join(' ')
} as const
