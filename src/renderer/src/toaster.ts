/** The id of the one Toaster (rendered in App); pass it to useToastController. */
export const TOASTER_ID = 'samverkan-toaster'
