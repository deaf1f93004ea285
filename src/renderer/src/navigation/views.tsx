import type { FluentIcon } from '@fluentui/react-icons'
import {
  CalendarLtr24Regular,
  DocumentText24Regular,
  Gavel24Regular,
  Home24Regular,
  Map24Regular,
  People24Regular,
  PeopleAudience24Regular,
  Settings24Regular,
  TaskListLtr24Regular
} from '@fluentui/react-icons'
import type { ComponentType } from 'react'
import { AssignmentsView } from '../views/assignments/AssignmentsView'
import { ContactsView } from '../views/contacts/ContactsView'
import { DecisionsView } from '../views/decisions/DecisionsView'
import { LagesbildView } from '../views/lagesbild/LagesbildView'
import { MeetingsView } from '../views/meetings/MeetingsView'
import { OverviewView } from '../views/overview/OverviewView'
import { ReportsView } from '../views/reports/ReportsView'
import { SeminarsView } from '../views/seminars/SeminarsView'
import { SettingsView } from '../views/settings/SettingsView'
import type { ViewId } from './routes'

/** What every top-level view receives: the route parameters after its id (e.g. a meeting id). */
export interface ViewProps {
  params: string[]
}

export interface ViewDef {
  id: ViewId
  /** Swedish label in the navigation; also the view's accessible name. */
  label: string
  icon: FluentIcon
  Component: ComponentType<ViewProps>
}

/** The navigation, in order. One entry per ViewId. */
export const VIEWS: readonly ViewDef[] = [
  { id: 'overview', label: 'Översikt', icon: Home24Regular, Component: OverviewView },
  { id: 'contacts', label: 'Kontakter', icon: People24Regular, Component: ContactsView },
  { id: 'meetings', label: 'Möten', icon: CalendarLtr24Regular, Component: MeetingsView },
  { id: 'assignments', label: 'Uppdrag', icon: TaskListLtr24Regular, Component: AssignmentsView },
  { id: 'decisions', label: 'Beslut', icon: Gavel24Regular, Component: DecisionsView },
  { id: 'lagesbild', label: 'Lägesbild', icon: Map24Regular, Component: LagesbildView },
  { id: 'seminars', label: 'Seminarier', icon: PeopleAudience24Regular, Component: SeminarsView },
  { id: 'reports', label: 'Rapporter', icon: DocumentText24Regular, Component: ReportsView },
  { id: 'settings', label: 'Inställningar', icon: Settings24Regular, Component: SettingsView }
]

export const viewFor = (id: ViewId): ViewDef => VIEWS.find((v) => v.id === id) ?? VIEWS[0]
