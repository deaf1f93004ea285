import { useFocusMainOnChange } from '../../navigation/useFocusMainOnChange'
import type { ViewProps } from '../../navigation/views'
import { CheckInPage } from './checkin/CheckInPage'
import { NewSeminarPage } from './form/NewSeminarPage'
import { SeminarList } from './list/SeminarList'
import { CHECK_IN, NEW_SEMINAR, REGISTRATIONS } from './routes'
import { SeminarPage } from './SeminarPage'

/**
 * Seminarier: the list at #/seminars, one seminar at #/seminars/<id>, its door list at
 * #/seminars/<id>/dorren, its registrations at #/seminars/<id>/anmalningar, a new one at #/seminars/nytt (nytt/<id> copies one).
 */
export function SeminarsView({ params }: ViewProps) {
  const [first, second] = params
  useFocusMainOnChange(params.join('/'))
  if (first === NEW_SEMINAR) return <NewSeminarPage key={second ?? ''} fromId={second ?? null} />
  if (first && second === CHECK_IN) return <CheckInPage key={first} id={first} />
  return first ? <SeminarPage key={`${first}/${second ?? ''}`} id={first} initialTab={second === REGISTRATIONS ? 'registrations' : 'details'} /> : <SeminarList />
}
