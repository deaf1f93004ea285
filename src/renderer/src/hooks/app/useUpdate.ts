import { useEffect, useState } from 'react'
import { onEvent } from '../../api/events'

/** The version main has downloaded and will install on quit (event app.updateReady), or null. */
export function useUpdateReady(): string | null {
  const [version, setVersion] = useState<string | null>(null)
  useEffect(() => onEvent('app.updateReady', ({ version: v }) => setVersion(v)), [])
  return version
}
