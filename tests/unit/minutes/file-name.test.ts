import { describe, expect, it } from 'vitest'
import { numberedName, sanitiseFileName, titleOf } from '../../../src/main/services/minutes/file-name'

describe('sanitiseFileName', () => {
  it.each([
    ['C:\\Users\\clas\\Skrivbord\\Brott och bränder.pptx', 'Brott och bränder.pptx'],
    ['/home/x/../../etc/passwd', 'passwd'],
    ['..\\..\\samverkan.json', 'samverkan.json'],
    ['CON.pdf', '_CON.pdf'],
    ['nul', '_nul'],
    ['com1.txt', '_com1.txt'],
    ['rapport<1>:"?*|.docx', 'rapport_1______.docx'],
    ['a\u0000b\u001fc.txt', 'a_b_c.txt'],
    ['slut. . .', 'slut'],
    ['...', 'bilaga'],
    ['', 'bilaga'],
    [`${'å'.repeat(300)}.pdf`, `${'å'.repeat(116)}.pdf`]
  ])('%j → %j', (raw, safe) => {
    expect(sanitiseFileName(raw)).toBe(safe)
  })

  it('numbers a taken name before its extension, and titles drop the extension', () => {
    expect(numberedName('rapport.pdf', 1)).toBe('rapport.pdf')
    expect(numberedName('rapport.pdf', 3)).toBe('rapport (3).pdf')
    expect(numberedName('README', 2)).toBe('README (2)')
    expect(titleOf('Brott och bränder.pptx')).toBe('Brott och bränder')
  })
})
