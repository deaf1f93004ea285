import { foldAll } from '../../../../shared/contacts/normalise'
import { IMPORT_FIELDS, type ImportField, type ImportMapping } from '../../../../shared/contract/contacts'

/** Headings people use for each field, folded (no case, no accents, no spaces or dashes). */
const SYNONYMS: Record<ImportField, string[]> = {
  name: ['namn', 'fulltnamn', 'kontaktperson', 'kontakt', 'person', 'name', 'fullname', 'visningsnamn', 'displayname'],
  firstName: ['fornamn', 'tilltalsnamn', 'firstname', 'givenname'],
  lastName: ['efternamn', 'lastname', 'surname', 'familyname'],
  email: ['epost', 'epostadress', 'mail', 'mejl', 'email', 'emailadress', 'emailaddress', 'mailadress', 'epost1'],
  phone: ['telefon', 'tel', 'telefonnummer', 'telnr', 'phone', 'arbetstelefon', 'direktnummer', 'telefonarbete', 'businessphone'],
  mobile: ['mobil', 'mobiltelefon', 'mobilnummer', 'mobile', 'mobilephone', 'cell', 'mobilnr'],
  organisation: ['organisation', 'organization', 'org', 'foretag', 'verksamhet', 'company', 'myndighet', 'forening', 'arbetsgivare', 'forvaltning'],
  title: ['titel', 'roll', 'befattning', 'title', 'jobtitle', 'yrkestitel', 'funktion', 'tjanst', 'uppdrag'],
  notes: ['anteckningar', 'anteckning', 'kommentar', 'kommentarer', 'ovrigt', 'notes', 'note', 'notering', 'noteringar']
}

const key = (header: string): string => foldAll(header).replace(/[^a-z0-9]/g, '')

/**
 * Guesses which column feeds which field, case- and accent-insensitively: exact
 * headings first ("E-post", "Förnamn"), then headings that start with one
 * ("E-postadress arbete"). Each column feeds at most one field.
 */
export function guessMapping(headers: string[]): ImportMapping {
  const keys = headers.map(key)
  const mapping = Object.fromEntries(IMPORT_FIELDS.map((f) => [f, null])) as ImportMapping
  const used = new Set<number>()
  const pass = (matches: (k: string, synonym: string) => boolean) => {
    for (const field of IMPORT_FIELDS) {
      if (mapping[field] !== null) continue
      const index = keys.findIndex((k, i) => !used.has(i) && SYNONYMS[field].some((s) => matches(k, s)))
      if (index >= 0) {
        mapping[field] = index
        used.add(index)
      }
    }
  }
  pass((k, s) => k === s)
  pass((k, s) => s.length >= 3 && k.startsWith(s))
  return mapping
}
