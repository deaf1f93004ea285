/**
 * Word's lists, as Word (and Outlook, which writes with Word) puts them on the clipboard:
 * not <ul>/<ol> but paragraphs, `<p class=MsoListParagraphCxSpFirst|Middle|Last
 * style='mso-list:l0 level1 lfo1'>`, each starting with its typed marker ("·", "o", "§",
 * "1.", "a.") in a `<span style='mso-list:Ignore'>` between `<![if !supportLists]>` and
 * `<![endif]>`. Each run of such paragraphs becomes real nested lists: `lfo` names the
 * list (a new one starts a new list), `levelN` its depth, and the marker says bullet or
 * numbered. The marker itself is removed.
 */

const MSO_LIST = /mso-list:\s*l(\d+)\s+level(\d+)\s+lfo(\d+)/i
const ORDERED_MARKER = /^\(?([0-9]+|[a-z]|[ivxlcdm]+)[.)]$/i

interface ListParagraph {
  element: Element
  list: string
  level: number
  ordered: boolean
  start: number | null
}

/** The list paragraph's place, or null for an ordinary paragraph (or a marker Word writes as `mso-list:Ignore`). */
function listParagraph(element: Element): ListParagraph | null {
  if (element.tagName !== 'P') return null
  const match = MSO_LIST.exec(element.getAttribute('style') ?? '')
  if (!match) return null
  const marker = takeMarker(element)
  const number = /^\(?(\d+)/.exec(marker)
  return {
    element,
    list: `${match[1]}-${match[3]}`,
    level: Math.max(1, Number(match[2])),
    ordered: ORDERED_MARKER.test(marker),
    start: number ? Number(number[1]) : null
  }
}

/** Removes the typed marker and returns its text without spaces ("1.", "·"). */
function takeMarker(paragraph: Element): string {
  const markers = [...paragraph.querySelectorAll('span')].filter((s) => /mso-list:\s*ignore/i.test(s.getAttribute('style') ?? ''))
  const text = markers.map((m) => m.textContent ?? '').join('')
  for (const marker of markers) marker.remove()
  return text.replace(/[\s\u00a0]+/g, '')
}

/** Consecutive list paragraphs among the children (whitespace between them does not break a run). */
function runs(parent: Element): ListParagraph[][] {
  const found: ListParagraph[][] = []
  let current: ListParagraph[] = []
  for (const node of [...parent.childNodes]) {
    if (node.nodeType === 3 && (node.textContent ?? '').trim() === '') continue
    const item = node.nodeType === 1 ? listParagraph(node as Element) : null
    if (item && (current.length === 0 || current[0].list === item.list)) current.push(item)
    else {
      if (current.length > 0) found.push(current)
      current = item ? [item] : []
    }
  }
  if (current.length > 0) found.push(current)
  return found
}

/** One run as nested lists: a deeper level opens a list in the last item, a shallower one closes back. */
function buildLists(doc: Document, run: ListParagraph[]): Element {
  const open: Element[] = []
  const newList = (item: ListParagraph) => {
    const list = doc.createElement(item.ordered ? 'ol' : 'ul')
    if (item.ordered && item.start !== null && item.start !== 1) list.setAttribute('start', String(item.start))
    return list
  }
  for (const item of run) {
    while (open.length > item.level) open.pop()
    while (open.length < item.level) {
      const list = newList(item)
      const parentList = open.at(-1)
      if (parentList) lastItem(doc, parentList).append(list)
      open.push(list)
    }
    const li = doc.createElement('li')
    const p = doc.createElement('p')
    p.append(...item.element.childNodes)
    li.append(p)
    open[open.length - 1].append(li)
  }
  return open[0]
}

function lastItem(doc: Document, list: Element): Element {
  const last = list.lastElementChild
  if (last) return last
  // A list that starts deeper than level 1: an empty item holds it.
  const li = doc.createElement('li')
  li.append(doc.createElement('p'))
  list.append(li)
  return li
}

/** Turns every run of Word list paragraphs under `root` into real lists, in place. */
export function wordListsToLists(root: Element): void {
  const doc = root.ownerDocument
  const parents = new Set([...root.querySelectorAll('p')].filter((p) => MSO_LIST.test(p.getAttribute('style') ?? '')).map((p) => p.parentElement ?? root))
  for (const parent of parents) {
    for (const run of runs(parent)) {
      const list = buildLists(doc, run)
      run[0].element.before(list)
      for (const item of run) item.element.remove()
    }
  }
}
