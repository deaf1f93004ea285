import type { Registration } from '../domain/seminars'

/** A registration's status, as the seminar lists and the register extract name it. */
export const REGISTRATION_STATUS_LABELS: Record<Registration['status'], string> = {
  booked: 'Anmäld',
  waitlisted: 'Reservlista',
  cancelled: 'Avbokad',
  attended: 'Deltog',
  noShow: 'Uteblev'
}
