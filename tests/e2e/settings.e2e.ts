import { readFile, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { AppPage } from './pages/AppPage'
import { SettingsPage, type SettingsEntry } from './pages/SettingsPage'
import { Harness } from './support/harness'
import { makePng } from './support/png'
import { logoPng } from '../support/logo-images'
import { buildMinutes } from '../../src/main/documents'
import { exampleDatabase } from '../../src/main/example'
import { unzipDocx } from '../support/docx'

/** The left margin, in cm, of minutes built with the settings as stored now. */
async function leftMarginCm(harness: Harness): Promise<number> {
  const meeting = exampleDatabase().meetings[0]
  const parts = await unzipDocx(await buildMinutes(meeting, harness.db.settings, { readFile: async () => new Uint8Array() }))
  const twips = /<w:pgMar [^>]*w:left="(\d+)"/.exec(parts.get('word/document.xml') ?? '')?.[1]
  return Math.round((Number(twips) * 2.54 * 100) / 1440) / 100
}

const HER_SETTINGS: SettingsEntry = {
  Avsändare: {
    Förvaltning: 'Hägersten-Älvsjö stadsdelsförvaltning',
    Avdelning: 'Avdelningen för stadsdelsutveckling',
    Besöksadress: 'Svandammsplan 1',
    Postadress: 'Box 3, 126 21 Stockholm',
    Telefon: '08-508 22 000',
    'E-post': 'hagersten-alvsjo@example.org',
    Webbplats: 'start.stockholm'
  },
  'Lokala BRÅ': { 'Rådets namn': 'Hägersten-Älvsjö', Ort: 'Hägersten-Älvsjö' },
  'Din kontaktruta': {
    Namn: 'Anna Lindqvist',
    Titel: 'Preventionssamordnare',
    Telefon: '08-508 22 123',
    'E-post': 'anna.lindqvist@example.org'
  }
}

describe('settings: she sets up Samverkan with her district’s details', () => {
  let harness: Harness
  beforeEach(async () => {
    harness = await Harness.start({ story: 'settings' })
  })
  afterEach(async () => harness.close())

  it('fills in sender, council and contact block, chooses the logo, sees it saved as she types, and finds it all after a restart', async () => {
    const app = new AppPage(harness)
    const settings = new SettingsPage(harness)
    const logoFile = join(harness.root, 'stadens-logotyp.png')
    await writeFile(logoFile, makePng(160, 80, [0, 102, 204]))

    await app.goTo('Inställningar')
    await settings.expectView('Inställningar')
    await settings.fillIn(HER_SETTINGS)
    await settings.stockholmTypeSwitch().check()
    await settings.bodyFont('Arial, 11 punkter').check()
    // A Swedish decimal comma: "2,5" once became 35.
    await settings.numberField('Dokument', 'Vänstermarginal (cm)').fill('2,5')
    await settings.retentionDays().fill('30')
    // No Spara: the form saves itself a moment after her last change.
    await settings.expectSaved()
    expect(harness.db.settings.dietaryRetentionDays).toBe(30)
    expect(harness.db.settings.councilName).toBe('Hägersten-Älvsjö')

    await settings.chooseLogo(logoFile)
    expect(harness.dialogs.opened).toEqual([{ title: 'Välj logotyp' }])
    expect(await settings.logoPreviewSize()).toEqual({ width: 160, height: 80 })
    await settings.save()
    await settings.expectSaved()
    await harness.screenshot('saved')

    const stored = harness.db.settings
    expect(stored.sender.administration).toBe('Hägersten-Älvsjö stadsdelsförvaltning')
    expect(stored.coordinator).toEqual({
      name: 'Anna Lindqvist',
      title: 'Preventionssamordnare',
      phone: '08-508 22 123',
      email: 'anna.lindqvist@example.org'
    })
    // The logo is a copy in the data folder: moving her original does not lose it.
    expect(stored.documents).toMatchObject({ logoPath: expect.stringMatching(/^logotyp-[\w-]+\.png$/), useStockholmTypeForHeadings: true, bodyFont: 'arial11' })
    const copy = join(harness.dataDir, 'logotyp', stored.documents.logoPath ?? '')
    expect(await readFile(copy)).toEqual(await readFile(logoFile))
    await rename(logoFile, join(harness.root, 'flyttad.png'))
    // The margins she left alone keep their defaults; only the left one changed.
    expect(stored.documents).toMatchObject({ marginLeftCm: 2.5, marginRightCm: 2.5, marginTopCm: 2, headerFooterCm: 1.25 })
    expect(stored.dietaryRetentionDays).toBe(30)
    expect(await app.councilName().innerText()).toBe('Lokala BRÅ Hägersten-Älvsjö')

    await harness.restart()
    await settings.expectView('Inställningar')
    expect(await settings.read(HER_SETTINGS)).toEqual(HER_SETTINGS)
    expect(await settings.stockholmTypeSwitch().isChecked()).toBe(true)
    expect(await settings.bodyFont('Arial, 11 punkter').isChecked()).toBe(true)
    expect(await settings.numberField('Dokument', 'Vänstermarginal (cm)').inputValue()).toBe('2,5')
    expect(await settings.numberField('Dokument', 'Sidhuvud och sidfot från kanten (cm)').inputValue()).toBe('1,25')
    expect(await settings.retentionDays().inputValue()).toBe('30')
    await settings.logoPreview().waitFor()
    expect(await settings.logoPreviewSize()).toEqual({ width: 160, height: 80 })
    await settings.page.getByTestId('logo-copied').waitFor()
    expect(await leftMarginCm(harness)).toBe(2.5)
    await harness.screenshot('after-restart')
    await settings.expectView('Inställningar')
  })

  it('a 1.9 MB print logo 5,000 px wide shows as a small real image in the frame; the data folder keeps it whole for the documents', async () => {
    const app = new AppPage(harness)
    const settings = new SettingsPage(harness)
    const logoFile = join(harness.root, 'tryckoriginal.png')
    await writeFile(logoFile, logoPng({ width: 5000, height: 1000, noiseRows: 110 }))

    await app.goTo('Inställningar')
    await settings.chooseLogo(logoFile)
    await settings.logoPreview().waitFor()
    // Not the 5,000 px original scaled by CSS: the image itself is at most twice the 240 × 120 frame.
    expect(await settings.logoPreviewSize()).toEqual({ width: 480, height: 96 })
    await harness.screenshot('large-logo')
    const copy = join(harness.dataDir, 'logotyp', harness.db.settings.documents.logoPath ?? '')
    expect(await readFile(copy)).toEqual(await readFile(logoFile))
    await settings.expectView('Inställningar')
  })

  it('an invalid e-mail is named next to its field in Swedish and not saved until she fixes it; her other fields are saved', async () => {
    const app = new AppPage(harness)
    const settings = new SettingsPage(harness)
    await app.goTo('Inställningar')
    const before = structuredClone(harness.db.settings)

    await settings.fillIn({ 'Lokala BRÅ': { 'Rådets namn': 'Hägersten-Älvsjö' }, 'Din kontaktruta': { 'E-post': 'anna.lindqvist.stockholm' } })
    await settings.saveWithShortcut()
    await settings.fieldError('Din kontaktruta', 'E-post').filter({ hasText: 'Ogiltig e-postadress – skriv t.ex. namn@exempel.se.' }).waitFor()
    await settings.saveError().waitFor()
    expect(await settings.fieldError('Avsändare', 'E-post').count()).toBe(0)
    expect(await settings.focused().getAttribute('name')).toBe('coordinator.email')
    // The council's name was valid and is stored; the address is not, and stays on screen.
    expect(harness.db.settings).toEqual({ ...before, councilName: 'Hägersten-Älvsjö' })
    await harness.screenshot('invalid-email')
    await settings.expectView('Inställningar')

    // Leaving with unsaved changes asks first; staying keeps what she typed.
    await app.navItem('Översikt').click()
    const dialog = settings.page.getByRole('alertdialog', { name: 'Osparade ändringar' })
    await dialog.waitFor()
    await harness.expectAccessible('dialogen Osparade ändringar')
    await harness.screenshot('leave-dialog')
    await dialog.getByRole('button', { name: 'Stanna kvar' }).click()
    expect(await settings.field('Din kontaktruta', 'E-post').inputValue()).toBe('anna.lindqvist.stockholm')

    await settings.field('Din kontaktruta', 'E-post').fill('anna.lindqvist@example.org')
    expect(await settings.fieldError('Din kontaktruta', 'E-post').count()).toBe(0)
    await settings.saveWithShortcut()
    await settings.expectSaved()
    expect(harness.db.settings.coordinator.email).toBe('anna.lindqvist@example.org')
    expect(harness.db.settings.councilName).toBe('Hägersten-Älvsjö')
    await app.goTo('Översikt')
    harness.expectNoProblems()
  })

  it('a margin outside the limits is named next to its field in Swedish and not saved; the days she typed are', async () => {
    const app = new AppPage(harness)
    const settings = new SettingsPage(harness)
    await app.goTo('Inställningar')
    const before = structuredClone(harness.db.settings)
    const left = settings.numberField('Dokument', 'Vänstermarginal (cm)')

    await settings.retentionDays().fill('30')
    await left.fill('9')
    await settings.save()
    await settings.fieldError('Dokument', 'Vänstermarginal (cm)').filter({ hasText: 'Ange ett tal från 0,5 till 6 cm.' }).waitFor()
    await settings.saveError().waitFor()
    expect(await settings.fieldError('Dokument', 'Högermarginal (cm)').count()).toBe(0)
    expect(await settings.fieldError('Personuppgifter', 'Specialkost raderas så här många dagar efter ett seminarium').count()).toBe(0)
    expect(await settings.focused().getAttribute('name')).toBe('documents.marginLeftCm')
    expect(harness.db.settings).toEqual({ ...before, dietaryRetentionDays: 30 })
    await harness.screenshot('invalid-margin')
    await settings.expectView('Inställningar')

    await left.fill('3')
    expect(await settings.fieldError('Dokument', 'Vänstermarginal (cm)').count()).toBe(0)
    await settings.save()
    await settings.expectSaved()
    expect(harness.db.settings.documents.marginLeftCm).toBe(3)
    expect(harness.db.settings.dietaryRetentionDays).toBe(30)
  })
})
