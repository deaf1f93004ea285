import { Button, Dialog, DialogActions, DialogBody, DialogSurface, DialogTitle, makeStyles, tokens } from '@fluentui/react-components'
import { ArrowDown20Regular, ArrowUp20Regular, Delete20Regular } from '@fluentui/react-icons'
import { useState } from 'react'
import { EDITOR_TEXTS as T } from './texts'
import type { SectionModel } from './view-model'

/** Reordering and removing items during the meeting; the numbers follow. */
export interface ItemMoves {
  /** To a 0-based place. */
  move(section: SectionModel, index: number): void
  remove(section: SectionModel): void
}

const useStyles = makeStyles({ tools: { display: 'flex', gap: tokens.spacingHorizontalXS } })

interface Props {
  section: SectionModel
  count: number
  moves: ItemMoves
}

export function ItemTools({ section, count, moves }: Props) {
  const styles = useStyles()
  const [confirm, setConfirm] = useState(false)
  const index = section.number - 1
  return (
    <div className={styles.tools}>
      <Button size="small" appearance="subtle" icon={<ArrowUp20Regular />} aria-label={T.moveUpLabel(section.number)} disabled={index === 0} onClick={() => moves.move(section, index - 1)} />
      <Button size="small" appearance="subtle" icon={<ArrowDown20Regular />} aria-label={T.moveDownLabel(section.number)} disabled={index === count - 1} onClick={() => moves.move(section, index + 1)} />
      <Button size="small" appearance="subtle" icon={<Delete20Regular />} aria-label={T.removeItemLabel(section.number)} onClick={() => setConfirm(true)} />
      {confirm ? (
        <Dialog open modalType="alert" onOpenChange={(_e, d) => !d.open && setConfirm(false)}>
          <DialogSurface data-command-scope="removeItem">
            <DialogBody>
              <DialogTitle>{T.confirmRemove(section.title)}</DialogTitle>
              <DialogActions>
                <Button appearance="primary" onClick={() => { setConfirm(false); moves.remove(section) }}>{T.removeItem}</Button>
                <Button onClick={() => setConfirm(false)}>{T.cancel}</Button>
              </DialogActions>
            </DialogBody>
          </DialogSurface>
        </Dialog>
      ) : null}
    </div>
  )
}
