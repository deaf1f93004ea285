import StarterKit from '@tiptap/starter-kit'
import { AreaTags } from './area-tags'
import { WordPaste } from './word-paste'

/**
 * The minutes editor's TipTap 3 extensions: StarterKit cut down to exactly the shared
 * vocabulary (src/shared/rich-text/types.ts; a unit test builds this schema and compares
 * the names). Headings are left out: notes sit under an item's Heading 2 in the Word file,
 * and a heading typed in the notes could break its outline. Pasted HTML (Word, Outlook) is
 * normalised first (word-paste.ts) so lists and emphasis survive and styles do not. A paragraph
 * may be tagged with priority areas (area-tags.ts: an attribute, not a node of its own).
 */
export const MINUTES_EXTENSIONS = [
  StarterKit.configure({
    blockquote: false,
    code: false,
    codeBlock: false,
    heading: false,
    horizontalRule: false,
    strike: false,
    link: { openOnClick: false, autolink: true, protocols: ['http', 'https', 'mailto'] }
  }),
  WordPaste,
  AreaTags
]
