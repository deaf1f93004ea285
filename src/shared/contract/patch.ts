import { z } from 'zod'

type WithoutDefault<S> = S extends z.ZodDefault<infer Inner> ? Inner : S
type PatchShape<T extends z.ZodRawShape> = { [K in keyof T]: z.ZodOptional<WithoutDefault<T[K]>> }

/**
 * The schema of a partial update of `schema`: every field optional and strict.
 * Defaults are removed first because zod 4 applies a default even inside
 * `.optional()`/`.partial()`, which would turn every field left out of a patch
 * into its default and silently wipe what is stored.
 */
export function patchOf<T extends z.ZodRawShape>(schema: z.ZodObject<T>): z.ZodObject<PatchShape<T>, z.core.$strict> {
  const shape: Record<string, z.ZodType> = {}
  for (const [key, field] of Object.entries(schema.shape)) {
    const inner = field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType) : (field as z.ZodType)
    shape[key] = inner.optional()
  }
  return z.object(shape).strict() as unknown as z.ZodObject<PatchShape<T>, z.core.$strict>
}
