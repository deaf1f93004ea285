import iconv from 'iconv-lite'

/**
 * Text from bytes as Swedish Excel and Outlook write them: UTF-8 (with or without BOM),
 * UTF-16 ("Unicode-text"), or – when the bytes are not valid UTF-8 – Windows-1252.
 * Windows-1252 goes through iconv-lite: Node's TextDecoder reads it as Latin-1, so
 * – ” ’ € … (0x80–0x9F) became C1 control characters (nodejs/node#56542).
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2))
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body)
  } catch {
    return decodeCharset(body, 'windows-1252')
  }
}

/** Bytes in a named charset (a vCard's CHARSET=); an unknown name is read as UTF-8. */
export function decodeCharset(bytes: Uint8Array, charset: string): string {
  const name = iconv.encodingExists(charset) ? charset : 'utf-8'
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), name)
}
