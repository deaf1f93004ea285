/** Seminars methods; filled in by the seminars feature. */
export const seminarsContract = {}
