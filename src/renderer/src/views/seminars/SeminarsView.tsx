import { PeopleAudience24Regular } from '@fluentui/react-icons'
import { EmptyState } from '../../components/EmptyState'
import { ViewPage } from '../../components/ViewPage'
import type { ViewProps } from '../../navigation/views'

/** Seminarier: breakfast and evening seminars with registrations. Comes in a later issue. */
export function SeminarsView(_props: ViewProps) {
  return (
    <ViewPage
      title="Seminarier"
      description="Frukostseminarier med näringslivet och kvällsseminarier med föreningslivet."
    >
      <EmptyState icon={PeopleAudience24Regular} title="Inga seminarier ännu">
        Här kommer du att kunna planera seminarier, ta emot anmälningar med specialkost, hålla reservlista och
        bocka av närvaro. Den delen av Samverkan är inte klar än, så det finns inga seminarier här ännu.
      </EmptyState>
    </ViewPage>
  )
}
