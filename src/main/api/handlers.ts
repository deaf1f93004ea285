import { actionsHandlers } from '../services/actions/handlers'
import { appHandlers } from '../services/app/handlers'
import { areasHandlers } from '../services/areas/handlers'
import { backupsHandlers } from '../services/backups/handlers'
import { contactsHandlers } from '../services/contacts/handlers'
import { groupsHandlers } from '../services/contacts/group-emails'
import { organisationsHandlers } from '../services/contacts/organisations'
import { documentsHandlers } from '../services/documents/handlers'
import { filesHandlers } from '../services/files/handlers'
import { meetingsHandlers } from '../services/meetings/handlers'
import { assignmentsHandlers, minutesHandlers } from '../services/minutes/handlers'
import { overviewHandlers } from '../services/overview/handlers'
import { reportsHandlers } from '../services/reports/handlers'
import { searchHandlers } from '../services/search/handlers'
import { seminarsHandlers } from '../services/seminars/handlers'
import { settingsHandlers } from '../services/settings/handlers'
import type { Handlers } from './dispatch'

/** The implementation of the whole contract, one module per domain. */
export const handlers: Handlers = {
  ...appHandlers,
  ...overviewHandlers,
  ...settingsHandlers,
  ...contactsHandlers,
  ...organisationsHandlers,
  ...groupsHandlers,
  ...meetingsHandlers,
  ...minutesHandlers,
  ...assignmentsHandlers,
  ...documentsHandlers,
  ...filesHandlers,
  ...seminarsHandlers,
  ...backupsHandlers,
  ...areasHandlers,
  ...actionsHandlers,
  ...reportsHandlers,
  ...searchHandlers
}
