import { exampleDatabase, EXAMPLE_IDS } from '../../../src/main/example'
import type { Database } from '../../../src/shared/domain/database'
import type { Meeting } from '../../../src/shared/domain/meetings'
import { defaultSettings } from '../../../src/shared/domain/settings'
import type { InlineNode, Mark, ParagraphNode } from '../../../src/shared/rich-text'
import { minutesAssignments } from '../../../src/main/services/documents/minutes-source'

export const noFile = async (): Promise<Uint8Array> => {
  throw new Error('ENOENT')
}

export function exampleMinutes() {
  const db: Database = exampleDatabase()
  const meeting = db.meetings.find((m) => m.id === EXAMPLE_IDS.heldMeeting)
  if (!meeting) throw new Error('example meeting missing')
  return { db, meeting, settings: db.settings, assignments: minutesAssignments(db, meeting.id) }
}

/** The example as a formal protokoll with secretary, chair and two approvers. */
export function exampleProtocol(): Meeting {
  const { meeting } = exampleMinutes()
  return {
    ...meeting,
    caseNumber: 'SDN 2019/123-1.2',
    minutes: {
      ...meeting.minutes,
      kind: 'protocol',
      secretaryName: 'Clas Cederlid',
      chairName: 'Abit Dundar',
      approvers: ['Anders Carstorp', 'Linda Palo']
    }
  }
}

export const HOSTILE = {
  controls: 'Före\u0000\u0001\u0008\u000b\u000c\u001f\uFFFE\uFFFF\uD800efter',
  emoji: 'Trygghetsvandring 🎉👩‍👩‍👧 klar 🚓',
  rtl: 'مرحبا بالجميع — שלום לכולם',
  specials: `<script>&amp; "citat" 'apostrof' </w:t></w:p>]]>`,
  longNote: 'Lång anteckning. '.repeat(6000).slice(0, 100_000)
}

const text = (t: string, marks?: Mark[]): InlineNode => ({ type: 'text', text: t, ...(marks ? { marks } : {}) })
const para = (...content: InlineNode[]): ParagraphNode => ({ type: 'paragraph', content })

/** Everything a user might type or paste, in every field that reaches the document. */
export function hostileMeeting(): Meeting {
  const { meeting } = exampleMinutes()
  const h = HOSTILE
  return {
    ...meeting,
    council: `${h.specials} ${h.emoji}`,
    caseNumber: h.specials,
    heldWith: { ...meeting.heldWith!, placeName: h.rtl, coordinator: { name: h.rtl, title: h.specials, phone: h.controls, email: '' } },
    place: { address: h.controls, floor: h.specials, room: h.emoji, videoLink: 'https://exempel.se/möte?a=1&b=<2>' },
    invitees: [{ contactId: null, name: h.rtl, role: h.specials, organisation: h.emoji, email: '' }, { contactId: null, name: h.controls, role: '', organisation: '', email: '' }],
    attendance: [{ contactId: null, name: h.emoji, role: '', status: 'guest', note: h.specials }],
    agenda: [
      { ...meeting.agenda[0], title: h.specials, presenter: h.emoji, startTime: '09:15', endTime: '09:45', decisions: [{ id: 'decision-hostile-1', text: h.controls, areaIds: [] }, { id: 'decision-hostile-2', text: '', areaIds: [] }] },
      {
        ...meeting.agenda[1],
        title: '',
        notes: {
          type: 'doc',
          content: [
            para(text(h.longNote)),
            para(),
            para(text('   ')),
            para(text(h.controls, [{ type: 'bold' }]), { type: 'hardBreak' }, text(h.rtl, [{ type: 'italic' }])),
            para(text('länk', [{ type: 'link', attrs: { href: 'https://start.stockholm/?a=1&b="x"' } }])),
            para(text('farlig länk', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }])),
            para(text(h.specials)),
            {
              type: 'orderedList',
              content: [{ type: 'listItem', content: [para(text(h.emoji)), { type: 'bulletList', content: [{ type: 'listItem', content: [para(text(h.rtl))] }] }] }]
            },
            { type: 'orderedList', content: [{ type: 'listItem', content: [para(text('andra listan'))] }, { type: 'listItem', content: [] }] }
          ]
        }
      },
      { ...meeting.agenda[2], notes: { type: 'doc', content: [] }, decisions: [] }
    ],
    attachments: [{ id: 'att-hostile-1', number: 2, title: h.specials, storedFile: null }],
    nextMeeting: { date: '2019-05-10', startTime: null, endTime: null, note: h.controls }
  }
}

/** A meeting with nothing filled in beyond what the schema requires. */
export function bareMeeting(): Meeting {
  const { meeting } = exampleMinutes()
  return {
    ...meeting,
    invitees: [],
    attendance: [],
    agenda: [],
    attachments: [],
    place: { address: '', floor: '', room: '', videoLink: '' },
    heldWith: {
      sender: { administration: '', department: '', visitingAddress: '', postalAddress: '', phone: '', email: '', web: '' },
      placeName: '',
      coordinator: { name: '', title: '', phone: '', email: '' },
      documents: defaultSettings().documents
    },
    nextMeeting: { date: null, startTime: null, endTime: null, note: '' }
  }
}
