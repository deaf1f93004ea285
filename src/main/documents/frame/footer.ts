import { Footer, Paragraph } from 'docx'
import type { Sender } from '../../../shared/domain/settings'
import { hasText, textRuns } from './runs'
import { STYLE } from './styles'

/** "Hägersten-Liljeholmens stadsdelsförvaltning" over "Besöksadress … · Telefon (växel) … · start.stockholm". */
export function firstPageFooter(sender: Sender): Footer {
  const details = [
    hasText(sender.visitingAddress) ? `Besöksadress ${sender.visitingAddress}` : '',
    hasText(sender.postalAddress) ? `Postadress ${sender.postalAddress}` : '',
    hasText(sender.phone) ? `Telefon (växel) ${sender.phone}` : '',
    sender.email,
    sender.web
  ].filter(hasText)
  const lines = [sender.administration, details.join(' \u00b7 ')].filter(hasText)
  return new Footer({ children: lines.map((text) => new Paragraph({ style: STYLE.footer, children: textRuns(text) })) })
}
