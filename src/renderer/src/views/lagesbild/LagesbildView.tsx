import { useFocusMainOnChange } from '../../navigation/useFocusMainOnChange'
import type { ViewProps } from '../../navigation/views'
import { AreaPage } from './area/AreaPage'
import { AreaList } from './list/AreaList'

/** Lägesbild: the priority areas at #/lagesbild, one area (timeline, insatser, details) at #/lagesbild/<areaId>. */
export function LagesbildView({ params }: ViewProps) {
  const [areaId] = params
  useFocusMainOnChange(params.join('/'))
  return areaId ? <AreaPage key={areaId} id={areaId} /> : <AreaList />
}
