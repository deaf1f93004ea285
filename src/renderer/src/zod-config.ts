import { z } from 'zod'
import { installSwedishErrors } from '../../shared/contract/swedish-errors'

// Zod compiles fast parsers with `new Function` unless jitless. Under the app's CSP
// (no unsafe-eval) even its guarded probe is reported as a securitypolicyviolation, so
// the renderer turns it off before any schema module (some parse defaults at load) runs.
z.config({ jitless: true })

// Field errors checked in the form read the same as the ones main sends back.
installSwedishErrors()
