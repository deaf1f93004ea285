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

/** The logo: chosen with the OS file dialog, copied into the data folder at once, shown as the copy really is. */
export function LogoField() {
  const styles = useStyles()
  const logoPath = useSettings().data?.documents.logoPath ?? null
  // Not a copy: a path from before copies that could not be copied in at start.
  const isCopy = isLogoCopyName(logoPath)
  const hasLogo = logoPath !== null
  const preview = useLogoPreview()
  const choose = useChooseLogo()
  const clear = useClearLogo()
  const notify = useNotify()
  const failure = choose.error ?? clear.error
  const onChoose = () =>
    choose.mutate(undefined, {
      onSuccess: (settings) => settings.documents.logoPath !== logoPath && notify.success(TEXTS.logoChosen)
    })
  const onClear = () => clear.mutate(undefined, { onSuccess: () => notify.success(TEXTS.logoCleared) })
  return (
    <div className={styles.root} role="group" aria-labelledby="logo-label" data-testid="logo">
      <Text id="logo-label" weight="semibold">
        {TEXTS.logo}
      </Text>
      <Text size={200}>{TEXTS.logoHint}</Text>
      <div className={styles.frame}>
        {preview.data ? (
          <img className={styles.image} src={preview.data} alt={TEXTS.logoAlt} data-testid="logo-preview" />
        ) : preview.isPending ? null : (
          <Text>{hasLogo ? TEXTS.logoUnreadable : TEXTS.logoNone}</Text>
        )}
      </div>
      {isCopy ? (
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
