import { Toast, ToastBody, ToastTitle, useToastController } from '@fluentui/react-components'
import { useMemo } from 'react'
import { TOASTER_ID } from '../toaster'

/** Short confirmations and failures as toasts; the Toaster announces them to screen readers. */
export function useNotify() {
  const { dispatchToast } = useToastController(TOASTER_ID)
  return useMemo(
    () => ({
      success(title: string) {
        dispatchToast(
          <Toast>
            <ToastTitle>{title}</ToastTitle>
          </Toast>,
          { intent: 'success', timeout: 4000 }
        )
      },
      error(title: string, body?: string) {
        dispatchToast(
          <Toast>
            <ToastTitle>{title}</ToastTitle>
            {body ? <ToastBody>{body}</ToastBody> : null}
          </Toast>,
          { intent: 'error', timeout: 8000 }
        )
      }
    }),
    [dispatchToast]
  )
}
