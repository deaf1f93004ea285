/** Every top-level view, in navigation order. Add a view here and in ./views.tsx. */
export const VIEW_IDS = ['overview', 'contacts', 'meetings', 'assignments', 'decisions', 'lagesbild', 'seminars', 'reports', 'settings'] as const
export type ViewId = (typeof VIEW_IDS)[number]

/** Where the user is: a view and optional parameters, e.g. meetings/<id>/minutes. */
export interface Route {
  view: ViewId
  params: string[]
}

export const HOME: Route = { view: 'overview', params: [] }

const isViewId = (s: string): s is ViewId => (VIEW_IDS as readonly string[]).includes(s)

/** "#/meetings/abc" -> { view: 'meetings', params: ['abc'] }; anything unknown is Översikt. */
export function parseHash(hash: string): Route {
  const [view = '', ...params] = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent)
  return isViewId(view) ? { view, params } : HOME
}

export function toHash(route: Route): string {
  return '#/' + [route.view, ...route.params].map(encodeURIComponent).join('/')
}

export const sameRoute = (a: Route, b: Route): boolean => toHash(a) === toHash(b)
