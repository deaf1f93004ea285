/** Contacts methods; filled in by the contacts feature. */
export const contactsContract = {}
