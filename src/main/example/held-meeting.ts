import { heldWithOf, type AgendaItem, type Assignment, type Meeting } from '../../shared/domain/meetings'
import type { Decision } from '../../shared/domain/areas'
import { bold, bulletList, doc, emptyRichText, paragraph, type BlockNode, type ParagraphNode } from '../../shared/rich-text'
import { EXAMPLE_AREAS, withAreaIds } from './areas'
import type { ExampleBuild } from './build'
import { EXAMPLE_IDS } from './ids'
import { EXAMPLE_INVITEES } from './register'
import { EXAMPLE_COUNCIL, exampleSettings } from './settings'

export const EXAMPLE_PLACE = {
  address: 'Hägersten-Liljeholmens SDF, Telefonvägen 30',
  floor: 'plan 9',
  room: 'besöksrum 1',
  videoLink: ''
}

/**
 * An item as written here: decisions without ids (given when the meeting is built), and
 * area tags by the areas' stable keys (areas.ts). Item 3 is tagged paragraph by paragraph
 * where the text names an area; item 2 names areas too but is left for her to tag.
 */
type ExampleItem = Omit<AgendaItem, 'id' | 'decisions'> & { decisions: Omit<Decision, 'id'>[] }

const tagged = (p: ParagraphNode, areaIds: readonly string[]): ParagraphNode => ({ ...p, attrs: { areaIds: [...areaIds] } })

/** The text of the six items, sentence for sentence as in the original minutes. */
const ITEMS: ExampleItem[] = [
  item('Sammanträdets öppnande', 'information', [
    paragraph(
      'Sammanträdet öppnades av mötesordförande Abit Dundar, deltagarna presenterade sig, föregående protokoll lades till handlingarna och dagordningen godkändes.'
    )
  ]),
  item('Aktuell uppföljning och utveckling av trygghet och säkerhet', 'followUp', [
    bulletList(
      [
        paragraph(bold('Brott och bränder i Hägersten-Liljeholmen (rapport från SLK samt Stockholms stads mobila ordningsvakter)')),
        paragraph('Se powerpoint, bilaga 1')
      ],
      [paragraph(bold('Händelserapporter/statistik aktörer'))],
      [
        paragraph(bold('Samverkansmöte skola, socialtjänst, polis och fritid (SSP)')),
        paragraph(
          'Flera skolor uppger att deras elever rånas av andra ungdomar i anslutning till skolan. Ungdomarna blir bestulna på kläder, värdesaker och mobiler bland annat.'
        ),
        paragraph(
          'Vid en skola har elever via ett konto på sociala medier uppmuntrat till våldsbejakande extremism. Det gällde ett konto som representerade vit-makt rörelsen.'
        )
      ]
    )
  ]),
  item('Lokala lägesbilden utifrån prioriterade områden - eventuell uppdatering utifrån inkommen information.', 'discussion', [
    paragraph(
      'De centrala samverkansavtalet mellan Stockholm stad och polisen går ut i maj men kommer förlängas till och med september. Det lokala samverkansavtalet mellan Hägersten-Liljeholmen och Lpo Skärholmen förlängs och nytt lokalt avtal tecknas i samband med att det nya centrala avtalet tecknas.'
    ),
    tagged(
      paragraph(
        'De prioriterade områdena i den lokala samverkansöverenskommelsen är fortsatt Liljeholmen, Västertorp, ungdomar, påträngande tiggeri/olovliga bosättningar och våldsbejakande extremism.'
      ),
      Object.values(EXAMPLE_AREAS)
    ),
    tagged(paragraph('Polisen bekräftar att en ökning av personrån mot unga har skett. Majoriteten av rånen sker i Liljeholmen.'), [EXAMPLE_AREAS.liljeholmen, EXAMPLE_AREAS.youth]),
    paragraph(
      'Gruppen ungdomar som sedan några månader tillbaka flyttats ut från city till bland annat Liljeholmen fortsätter att skapa otrygghet i området. Samverkan mellan förvaltning, polis och övriga aktörer sker för att förhindra att de etablerar sig i Liljeholmen.'
    ),
    paragraph(
      'Unga tjejer, däribland framförallt en grupp, står för en del våldsbrott och ordningsstörningar som skapar otrygghet i området. En arbetsgrupp kring gruppering av dessa destruktiva tjejer har bildats där fält är sammanverkande.'
    ),
    paragraph(
      'Rapporter om nivåer av narkotika och andra droger är hög i Liljeholmen, likaså hot och våld. Nivåerna är dock nu stigande i de södra samt östra gränserna av stadsdelen. Polis har Liljeholmen prioriterat i flera olika aspekter.'
    )
  ]),
  {
    ...item('Beslutade insatser', 'decision', []),
    decisions: [
      {
        text: 'Utifrån inkommen information och inkomna polisanmälningar kommer personrånen mot unga lyftas och göras till en prioritering i den lokala lägesbilden. Första steget är att kartlägga för att sedan se över lämpliga insatser.',
        areaIds: [EXAMPLE_AREAS.youth]
      }
    ]
  },
  {
    ...item(
      'Bengt ”Spider” Jansson informerar om stadsdelsförvaltningens samverkan och trygghetsskapande arbete med näringslivet i Hägersten-Liljeholmen.',
      'information',
      [
        paragraph(
          'Bengt ”Spider” Jansson är anställd som konsult åt förvaltningen och kommer jobba med samverkan, framförallt med inriktning mot närings- och föreningslivet. Detta är en trygghetsåtgärd och Bengt kommer att jobba tillsammans med preventionssamordnaren för förvaltningen. Två frukostseminarier med näringslivet och ett kvällsseminarium med föreningslivet är bokade.'
        )
      ]
    ),
    presenter: 'Bengt ”Spider” Jansson'
  },
  item('Kommande möten', 'information', [
    paragraph('Nästa möte är den 10 maj klockan 9-11, Hägersten-Liljeholmens SDF Telefonvägen 30, plan 9 besöksrum 1'),
    paragraph(
      bold('Förslag på nya datum:'),
      ' Föreslås att mötena för lokala BRÅ byter tid till eftermiddagar så att de kan förläggas i anslutning till presidium. Preventionssamordnare får i uppdrag att undersöka om detta fungerar för de som inte närvarat vid möte den 22 februari 2019.'
    )
  ])
]

