import { Extension } from '@tiptap/core'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { normalisePastedHtml, type HtmlParser } from './paste'

/** The ProseMirror plugin that runs every paste's HTML through normalisePastedHtml before TipTap parses it. */
export function wordPastePlugin(parser?: HtmlParser): Plugin {
  return new Plugin({
    key: new PluginKey('samverkanPaste'),
    props: { transformPastedHTML: (html) => normalisePastedHtml(html, parser) }
  })
}

/** The minutes editor's paste from Word and Outlook (paste.ts); adds nothing to the schema. */
export const WordPaste = Extension.create({
  name: 'samverkanPaste',
  addProseMirrorPlugins: () => [wordPastePlugin()]
})
