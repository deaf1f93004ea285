import type { StartupReport } from '../../../../shared/contract/app'

type Status = StartupReport['status']

/** Starts the user must be told about before working; 'created' only gets a welcome on Översikt. */
export const needsStartupScreen = (status: Status): boolean =>
  status === 'restoredFromBackup' || status === 'startedEmpty' || status === 'unwritable'

/** With an unwritable folder nothing she does can be saved, so she cannot just carry on. */
export const canContinue = (status: Status): boolean => status !== 'unwritable'
