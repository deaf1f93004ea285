/**
 * A bulleted list as Word 365 puts it on the clipboard: no <ul>, but MsoListParagraph
 * paragraphs with mso-list styles and the bullet as an "Ignore" span in a supportLists
 * conditional, inside Word's html/head/style wrapper, between the Fragment comments.
 */
export function wordBulletsHtml(lead: string, items: readonly string[]): string {
  const cls = (i: number) => (items.length === 1 ? 'MsoListParagraph' : i === 0 ? 'MsoListParagraphCxSpFirst' : i === items.length - 1 ? 'MsoListParagraphCxSpLast' : 'MsoListParagraphCxSpMiddle')
  const paragraphs = items.map(
    (text, i) =>
      `<p class=${cls(i)} style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol;mso-fareast-font-family:Symbol;mso-bidi-font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]><span style='color:#1F3864'>${text}<o:p></o:p></span></p>`
  )
  return `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=ProgId content=Word.Document><meta name=Generator content="Microsoft Word 15">
<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} p.MsoListParagraphCxSpFirst {margin-left:36.0pt;}
@list l0 {mso-list-id:1322201946;mso-list-type:hybrid;} @list l0:level1 {mso-level-number-format:bullet;mso-level-text:\\F0B7;font-family:Symbol;} --></style></head>
<body lang=SV style='tab-interval:65.2pt'><!--StartFragment--><p class=MsoNormal><b><span style='font-size:12.0pt'>${lead}</span></b><o:p></o:p></p>
${paragraphs.join('\n')}
<!--EndFragment--></body></html>`
}

/** What Word puts beside it as text/plain. */
export const wordBulletsText = (lead: string, items: readonly string[]): string => [lead, ...items.map((i) => `·\t${i}`)].join('\r\n')
