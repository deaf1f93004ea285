export const EXPORT_TEXTS = {
  heading: 'Listor och export',
  lead: 'Deltagarlistan att bocka av på papper, alla anmälningar i Excel och köket utan namn.',
  participants: 'Deltagarlista (Word)',
  registrations: 'Anmälningar (Excel)',
  kitchen: 'Köket (Word)',
  preview: 'Förhandsgranska deltagarlistan',
  previewing: 'Skapar deltagarlistan…',
  previewFailed: 'Deltagarlistan kunde inte visas',
  previewLabel: (fileName: string) => `Förhandsgranskning av ${fileName}`,
  kitchenHeading: 'Köket',
  kitchenLoading: 'köket',
  kitchenTotal: (n: number) => `Totalt ${n === 1 ? '1 plats' : `${n} platser`}`,
  kitchenPlain: (n: number) => `Utan specialkost: ${n}`,
  kitchenErased: 'Specialkosten är raderad enligt gallringsregeln.',
  outcome: {
    participants: { saved: 'Deltagarlistan är sparad', failed: 'Deltagarlistan sparades inte' },
    registrations: { saved: 'Anmälningarna är exporterade', failed: 'Anmälningarna exporterades inte' },
    kitchen: { saved: 'Köket är sparat', failed: 'Köket sparades inte' }
  }
}
