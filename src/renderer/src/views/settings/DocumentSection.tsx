import { Field, makeStyles, Radio, RadioGroup, Switch, Text, tokens } from '@fluentui/react-components'
import { BODY_FONTS, type BodyFont } from '../../../../shared/domain/settings'
import type { FieldPath, SettingsDraft } from './draft'
import { FormSection } from './FormSection'
import { LogoField } from './LogoField'
import { NumberField } from './NumberField'
import { MARGIN_FIELDS } from './numbers'
import { BODY_FONT_LABELS, TEXTS } from './texts'

const useStyles = makeStyles({
  fonts: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  // The margins start a row of their own, so they read as one group apart from the logo.
  subheading: { gridColumn: '1 / -1', margin: `${tokens.spacingVerticalS} 0 0` }
})

interface Props {
  draft: SettingsDraft
  errors: Record<string, string>
  onChange(documents: Partial<SettingsDraft['documents']>): void
  onNumber(path: FieldPath, value: string): void
}

/** How documents look: the logo (saved at once), the fonts and the margins (saved with Spara). */
export function DocumentSection({ draft, errors, onChange, onNumber }: Props) {
  const styles = useStyles()
  const documents = draft.documents
  return (
    <FormSection id="documents" title={TEXTS.documents} description={TEXTS.documentsDescription}>
      <LogoField />
      <div className={styles.fonts}>
        <Field hint={TEXTS.stockholmTypeHint}>
          <Switch
            label={TEXTS.stockholmType}
            checked={documents.useStockholmTypeForHeadings}
            onChange={(_e, data) => onChange({ useStockholmTypeForHeadings: data.checked })}
          />
        </Field>
        <Field label={TEXTS.bodyFont}>
          <RadioGroup
            value={documents.bodyFont}
            onChange={(_e, data) => onChange({ bodyFont: data.value as BodyFont })}
          >
            {BODY_FONTS.map((font) => (
              <Radio key={font} value={font} label={BODY_FONT_LABELS[font]} />
            ))}
          </RadioGroup>
        </Field>
      </div>
      <Text as="h3" className={styles.subheading} size={400} weight="semibold">
        {TEXTS.margins}
      </Text>
      {MARGIN_FIELDS.map((field) => (
        <NumberField key={field.path} field={field} draft={draft} errors={errors} onChange={onNumber} />
      ))}
    </FormSection>
  )
}
