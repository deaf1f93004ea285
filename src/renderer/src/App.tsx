import { FluentProvider, Toaster, webLightTheme } from '@fluentui/react-components'
import { QueryClientProvider } from '@tanstack/react-query'
import { useState } from 'react'
import { createQueryClient } from './api/queryClient'
import { CommandsProvider } from './commands/CommandsProvider'
import { DraftsProvider } from './drafts/DraftsProvider'
import { AppShell } from './layout/AppShell'
import { NavigationProvider } from './navigation/NavigationProvider'
import { TOASTER_ID } from './toaster'
import { StartupGate } from './views/startup/StartupGate'

export function App() {
  const [queryClient] = useState(createQueryClient)
  return (
    <FluentProvider theme={webLightTheme} style={{ minHeight: '100vh' }}>
      <QueryClientProvider client={queryClient}>
        <NavigationProvider>
          <CommandsProvider>
            <DraftsProvider>
              <StartupGate>
                <AppShell />
              </StartupGate>
            </DraftsProvider>
          </CommandsProvider>
        </NavigationProvider>
        <Toaster toasterId={TOASTER_ID} position="bottom-end" />
      </QueryClientProvider>
    </FluentProvider>
  )
}
