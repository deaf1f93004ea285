/** Route words inside Möten; meeting ids are 8 or more characters, so they never collide. */
export const NEW_MEETING = 'nytt'
export const YEAR_PLAN = 'planera'
/** #/meetings/<id>/kallelse opens the meeting at its kallelse, #/meetings/<id>/minutes at its minutes (Översikt links there). */
export { MEETING_SECTIONS } from '../../../../shared/overview/schema'
/** #/meetings/<id>/punkt/<itemId>: the minutes open at that item (Lägesbild's timeline links here). */
export const AT_ITEM = 'punkt'
