import type { FuseV1Config } from '@electron/fuses'

/** The fuses the afterPack hook sets (scripts/after-pack.mjs). */
export declare const FUSES: FuseV1Config
export default function afterPack(context: unknown): Promise<void>
