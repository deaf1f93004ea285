import { z } from 'zod'
import { formatPhone } from '../contacts/phone'
import { AGENDA_TEMPLATE } from '../meetings/planning-text'
import { StoredSettingsEmailSchema, storedRequiredText, textField } from './primitives'

/**
 * A phone number grouped as contacts' numbers are ("08-508 23 456"). Lenient here, where
 * stored data is read: a number that does not parse is kept as written. The settings
 * patch (contract) refuses such a number with the contacts' message.
 */
const phoneText = () => textField(40).overwrite(formatPhone)

/** Who sends every document: the district administration as it is named on a given date. */
export const SenderSchema = z.object({
  administration: textField(200).default(''),
  department: textField(200).default(''),
  visitingAddress: textField(300).default(''),
  postalAddress: textField(300).default(''),
  phone: phoneText().default(''),
  email: StoredSettingsEmailSchema.default(''),
  web: textField(200).default('start.stockholm')
})
export type Sender = z.infer<typeof SenderSchema>

/** The coordinator's own contact block, printed under "Kontakt". */
export const CoordinatorSchema = z.object({
  name: textField(200).default(''),
  title: textField(200).default('Preventionssamordnare'),
  phone: phoneText().default(''),
  email: StoredSettingsEmailSchema.default('')
})
export type Coordinator = z.infer<typeof CoordinatorSchema>

export const BODY_FONTS = ['timesNewRoman12', 'arial11', 'verdana10'] as const
export const BodyFontSchema = z.enum(BODY_FONTS)
export type BodyFont = z.infer<typeof BodyFontSchema>

export const DocumentSettingsSchema = z.object({
  /**
   * The logo (the app never ships the city's logo): the file name of its copy in the data
   * folder's `logotyp` folder (isLogoCopyName). Copies are never overwritten, so a backup's
   * name stays good. Files from before copies hold the absolute path of her own image
   * instead; it is copied in at the next start (services/settings/logo-migration.ts).
   */
  logoPath: z.string().max(2000).nullable().default(null),
  useStockholmTypeForHeadings: z.boolean().default(false),
  bodyFont: BodyFontSchema.default('timesNewRoman12'),
  /** Margins in centimetres. */
  marginLeftCm: z.number().min(0.5).max(6).default(2.5),
  marginRightCm: z.number().min(0.5).max(6).default(2.5),
  marginTopCm: z.number().min(0.5).max(6).default(2),
  marginBottomCm: z.number().min(0.5).max(6).default(2),
  headerFooterCm: z.number().min(0.3).max(4).default(1.25)
})
export type DocumentSettings = z.infer<typeof DocumentSettingsSchema>

export const SettingsSchema = z.object({
  sender: SenderSchema.default(SenderSchema.parse({})),
  /** The council's area name, as in "Kallelse till lokala BRÅ <councilName>". */
  councilName: textField(200).default(''),
  /** Place name used in "place and date" lines, e.g. "Hägersten-Älvsjö". */
  placeName: textField(120).default(''),
  coordinator: CoordinatorSchema.default(CoordinatorSchema.parse({})),
  documents: DocumentSettingsSchema.default(DocumentSettingsSchema.parse({})),
  /** The agenda a new meeting starts with (issue 12); editable in Inställningar. Schema v4. */
  agendaTemplate: z
    .array(z.object({ title: storedRequiredText(300), kind: z.enum(['information', 'discussion', 'decision', 'followUp']) }))
    .max(40)
    .default(() => AGENDA_TEMPLATE.map((item) => ({ ...item }))),
  /** Days after a seminar when dietary needs are erased from its registrations. */
  dietaryRetentionDays: z.number().int().min(0).max(365).default(7)
})
export type Settings = z.infer<typeof SettingsSchema>
/** True for the name of a logo copy in the data folder, false for a path from before copies. */
export const isLogoCopyName = (value: string | null): value is string =>
  value !== null && /^logotyp-[A-Za-z0-9_-]{1,64}\.(png|jpg)$/.test(value)

export const defaultSettings = (): Settings => SettingsSchema.parse({})
