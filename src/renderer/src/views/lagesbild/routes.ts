import type { Route } from '../../navigation/routes'

/** One area at #/lagesbild/<areaId>; the list at #/lagesbild. */
export const areaRoute = (areaId: string): Route => ({ view: 'lagesbild', params: [areaId] })
