// @vitest-environment happy-dom
import { Editor } from '@tiptap/core'
import { afterEach, describe, expect, it } from 'vitest'
import { doc, paragraph } from '../../../shared/rich-text'
import { paragraphAreaIds, setParagraphAreas } from './area-commands'
import { showAreaNames, withoutEmptyAreaTags } from './area-tags'
import { MINUTES_EXTENSIONS } from './extensions'

const tagged = (text: string, areaIds: string[]) => ({ ...paragraph(text), attrs: { areaIds } })
const names = new Map([['area-lilj', 'Liljeholmen'], ['area-ungd', 'Ungdomar']])

let editor: Editor | null = null
const open = (content: object): Editor => (editor = new Editor({ extensions: MINUTES_EXTENSIONS, content }))
afterEach(() => editor?.destroy())

describe('paragraphs tagged with priority areas', () => {
  it('keeps the tag in the stored notes and on the page; an untagged paragraph stays as it was stored', () => {
    const notes = doc(paragraph('Inledning.'), tagged('Rånen sker i Liljeholmen.', ['area-lilj']))
    const e = open(notes)
    expect(withoutEmptyAreaTags(e.getJSON())).toEqual(notes)
    const shown = [...e.view.dom.querySelectorAll('p')].map((p) => p.getAttribute('data-area-ids'))
    expect(shown).toEqual([null, 'area-lilj'])
  })

  it('names the areas on the tagged paragraph once they are known', () => {
    const e = open(doc(paragraph('Inledning.'), tagged('Unga i Liljeholmen.', ['area-lilj', 'area-ungd'])))
    showAreaNames(e.view, names)
    const marked = [...e.view.dom.querySelectorAll('p')].map((p) => p.getAttribute('data-area-names'))
    expect(marked).toEqual([null, 'Liljeholmen, Ungdomar'])
  })

  it('tags the paragraph at the cursor, reads it back, and removes the tag again', () => {
    const e = open(doc(paragraph('Första.'), paragraph('Andra stycket.')))
    e.commands.setTextSelection(12)
    expect(paragraphAreaIds(e)).toEqual([])
    setParagraphAreas(e, ['area-ungd'])
    expect(paragraphAreaIds(e)).toEqual(['area-ungd'])
    expect(withoutEmptyAreaTags(e.getJSON())).toEqual(doc(paragraph('Första.'), tagged('Andra stycket.', ['area-ungd'])))
    setParagraphAreas(e, [])
    expect(withoutEmptyAreaTags(e.getJSON())).toEqual(doc(paragraph('Första.'), paragraph('Andra stycket.')))
  })

  it('does not carry the tag into the paragraph Enter starts', () => {
    const e = open(doc(tagged('Liljeholmen.', ['area-lilj'])))
    e.commands.setTextSelection(13)
    e.commands.splitBlock()
    e.commands.insertContent('Något annat.')
    expect(withoutEmptyAreaTags(e.getJSON())).toEqual(doc(tagged('Liljeholmen.', ['area-lilj']), paragraph('Något annat.')))
  })

  it('reads the tag from pasted HTML of the editor itself', () => {
    const e = open(doc(paragraph()))
    e.commands.setContent('<p data-area-ids="area-lilj area-ungd">Kopierat.</p>')
    expect(withoutEmptyAreaTags(e.getJSON())).toEqual(doc(tagged('Kopierat.', ['area-lilj', 'area-ungd'])))
  })
})
