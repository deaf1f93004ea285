import { Dropdown, Field, Option } from '@fluentui/react-components'
import type { Place } from '../../../../../shared/domain/meetings'
import { placeLine } from '../../../../../shared/meetings/labels'
import { useRecentPlaces } from '../../../hooks/meetings/useMeetings'
import { FORM_TEXTS as T } from './texts'

/** The last places used, newest first: one pick fills address, floor, room and video link. */
export function RecentPlaces({ onPick, className }: { onPick(place: Place): void; className?: string }) {
  const places = (useRecentPlaces().data ?? []).filter((p) => placeLine(p) !== '')
  if (places.length === 0) return null
  return (
    <Field label={T.recentPlaces} className={className}>
      <Dropdown placeholder={T.recentPlacesPlaceholder} selectedOptions={[]} onOptionSelect={(_e, d) => {
        const place = places[Number(d.optionValue)]
        if (place) onPick(place)
      }}>
        {places.map((p, i) => <Option key={placeLine(p) + p.videoLink} value={String(i)}>{placeLine(p)}</Option>)}
      </Dropdown>
    </Field>
  )
}
