import { Field, makeStyles, Radio, RadioGroup, Switch, tokens } from '@fluentui/react-components'
import { BODY_FONTS, type BodyFont } from '../../../../shared/domain/settings'
import type { SettingsDraft } from './draft'
import { FormSection } from './FormSection'
import { LogoField } from './LogoField'
import { BODY_FONT_LABELS, TEXTS } from './texts'

const useStyles = makeStyles({
  fonts: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL }
})

interface Props {
  documents: SettingsDraft['documents']
  onChange(documents: Partial<SettingsDraft['documents']>): void
}

/** How documents look: the logo (saved at once) and the fonts (saved with Spara). */
export function DocumentSection({ documents, onChange }: Props) {
  const styles = useStyles()
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
    </FormSection>
  )
}
