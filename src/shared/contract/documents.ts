/** Documents methods; filled in by the documents feature. */
export const documentsContract = {}
