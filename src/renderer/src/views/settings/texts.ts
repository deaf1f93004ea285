import type { BodyFont } from '../../../../shared/domain/settings'
import type { TextPath } from './draft'

export interface TextFieldDef {
  path: TextPath
  label: string
  hint?: string
  type?: 'text' | 'email' | 'tel' | 'url'
  autoComplete?: string
}

export interface TextSectionDef {
  id: string
  title: string
  description: string
  fields: TextFieldDef[]
}

/** The text fields of Inställningar, by section, in the order she fills them in. */
export const TEXT_SECTIONS: TextSectionDef[] = [
  {
    id: 'sender',
    title: 'Avsändare',
    description: 'Förvaltningen som står som avsändare på kallelser, minnesanteckningar och inbjudningar.',
    fields: [
      { path: 'sender.administration', label: 'Förvaltning', hint: 'T.ex. Hägersten-Älvsjö stadsdelsförvaltning' },
      { path: 'sender.department', label: 'Avdelning', hint: 'T.ex. Avdelningen för stadsdelsutveckling' },
      { path: 'sender.visitingAddress', label: 'Besöksadress', autoComplete: 'street-address' },
      { path: 'sender.postalAddress', label: 'Postadress' },
      { path: 'sender.phone', label: 'Telefon', type: 'tel' },
      { path: 'sender.email', label: 'E-post', type: 'email' },
      { path: 'sender.web', label: 'Webbplats', hint: 'T.ex. start.stockholm' }
    ]
  },
  {
    id: 'council',
    title: 'Lokala BRÅ',
    description: 'Rådets namn och orten som står i dokumentens rubriker och datumrader.',
    fields: [
      { path: 'councilName', label: 'Rådets namn', hint: 'Skrivs som ”Kallelse till lokala BRÅ <namn>”, t.ex. Hägersten-Älvsjö' },
      { path: 'placeName', label: 'Ort', hint: 'Skrivs före datumet, t.ex. ”Hägersten-Älvsjö 2019-02-22”' }
    ]
  },
  {
    id: 'coordinator',
    title: 'Din kontaktruta',
    description: 'Dina uppgifter under ”Kontakt” i kallelser och minnesanteckningar.',
    fields: [
      { path: 'coordinator.name', label: 'Namn', autoComplete: 'name' },
      { path: 'coordinator.title', label: 'Titel' },
      { path: 'coordinator.phone', label: 'Telefon', type: 'tel' },
      { path: 'coordinator.email', label: 'E-post', type: 'email' }
    ]
  }
]

export const BODY_FONT_LABELS: Record<BodyFont, string> = {
  timesNewRoman12: 'Times New Roman, 12 punkter',
  arial11: 'Arial, 11 punkter',
  verdana10: 'Verdana, 10 punkter'
}

export const TEXTS = {
  title: 'Inställningar',
  description: 'Uppgifterna här används i alla dokument som Samverkan skapar.',
  autosaves: 'Ändringar sparas medan du skriver. Ctrl+S sparar direkt.',
  readOnly: 'Sparas inte: Samverkan kan inte spara i datamappen.',
  fixFields: 'de markerade fälten behöver rättas.',
  documents: 'Dokument',
  documentsDescription: 'Hur kallelser och minnesanteckningar ser ut: logotyp, typsnitt och sidmarginaler.',
  margins: 'Sidmarginaler',
  privacy: 'Personuppgifter',
  privacyDescription: 'Hur länge känsliga uppgifter sparas i Samverkan.',
  stockholmType: 'Använd Stockholm Type för rubriker',
  stockholmTypeHint: 'Kräver att typsnittet Stockholm Type finns på datorn. Annars används Arial.',
  bodyFont: 'Typsnitt för brödtext',
  logo: 'Logotyp',
  logoHint: 'Visas i dokumentens sidhuvud. Samverkan följer inte med någon logotyp: välj stadens bildfil (PNG eller JPEG, högst 2 MB).',
  logoCopied: 'Samverkan har en egen kopia av bilden i sin datamapp, så logotypen finns kvar även om du flyttar originalfilen.',
  logoNone: 'Ingen logotyp vald.',
  logoUnreadable: 'Bildfilen går inte att läsa. Välj logotypen igen.',
  logoAlt: 'Vald logotyp',
  chooseLogo: 'Välj logotyp…',
  clearLogo: 'Ta bort logotyp',
  logoChosen: 'Logotypen är vald.',
  logoCleared: 'Logotypen är borttagen.'
}
