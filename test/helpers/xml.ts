/** Read XML strictly, as a crawler would: malformed XML is an error, not a best guess. */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** Parse `xml` after validating it; throws with the line and the reason when it is not well-formed. */
export function parseXml(xml: string, arrays: readonly string[] = []): Record<string, unknown> {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`invalid XML at line ${valid.err.line}: ${valid.err.msg}`);
  // Listed elements are always arrays, so one <url> reads like several.
  return new XMLParser({ ignoreAttributes: false, isArray: (name) => arrays.includes(name) }).parse(xml) as Record<
    string,
    unknown
  >;
}
