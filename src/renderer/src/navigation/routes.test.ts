import { describe, expect, it } from 'vitest'
import { HOME, parseHash, sameRoute, toHash } from './routes'

describe('hash routes', () => {
  it('reads a view and its parameters, decoding each part', () => {
    expect(parseHash('#/meetings/abc/minutes')).toEqual({ view: 'meetings', params: ['abc', 'minutes'] })
    expect(parseHash('#/contacts/a%2Fb')).toEqual({ view: 'contacts', params: ['a/b'] })
  })

  it('sends anything unknown or empty to Översikt', () => {
    expect(parseHash('')).toEqual(HOME)
    expect(parseHash('#/')).toEqual(HOME)
    expect(parseHash('#/admin')).toEqual(HOME)
    expect(parseHash('#main-content')).toEqual(HOME)
  })

  it('writes what it reads', () => {
    const route = { view: 'contacts' as const, params: ['id with space', 'ä/ö'] }
    expect(parseHash(toHash(route))).toEqual(route)
    expect(sameRoute(route, parseHash(toHash(route)))).toBe(true)
    expect(sameRoute(route, { view: 'contacts', params: [] })).toBe(false)
  })
})
