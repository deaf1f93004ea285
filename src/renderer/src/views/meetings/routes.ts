/** Route words inside Möten; meeting ids are 8 or more characters, so they never collide. */
export const NEW_MEETING = 'nytt'
export const YEAR_PLAN = 'planera'
