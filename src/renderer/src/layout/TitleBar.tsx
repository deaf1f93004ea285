import { makeStyles, Text, tokens } from '@fluentui/react-components'
import { useSettings } from '../hooks/settings/useSettings'
import { GlobalSearch } from './search/GlobalSearch'

/** Fixed so the sticky navigation below it knows where to start. */
export const TITLE_BAR_HEIGHT = '40px'

const useStyles = makeStyles({
  root: {
    display: 'flex',
    alignItems: 'center',
    boxSizing: 'border-box',
    height: TITLE_BAR_HEIGHT,
    gap: tokens.spacingHorizontalM,
    padding: `0 ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand
  },
  council: { color: tokens.colorNeutralForegroundOnBrand }
})

/** The app's banner: its name and, once set in Inställningar, whose council this is. */
export function TitleBar() {
  const styles = useStyles()
  const councilName = useSettings().data?.councilName
  return (
    <header className={styles.root}>
      <Text size={500} weight="semibold">
        Samverkan
      </Text>
      {councilName ? (
        <Text className={styles.council} data-testid="council-name">
          Lokala BRÅ {councilName}
        </Text>
      ) : null}
      <GlobalSearch />
    </header>
  )
}