function item(title: string, kind: AgendaItem['kind'], notes: BlockNode[]): ExampleItem {
  return { title, presenter: '', startTime: null, endTime: null, kind, notes: notes.length ? doc(...notes) : emptyRichText(), decisions: [], areaIds: [] }
}

/** Item `n` (1-based) of the meeting, its decisions with ids as the v6 migration names them. */
function builtItem(b: ExampleBuild, it: ExampleItem, n: number): AgendaItem {
  const id = `ex-item-2019-02-22-${n}`
  const decisions = it.decisions.map((d, n) => ({ id: b.id(`${id}-b${n + 1}`), text: d.text, areaIds: d.areaIds.map(b.id) }))
  return { ...structuredClone(it), id: b.id(id), notes: withAreaIds(it.notes, b), decisions, areaIds: it.areaIds.map(b.id) }
}

/** Role as the minutes print it ("Kurator Mälarhöjdens skola"), so the organisation is not repeated apart. */
export const exampleInvitees = (b: ExampleBuild): Meeting['invitees'] =>
  EXAMPLE_INVITEES.map((i) => ({ contactId: b.id(i.key), name: i.name, role: i.role, organisation: '', email: i.email }))

/** The lokala BRÅ meeting of 2019-02-22, held, with its minutes. */
export function exampleHeldMeeting(b: ExampleBuild): Meeting {
  const id = b.id(EXAMPLE_IDS.heldMeeting)
  return {
    id,
    council: EXAMPLE_COUNCIL,
    date: '2019-02-22',
    startTime: '09:00',
    endTime: '11:00',
    place: { ...EXAMPLE_PLACE },
    // Held in 2019: it keeps the sender, place name and Kontakt block valid then.
    heldWith: heldWithOf(exampleSettings()),
    caseNumber: '',
    invitees: exampleInvitees(b),
    agenda: ITEMS.map((it, i) => builtItem(b, it, i + 1)),
    // The minutes list only who was summoned; the one person known to have come from
    // outside the invitee list is the consultant who presented item 5.
    attendance: [
      {
        contactId: b.id('ex-contact-10'),
        name: 'Bengt ”Spider” Jansson',
        role: 'Konsult, samverkan med närings- och föreningslivet',
        status: 'guest',
        note: ''
      }
    ],
    attachments: [{ id: b.id('ex-attachment-01'), number: 1, title: 'Brott och bränder i Hägersten-Liljeholmen, presentation', storedFile: null }],
    nextMeeting: { date: '2019-05-10', startTime: '09:00', endTime: '11:00', note: '' },
    apologiesTo: '',
    apologiesBy: null,
    status: 'held',
    minutes: { kind: 'notes', secretaryName: '', chairName: 'Abit Dundar', approvers: [], approvalState: 'draft', approvedOn: null },
    calendarUid: `${id}@samverkan.example.org`,
    calendarSequence: 0,
    cancelReason: '',
    kallelseLog: [],
    createdAt: b.at(),
    updatedAt: b.at()
  }
}

/** Item 6: the coordinator is to find out whether afternoon meetings suit those who were absent. */
export function exampleAssignment(b: ExampleBuild): Assignment {
  return {
    id: b.id(EXAMPLE_IDS.assignment),
    text: 'Undersöka om eftermiddagsmöten i anslutning till presidium fungerar för de som inte närvarat vid möte den 22 februari 2019.',
    ownerContactId: b.id(EXAMPLE_IDS.coordinatorContact),
    ownerName: '',
    // The minutes set no date; the assignment comes back at the next meeting.
    dueDate: null,
    status: 'open',
    originMeetingId: b.id(EXAMPLE_IDS.heldMeeting),
    agendaItemId: b.id('ex-item-2019-02-22-6'),
    areaIds: [],
    createdAt: b.at(),
    updatedAt: b.at()
  }
}
