/** The seminars feature's Swedish texts, in one place so rules, services and tests say the same. */
export const SEMINAR_TEXT = {
  input: {
    theme: 'skriv seminariets tema',
    name: 'skriv namnet på den som anmäls',
    item: 'skriv vad som händer',
    endBeforeStart: 'sluttiden ska vara efter starttiden',
    cancelReason: 'skriv varför seminariet ställs in',
    tooMany: 'för många rader',
    capacityBelowCap: 'max per organisation kan inte vara större än antalet platser'
  },
  decision: {
    booked: (free: number) => `Plats finns – ${free} ${free === 1 ? 'plats' : 'platser'} kvar efter denna anmälan.`,
    full: (name: string, position: number) => `Fullbokat – ${name} hamnar på reservlistan som nummer ${position}.`,
    notEnough: (name: string, free: number, position: number) =>
      `Bara ${free} ${free === 1 ? 'plats' : 'platser'} kvar – ${name} hamnar på reservlistan som nummer ${position}.`,
    orgCap: (cap: number, name: string, position: number) =>
      `Max ${cap} ${cap === 1 ? 'plats' : 'platser'} per organisation – ${name} hamnar på reservlistan som nummer ${position}.`,
    duplicate: (name: string) => `${name} är redan anmäld.`,
    late: 'Sista anmälningsdag har passerat – anmälan markeras som sen.',
    notOpen: 'Seminariet är inte öppet för anmälan (genomfört eller inställt).'
  },
  errors: {
    seminarNotFound: 'Seminariet finns inte längre.',
    registrationNotFound: 'Anmälan finns inte längre.',
    contactNotFound: 'Kontakten finns inte längre i registret.',
    deleteBlocked: 'Seminariet har anmälningar eller är genomfört. Ställ in det i stället, så finns uppgifterna kvar.',
    // "bara 0 lediga platser" is not how anyone says it: a full seminar says so.
    seatsDoNotFit: (free: number) =>
      `${free === 0 ? 'Alla platser är bokade.' : `Det finns bara ${free} ${free === 1 ? 'ledig plats' : 'lediga platser'}.`} Minska antalet eller avboka någon annan först.`,
    orgCapReached: (cap: number) => `Max ${cap} ${cap === 1 ? 'plats' : 'platser'} per organisation.`,
    notWaitlisted: 'Anmälan står inte på reservlistan.',
    notBooked: 'Bara anmälda kan bockas av som anlända.',
    notAttended: 'Anmälan är inte avbockad.',
    closed: 'Seminariet är redan avslutat eller inställt.',
    noAddress: 'Anmälan har ingen e-postadress.',
    cancelled: 'Anmälan är avbokad.'
  },
  checkIn: {
    walkIn: 'Tillagd som anländ (kom utan anmälan).'
  },
  offer: (name: string, organisation: string, seats: number) =>
    `${name}${organisation ? ` (${organisation})` : ''} får plats – ${seats} ${seats === 1 ? 'plats' : 'platser'}.`,
  close: {
    erasure: (date: string) => `Specialkosten raderas ${date} (eller vid första start därefter) enligt gallringsregeln i Inställningar.`,
    erased: 'Specialkosten är redan raderad enligt gallringsregeln.'
  }
} as const
