/** The example's stable ids, for tests and end-to-end fixtures that open a known record. */
export const EXAMPLE_IDS = {
  heldMeeting: 'ex-meeting-2019-02-22',
  plannedMeeting: 'ex-meeting-2019-05-10',
  assignment: 'ex-assignment-01',
  seminar: 'ex-seminar-01',
  /** Clas Cederlid, preventionssamordnare: owner of the assignment in item 6. */
  coordinatorContact: 'ex-contact-04',
  /** Stina Lundmark: the contact block of the minutes. */
  contactBlockContact: 'ex-contact-05',
  councilInviteesGroup: 'ex-group-council',
  businessGroup: 'ex-group-business',
  associationsGroup: 'ex-group-associations'
} as const
