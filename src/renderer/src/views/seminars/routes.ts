/** Route words inside Seminarier; seminar ids are 8 or more characters, so they never collide. */
export const NEW_SEMINAR = 'nytt'
/** #/seminars/<id>/dorren: the check-in list for the door. */
export const CHECK_IN = 'dorren'
/** #/seminars/<id>/anmalningar: the seminar open on its registrations ("Sök i allt" links a registration there). */
export const REGISTRATIONS = 'anmalningar'
