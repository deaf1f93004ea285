import { Button, makeStyles, Text, tokens } from '@fluentui/react-components'
import { Delete24Regular, Image24Regular } from '@fluentui/react-icons'
import { errorMessage } from '../../api/client'
import { useNotify } from '../../components/useNotify'
import { useChooseLogo, useClearLogo } from '../../hooks/settings/useSettingsMutations'
import { useLogoPreview, useSettings } from '../../hooks/settings/useSettings'
import { isLogoCopyName } from '../../../../shared/domain/settings'
import { TEXTS } from './texts'

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, alignItems: 'flex-start' },
  frame: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    width: '240px',
    height: '120px',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1
  },
  image: { maxWidth: '100%', maxHeight: '100%', objectFit: 'contain' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS }
})

/** Välj logotyp… and Ta bort logotyp, each confirmed with a toast; a failure is said under the preview. */
function useLogoActions(logoPath: string | null) {
  const choose = useChooseLogo()
  const clear = useClearLogo()
  const notify = useNotify()
  const onChoose = () =>
    choose.mutate(undefined, {
      onSuccess: (settings) => settings.documents.logoPath !== logoPath && notify.success(TEXTS.logoChosen)
    })
  const onClear = () => clear.mutate(undefined, { onSuccess: () => notify.success(TEXTS.logoCleared) })
  return { choose, clear, onChoose, onClear, failure: choose.error ?? clear.error }
}

/** The logo: chosen with the OS file dialog, copied into the data folder at once, shown as the copy really is. */
export function LogoField() {
  const styles = useStyles()
  const logoPath = useSettings().data?.documents.logoPath ?? null
  const hasLogo = logoPath !== null
  const { choose, clear, onChoose, onClear, failure } = useLogoActions(logoPath)
  return (
    <div className={styles.root} role="group" aria-labelledby="logo-label" data-testid="logo">
      <Text id="logo-label" weight="semibold">
        {TEXTS.logo}
      </Text>
      <Text size={200}>{TEXTS.logoHint}</Text>
      <LogoPreview hasLogo={hasLogo} />
      {/* Not a copy: a path from before copies that could not be copied in at start. */}
      {isLogoCopyName(logoPath) ? (
        <Text size={200} data-testid="logo-copied">
          {TEXTS.logoCopied}
        </Text>
      ) : null}
      {failure ? <Text role="alert">{errorMessage(failure)}</Text> : null}
      <div className={styles.actions}>
        <Button icon={<Image24Regular />} onClick={onChoose} disabledFocusable={choose.isPending}>
          {TEXTS.chooseLogo}
        </Button>
        {hasLogo ? (
          <Button icon={<Delete24Regular />} onClick={onClear} disabledFocusable={clear.isPending}>
            {TEXTS.clearLogo}
          </Button>
        ) : null}
      </div>
    </div>
  )
}

/** The copy as it really is, or why there is none to show. */
function LogoPreview({ hasLogo }: { hasLogo: boolean }) {
  const styles = useStyles()
  const preview = useLogoPreview()
  return (
    <div className={styles.frame}>
      {preview.data ? (
        <img className={styles.image} src={preview.data} alt={TEXTS.logoAlt} data-testid="logo-preview" />
      ) : preview.isPending ? null : (
        <Text>{hasLogo ? TEXTS.logoUnreadable : TEXTS.logoNone}</Text>
      )}
    </div>
  )
}
