import { useCallback, useState } from 'react'

export const NAV_COLLAPSED_KEY = 'samverkan.navigation.collapsed'

/** Whether the navigation is folded to icons; remembered on this computer between runs. */
export function useNavCollapsed(): [boolean, () => void] {
  const [collapsed, setCollapsed] = useState(() => readStored())
  const toggle = useCallback(() => {
    setCollapsed((was) => {
      try {
        localStorage.setItem(NAV_COLLAPSED_KEY, was ? '0' : '1')
      } catch {
        // Storage refused (private mode, quota): the choice lasts for this run only.
      }
      return !was
    })
  }, [])
  return [collapsed, toggle]
}

function readStored(): boolean {
  try {
    return localStorage.getItem(NAV_COLLAPSED_KEY) === '1'
  } catch {
    return false
  }
}
