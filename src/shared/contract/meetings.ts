/** Meetings methods; filled in by the meetings feature. */
export const meetingsContract = {}
