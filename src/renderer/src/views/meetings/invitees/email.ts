import { EmailSchema } from '../../../../../shared/domain/primitives'

/** The register's own rule for an address, so a typed-in invitee is refused here rather than by main. */
export const isValidEmail = (email: string): boolean => EmailSchema.safeParse(email).success
