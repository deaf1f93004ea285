import { makeStyles, tokens } from '@fluentui/react-components'

const useStyles = makeStyles({
  link: {
    position: 'absolute',
    left: '-10000px',
    top: tokens.spacingVerticalS,
    zIndex: 10,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorBrandForegroundLink,
    ':focus': { left: tokens.spacingHorizontalS, outline: `2px solid ${tokens.colorStrokeFocus2}` }
  }
})

/** The first Tab stop: jumps past the title bar and navigation straight to the view. */
export function SkipLink() {
  const styles = useStyles()
  return (
    <a
      className={styles.link}
      href="#main-content"
      onClick={(event) => {
        // A plain #main-content would replace the route in location.hash.
        event.preventDefault()
        document.getElementById('main-content')?.focus()
      }}
    >
      Hoppa till innehållet
    </a>
  )
}
