/**
 * An item's text without the label it starts with (一、, （三）), cut to its first `max` characters with "…" when
 * longer. A text that does not start with its label is kept whole; "" gives "".
 */
export function itemBody({label, text}: {label: string; text: string}, max = Infinity): string {
  const body = text.startsWith(label) ? text.slice(label.length) : text;
  return body.length > max ? body.slice(0, max) + "…" : body;
}
